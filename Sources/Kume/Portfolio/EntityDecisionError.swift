import KumeData

/// A `--same`/`--different` decision kume cannot apply: it names no member, or contradicts the tax
/// numbers or another decision.
package struct EntityDecisionError: Error, Sendable, CustomStringConvertible {
    /// Where the decision was given (`--same`, `--different`, `FILE:LINE`).
    package var origin: String
    /// What is wrong.
    package var problem: String
    /// What to do.
    package var remedy: String

    package var description: String { "\(origin): \(problem) — \(remedy)" }
}
