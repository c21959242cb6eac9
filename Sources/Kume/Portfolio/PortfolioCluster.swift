import KumeData

/// One cluster of the portfolio: its name (the roster's file name without the extension) and roster.
public struct PortfolioCluster: Sendable {
    /// The cluster's name.
    public var name: String
    /// Its roster.
    public var roster: Roster

    /// Creates a cluster.
    public init(name: String, roster: Roster) {
        self.name = name
        self.roster = roster
    }
}
