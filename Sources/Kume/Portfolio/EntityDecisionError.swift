import KumeData

/// A `--same`/`--different` decision kume cannot apply: it names no member, or contradicts the tax
/// numbers or another decision.
public struct EntityDecisionError: Error, Sendable, CustomStringConvertible {
    /// Where the decision was given (`--same`, `--different`, `FILE:LINE`).
    public var origin: String
    /// What is wrong.
    public var problem: String
    /// What to do.
    public var remedy: String

    public var description: String { "\(origin): \(problem) — \(remedy)" }
}
