/// The outcome of one check.
public enum CheckStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rule holds.
    case pass
    /// The rule is broken.
    case fail
    /// The input was given but does not settle the rule (a member without a point, no geography).
    case unknown
    /// The check's input was not given (no `--plans`, no `--applied-on`); does not affect eligibility.
    case skipped
}
