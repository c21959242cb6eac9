import KumeData

/// How an application's roster fits the economic geography it declares (`--declared-geography`): the share
/// of its firms and of its committed main-activity firms inside, the firms outside by name, and the chamber
/// and university rules checked against the declared area.
public struct DeclaredFit: Sendable, Hashable {
    /// A firm that is not inside the declared geography, with its located place (`nil` when unknown).
    public struct Outside: Sendable, Hashable {
        /// The member's id.
        public var id: String
        /// The firm's name.
        public var name: String
        /// Its province, when known.
        public var province: String?
        /// Its district, when known.
        public var district: String?
    }

    /// One rule checked against the declared area.
    public struct Check: Sendable, Hashable {
        /// The rule: `chamber` or `university`.
        public var rule: CheckID
        /// Its status.
        public var status: CheckStatus
        /// What was found, in English.
        public var detail: String
        /// What was found, in Turkish.
        public var detailTR: String
    }

    /// The declaration.
    public var declared: DeclaredGeography
    /// Firms whose place lies in the declared geography.
    public var firmsInside: Int
    /// All the roster's firms.
    public var firms: Int
    /// Committed firms of the main activity (those `committed_firms` counts) inside.
    public var committedInside: Int
    /// Committed firms of the main activity.
    public var committed: Int
    /// The firms not inside (outside, or with no known place), in roster order.
    public var outside: [Outside]
    /// The chamber and university rules against the declared area.
    public var checks: [Check]
    /// The outcome the computed geography gives for each geography-dependent rule (evidence of fit).
    public var computed: [CheckResult]

    /// `firmsInside / firms`, 0 without firms.
    public var shareInside: Double { firms > 0 ? Double(firmsInside) / Double(firms) : 0 }
    /// `committedInside / committed`, 0 without committed main-activity firms.
    public var committedShareInside: Double { committed > 0 ? Double(committedInside) / Double(committed) : 0 }
}
