/// A portfolio that cannot be reviewed as asked: no rosters, two rosters of one cluster, no year.
public struct PortfolioError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var problem: String
    /// What to do.
    public var remedy: String

    /// Creates the error.
    public init(problem: String, remedy: String) {
        self.problem = problem
        self.remedy = remedy
    }

    public var description: String { "\(problem) — \(remedy)" }
}
