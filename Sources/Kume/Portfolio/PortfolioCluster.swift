import KumeData

/// One cluster of the portfolio: its name (the roster's file name without the extension) and roster.
package struct PortfolioCluster: Sendable {
    /// The cluster's name.
    package var name: String
    /// Its roster.
    package var roster: Roster

    /// Creates a cluster.
    package init(name: String, roster: Roster) {
        self.name = name
        self.roster = roster
    }
}
