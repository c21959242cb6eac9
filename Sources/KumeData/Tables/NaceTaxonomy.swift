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
/// division: 0.5; two equal divisions: 1, since both codes are the same). Sections come from the
/// NACE Rev.2 table (``NaceClassification``).
package enum NaceTaxonomy {
    /// The relatedness of two codes on the scale above, in [0, 1].
    package static func relatedness(_ a: NaceCode, _ b: NaceCode) -> Double {
        if a.code == b.code { return 1 }
        guard let sa = section(of: a), let sb = section(of: b), sa == sb else { return 0 }
        let shared = min(a.level, b.level)
        if shared >= .group, a.code.prefix(4) == b.code.prefix(4) { return 0.75 }
        if shared >= .division, a.code.prefix(2) == b.code.prefix(2) { return 0.5 }
        return 0.25
    }

    /// The section letter of a code (a section's own letter, else its division's section, from
    /// ``NaceClassification``), or `nil` for a division that NACE Rev.2 does not have.
    package static func section(of code: NaceCode) -> String? {
        if code.level == .section { return code.code }
        guard let division = code.truncated(to: .division) else { return nil }
        return NaceClassification.shared.section(of: division)?.code
    }

    /// The section letter of a two-digit division number (29 → `C`), or `nil` when there is no such division.
    package static func section(ofDivision division: Int) -> String? {
        guard (1...99).contains(division) else { return nil }
        return section(of: NaceCode(canonical: division < 10 ? "0\(division)" : "\(division)"))
    }
}
