/// A portfolio that cannot be reviewed as asked: no rosters, two rosters of one cluster, no year.
package struct PortfolioError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    package var problem: String
    /// What to do.
    package var remedy: String

    /// Creates the error.
    package init(problem: String, remedy: String) {
        self.problem = problem
        self.remedy = remedy
    }

    package var description: String { "\(problem) — \(remedy)" }
}
