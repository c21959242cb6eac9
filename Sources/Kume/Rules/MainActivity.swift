import Foundation
import KumeData

/// The cluster's main activity area: the NACE codes whose committed firms count towards the minimum.
public struct MainActivity: Sendable, Hashable {
    /// Where the codes came from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// Given by the user (`--main-activity`).
        case declared
        /// The most common NACE division among the committed firms.
        case inferred
        /// Could not be inferred: no committed firm has a NACE code.
        case undetermined
    }

    /// The codes (divisions, groups or classes); a firm counts when its code lies inside any of them.
    public var codes: [NaceCode]
    /// Declared, inferred or undetermined.
    public var source: Source
    /// For an inferred activity: committed firms per division, most common first (ties by lowest code).
    public var divisionCounts: [(division: String, firms: Int)]

    /// Creates a main activity.
    public init(codes: [NaceCode], source: Source, divisionCounts: [(division: String, firms: Int)] = []) {
        self.codes = codes
        self.source = source
        self.divisionCounts = divisionCounts
    }

    /// Whether a firm's code lies in the main activity.
    public func contains(_ code: NaceCode) -> Bool {
        codes.contains { $0.contains(code) }
    }

    /// The divisions tied for most common when the inference had to break a tie (lowest code chosen).
    public var tiedDivisions: [String] {
        guard source == .inferred, let top = divisionCounts.first?.firms else { return [] }
        let tied = divisionCounts.filter { $0.firms == top }.map(\.division)
        return tied.count > 1 ? tied : []
    }

    /// Infers the main activity as the most common NACE division among committed firms; a tie goes to the
    /// lowest division code.
    ///
    /// - Parameter members: The roster's members; only firms with `committed == true` and a NACE code count.
    public static func inferred(from members: [Member]) -> MainActivity {
        var counts: [String: Int] = [:]
        for member in members where member.type == .firm && member.committed == true {
            if let division = member.nace?.division { counts[division, default: 0] += 1 }
        }
        let ordered = counts.map { (division: $0.key, firms: $0.value) }
            .sorted { $0.firms != $1.firms ? $0.firms > $1.firms : $0.division < $1.division }
        guard let top = ordered.first else {
            return MainActivity(codes: [], source: .undetermined)
        }
        return MainActivity(codes: [NaceCode(canonical: top.division)], source: .inferred, divisionCounts: ordered)
    }

    /// Parses a declared main activity such as `29,22.1` (divisions, groups or classes, comma-separated;
    /// `2910` and `29.10.01` are read as class 29.10).
    ///
    /// Each code must exist in NACE Rev.2 (``NaceClassification``); the forms `29.10`, `2910` and
    /// `29.10.01` are all accepted.
    /// - Parameters:
    ///   - text: The option's value.
    ///   - option: The option's name, which each issue names instead of a file position.
    /// - Throws: ``InputError`` naming each part that is not a NACE division, group or class code.
    public static func parse(_ text: String, option: String = Setting.mainActivity.words) throws -> [NaceCode] {
        var codes: [NaceCode] = []
        var issues: [InputIssue] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            do {
                let code = try NaceClassification.shared.parse(trimmed)
                if !codes.contains(code) { codes.append(code) }
            } catch {
                issues.append(InputIssue(
                    file: option, line: 0, column: 0,
                    problem: trimmed.isEmpty ? "an empty code in '\(text)'" : "'\(trimmed)' is not a NACE Rev.2 code (\(error))",
                    remedy: "write codes such as 29, 22.1 or 29.10 separated by commas"))
            }
        }
        if !issues.isEmpty { throw InputError(issues: issues) }
        return codes
    }

    /// Two main activities are equal when their codes, source and division counts are.
    public static func == (lhs: MainActivity, rhs: MainActivity) -> Bool {
        lhs.codes == rhs.codes && lhs.source == rhs.source
            && lhs.divisionCounts.map(\.division) == rhs.divisionCounts.map(\.division)
            && lhs.divisionCounts.map(\.firms) == rhs.divisionCounts.map(\.firms)
    }

    /// Hashes the codes and the source.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(codes)
        hasher.combine(source)
    }
}
