/// Relatedness of NACE Rev.2 codes read off the classification's hierarchy.
///
/// Two codes are as related as the finest level they share, on this documented scale:
///
/// | shared level | relatedness |
/// |---|---|
/// | same class (`29.10`, `29.10`) | 1 |
/// | same group (`29.10`, `29.20` → no; `25.71`, `25.72` → `25.7`) | 0.75 |
/// | same division (`29.10`, `29.32` → `29`) | 0.5 |
/// | same section (`29.10`, `22.19` → `C`) | 0.25 |
/// | different sections | 0 |
///
/// Codes given at a coarser level compare at the finest level both have (`29` and `29.10` share the
/// division: 0.5; two equal divisions: 1, since both codes are the same). The division → section table is
/// NACE Rev.2's own (Eurostat 2008, Regulation (EC) No 1893/2006, Annex I); it is written out here
/// because it is fixed and needed without the full classification table.
public enum NaceTaxonomy {
    /// The relatedness of two codes on the scale above, in [0, 1].
    public static func relatedness(_ a: NaceCode, _ b: NaceCode) -> Double {
        if a.code == b.code { return 1 }
        guard let sa = section(of: a), let sb = section(of: b), sa == sb else { return 0 }
        let shared = min(a.level, b.level)
        if shared >= .group, a.code.prefix(4) == b.code.prefix(4) { return 0.75 }
        if shared >= .division, a.code.prefix(2) == b.code.prefix(2) { return 0.5 }
        return 0.25
    }

    /// The sectors × sectors taxonomy relatedness matrix of a list of codes (diagonal 1).
    public static func matrix(_ codes: [NaceCode]) -> LabeledMatrix {
        let n = codes.count
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { values[i * n + j] = relatedness(codes[i], codes[j]) } }
        let labels = codes.map(\.code)
        return LabeledMatrix(validatedRows: labels, columns: labels, values: values)
    }

    /// The section letter of a code (a section's own letter, else its division's section), or `nil` for a
    /// division that NACE Rev.2 does not have.
    public static func section(of code: NaceCode) -> String? {
        if code.level == .section { return code.code }
        guard let division = code.division.flatMap({ Int($0) }) else { return nil }
        return section(ofDivision: division)
    }

    /// The section letter of a two-digit division number (29 → `C`), or `nil` when there is no such division.
    public static func section(ofDivision division: Int) -> String? {
        for (range, letter) in sectionRanges where range.contains(division) {
            return validDivisions.contains(division) ? letter : nil
        }
        return nil
    }

    static let sectionRanges: [(ClosedRange<Int>, String)] = [
        (1...3, "A"), (5...9, "B"), (10...33, "C"), (35...35, "D"), (36...39, "E"), (41...43, "F"),
        (45...47, "G"), (49...53, "H"), (55...56, "I"), (58...63, "J"), (64...66, "K"), (68...68, "L"),
        (69...75, "M"), (77...82, "N"), (84...84, "O"), (85...85, "P"), (86...88, "Q"), (90...93, "R"),
        (94...96, "S"), (97...98, "T"), (99...99, "U"),
    ]

    /// NACE Rev.2's 88 divisions (the ranges above have gaps: 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89).
    static let validDivisions: Set<Int> = Set(sectionRanges.flatMap { Array($0.0) })
        .subtracting([4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89])
}
