import Foundation
import KumeData
import KumeGeography

extension VerdictReport {
    /// A member's located place for tables: `Osmangazi, Bursa`, `Bursa` (district unknown) or `–`, followed by
    /// what the roster states where it disagrees: `Osmangazi, Bursa (stated: Kocaeli)`.
    static func placeText(_ member: Verdict.MemberOutcome, _ language: Language) -> String {
        let turkish = language.isTurkish
        var text = member.province.map { province in member.district.map { "\($0), \(province)" } ?? province } ?? "–"
        let stated = [member.statedDistrict, member.statedProvince].compactMap { $0 }
        if !stated.isEmpty {
            text += " (" + (turkish ? "belirtilen: " : "stated: ") + stated.joined(separator: ", ") + ")"
        }
        return text
    }

    /// Where the members' provinces and districts come from, as a heading's parenthesis.
    static func placeSourcePhrase(_ verdict: Verdict, _ language: Language) -> String {
        let turkish = language.isTurkish
        let sources = Set(verdict.members.compactMap(\.placeSource))
        if sources.contains(.boundaries) {
            return turkish ? "il ve ilçe, noktalarından ilçe sınırlarıyla bulundu; konumu verilmeyenler için belirtilen yer"
                : "province and district located from their points through the district polygons; as stated for members placed at their district"
        }
        return turkish ? "ilçe sınırları kullanılmadı: il ve ilçe belirtilen yerden ya da en yakın ilçe noktasından"
            : "district polygons not used: province and district as stated, or the nearest district point"
    }

    /// The text report's members section: one aligned line per member with its type, place and placement.
    static func memberLines(_ verdict: Verdict, _ language: Language) -> [String] {
        guard !verdict.members.isEmpty else { return [] }
        let turkish = language.isTurkish
        let rows = verdict.members.map { member -> [String] in
            [member.id, member.name,
             turkish ? MemberTypeVocabulary.name(of: member.type, turkish: true) : member.type.rawValue,
             placeText(member, language),
             placementText(member, language) + (member.outlier ? (turkish ? ", aykırı" : ", outlier") : "")]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = [(turkish ? "Üyeler (" : "Members (") + placeSourcePhrase(verdict, language) + "):"]
        for row in rows {
            var line = "  "
            for column in 0..<4 { line += row[column] + String(repeating: " ", count: widths[column] - row[column].count + 2) }
            lines.append(line + row[4])
        }
        return lines
    }
}
