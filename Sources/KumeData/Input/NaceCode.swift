/// A code of the NACE Rev.2 classification at one of its four levels.
///
/// The canonical text is Eurostat's: a section letter (`C`), a two-digit division (`29`), a group with
/// one decimal (`29.1`) or a class with two (`29.10`). Parsing the forms found in registries (`2910`,
/// `29.10.01`, `291001`) and checking the code exists is the job of ``NaceClassification``.
public struct NaceCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The level of a NACE Rev.2 code.
    public enum Level: String, CaseIterable, Sendable, Codable, Comparable {
        case section, division, group, `class`

        /// Orders levels from the coarsest (section) to the finest (class).
        public static func < (lhs: Level, rhs: Level) -> Bool {
            let all = Level.allCases
            return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
        }
    }

    /// The canonical code text, for example `29.10`.
    public let code: String

    /// Wraps a canonical code text; the caller vouches that it is canonical (see ``NaceClassification``).
    public init(canonical code: String) {
        self.code = code
    }

    /// The level implied by the canonical text's shape.
    public var level: Level {
        if code.count == 1 { return .section }
        switch code.count {
        case 2: return .division
        case 4: return .group
        default: return .class
        }
    }

    /// The division (two digits) this code belongs to, or `nil` for a section.
    public var division: String? { level == .section ? nil : String(code.prefix(2)) }

    /// This code truncated to a coarser level (`29.10` at `.group` is `29.1`); `nil` for `.section`
    /// (sections need the classification table) or a finer level than the code has.
    public func truncated(to target: Level) -> NaceCode? {
        guard target != .section, target <= level else { return nil }
        switch target {
        case .division: return NaceCode(canonical: String(code.prefix(2)))
        case .group: return NaceCode(canonical: String(code.prefix(4)))
        case .class: return self
        case .section: return nil
        }
    }

    /// Whether `other` lies inside this code (`29` contains `29.10`; a code contains itself).
    public func contains(_ other: NaceCode) -> Bool {
        level != .section && other.code.hasPrefix(code)
    }

    public var description: String { code }

    public static func < (lhs: NaceCode, rhs: NaceCode) -> Bool { lhs.code < rhs.code }
}
