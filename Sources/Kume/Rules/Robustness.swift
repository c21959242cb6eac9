import KumeGeography

/// Whether a geography-dependent check (`chamber`, `university`) comes out the same under every reading of the
/// economic geography in the ``RobustnessGrid``, and where it does not, the threshold in words.
///
/// JSON (per check): `"robustness": {"outcome": "pass" | "fail" | "depends", "passes": N, "of": M,
/// "note": "…", "readings": [{"method": …, "parameters": {…}, "status": …}, …]}`.
public struct Robustness: Sendable, Hashable {
    /// The check's outcome over the whole grid.
    public enum Outcome: String, Sendable, Hashable {
        /// Every reading passes.
        case pass
        /// Every reading fails.
        case fail
        /// Some readings pass and some do not.
        case depends
    }

    /// One reading of the geography and the check's status under it.
    public struct Reading: Sendable, Hashable {
        /// `hull-buffer`, `provinces` or `districts`.
        public var method: String
        /// The reading's parameters (`concavity`, `buffer_km`; or `min_share`), in order.
        public var parameters: [GeographyFacts.Parameter]
        /// The check's status under this reading.
        public var status: CheckStatus

        /// Creates a reading.
        public init(method: String, parameters: [GeographyFacts.Parameter], status: CheckStatus) {
            self.method = method
            self.parameters = parameters
            self.status = status
        }
    }

    /// Pass, fail, or depends.
    public var outcome: Outcome
    /// The readings, in the grid's order.
    public var readings: [Reading]
    /// Where the outcome changes, in words (English); for a robust outcome, what was tried.
    public var note: String
    /// The same in Turkish.
    public var noteTR: String

    /// The number of readings under which the check passes.
    public var passes: Int { readings.filter { $0.status == .pass }.count }
    /// The number of readings.
    public var of: Int { readings.count }

    /// Creates the robustness of a check from its readings; `nil` when no reading settles the rule (every
    /// status unknown or skipped).
    public init?(readings: [Reading], note: String, noteTR: String) {
        let settled = Set(readings.map(\.status)).subtracting([.skipped])
        guard !settled.isEmpty, settled != [.unknown] else { return nil }
        switch settled {
        case [.pass]: outcome = .pass
        case [.fail]: outcome = .fail
        default: outcome = .depends
        }
        self.readings = readings
        self.note = note
        self.noteTR = noteTR
    }

    /// The note in the given language.
    public func note(turkish: Bool) -> String { turkish ? noteTR : note }
}
