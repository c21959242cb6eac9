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

    /// Whether `other` lies inside this code (`29` contains `29.10`, section `C` contains `29` and `29.10`;
    /// a code contains itself).
    public func contains(_ other: NaceCode) -> Bool {
        guard level == .section else { return other.code.hasPrefix(code) }
        return other.sectionLetter == code
    }

    /// The section letter of this code: its own for a section, else its division's by NACE Rev.2's fixed
    /// ranges of divisions (``NaceCode/sectionDivisions``); nil for a division outside them.
    public var sectionLetter: String? {
        if level == .section { return code }
        guard let number = Int(code.prefix(2)) else { return nil }
        return NaceCode.sectionDivisions.first { $0.divisions.contains(number) }?.section
    }

    /// NACE Rev.2's sections and the divisions each holds (Regulation (EC) No 1893/2006, Annex I).
    public static let sectionDivisions: [(section: String, divisions: ClosedRange<Int>)] = [
        ("A", 1...3), ("B", 5...9), ("C", 10...33), ("D", 35...35), ("E", 36...39), ("F", 41...43),
        ("G", 45...47), ("H", 49...53), ("I", 55...56), ("J", 58...63), ("K", 64...66), ("L", 68...68),
        ("M", 69...75), ("N", 77...82), ("O", 84...84), ("P", 85...85), ("Q", 86...88), ("R", 90...93),
        ("S", 94...96), ("T", 97...98), ("U", 99...99),
    ]

    public var description: String { code }

    public static func < (lhs: NaceCode, rhs: NaceCode) -> Bool { lhs.code < rhs.code }
}
