import Foundation
import KumeData
import KumeGeography

/// The members and provinces tables of a check's report.
struct CheckReportMembers {
    var verdict: Verdict
    var roster: Roster
    /// Each member's province and district as the check found them (``MemberPlaces``: through the district
    /// polygons when installed, else as stated or from the nearest district point), by member id.
    var located: [String: MemberPlaces.Place]
    var language: VerdictReport.Language

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// The members' places the check already found (the page locates nothing again: with 10,000 members a
    /// second locator and pass over the polygons would cost more than the rest of the page).
    static func places(_ verdict: Verdict) -> [String: MemberPlaces.Place] {
        verdict.geography?.memberPlaces.byID ?? [:]
    }

    /// The members table: id, name, type, NACE code and title, committed, counted, inside, distance, province,
    /// district, outlier.
    func section() -> HTMLNode {
        let stated = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = verdict.members.map { member -> [HTMLNode] in
            let nace: HTMLNode = member.nace.map { code in
                let title = NaceClassification.shared.title(of: code, turkish: language == .turkish)
                return .element("span", [ReportParts.code(code.code)]
                                + (title.map { [.text(" " + $0)] } ?? []))
            } ?? .text("–")
            let place = located[member.id]
            let province = place?.province ?? stated[member.id]?.province ?? "–"
            let district = place?.district ?? stated[member.id]?.district ?? "–"
            let counted: String = member.type == .firm
                ? ReportParts.yesNo(CheckReportPage.isCounted(member, verdict), language) : "–"
            let distance = member.distanceKm.map { NumberText.kilometres($0, turkish: language == .turkish) } ?? "–"
            return [
                ReportParts.code(member.id), .text(member.name), .text(CheckReportMembers.typeName(member.type, language)),
                nace, .text(ReportParts.yesNo(member.committed, language)), .text(counted),
                .text(ReportParts.yesNo(member.inside, language)), .text(distance), .text(province), .text(district),
                .text(member.outlier ? words("outlier", "aykırı") : ""),
            ]
        }
        let caption = verdict.geography?.boundariesUsed == true
            ? words("Province and district located from the district polygons; as the roster states them for members without a point.",
                    "İl ve ilçe, ilçe sınırlarından bulundu; konumu olmayan üyeler için üye listesinde belirtildiği gibi.")
            : words("Province and district as the roster states them, else the district whose interior point is nearest (the district polygons were not used).",
                    "İl ve ilçe üye listesinde belirtildiği gibi, yoksa iç noktası en yakın ilçe (ilçe sınırları kullanılmadı).")
        let table = ReportParts.table(
            role: "members", caption: caption,
            columns: [
                .init(words("ID", "Kimlik")), .init(words("Name", "Ad")), .init(words("Type", "Tür")),
                .init("NACE"), .init(words("Committed", "Taahhüt")), .init(words("Counted", "Sayılan")),
                .init(words("Inside", "İçeride")), .init(words("Distance", "Uzaklık"), numeric: true),
                .init(words("Province", "İl")), .init(words("District", "İlçe")), .init(words("Outlier", "Aykırı")),
            ],
            rows: rows, rowIDs: verdict.members.map(\.id))
        let firms = verdict.members.filter { $0.type == .firm }.count
        let summary = words(
            "\(verdict.members.count) members: \(firms) firms and \(verdict.members.count - firms) institutions.",
            "\(verdict.members.count) üye: \(firms) firma ve \(verdict.members.count - firms) kurum.")
        return ReportParts.section(role: "members", heading: words("Members", "Üyeler"),
                                   [.element("p", text: summary), table])
    }

    /// The provinces table: each province the geography covers, its share of the area and of the firms, and
    /// what the chamber rule looks at there (the province's chamber of industry, and the roster's chambers in it).
    func provincesSection(_ shares: DistrictOverlap) -> HTMLNode {
        let chambers = verdict.members.filter {
            [.chamberOfIndustry, .chamberOfCommerceAndIndustry, .chamberOfCommerce].contains($0.type)
        }
        let rows = shares.provinces.sorted { $0.areaShare > $1.areaShare }.map { share -> [HTMLNode] in
            let ofIndustry = ChambersOfIndustry.shared.chamber(inProvince: share.plate)
            let rosterChambers = chambers.filter { chamber in
                located[chamber.id].flatMap { ProvinceTable.shared.province(named: $0.province)?.plate } == share.plate
            }
                .map { "\($0.name) (\($0.id))" + ($0.inside == true ? "" : words(", outside the geography", ", coğrafya dışında")) }
            return [
                .text(share.province),
                .text(ReportParts.number(share.areaSquareKilometres, digits: 1, language)),
                .text(ReportParts.percent(share.areaShare, language)),
                .text("\(share.firms)"),
                .text(ReportParts.percent(share.firmShare, language)),
                .text(ofIndustry?.name ?? words("none", "yok")),
                .text(rosterChambers.isEmpty ? "–" : rosterChambers.joined(separator: "; ")),
            ]
        }
        let table = ReportParts.table(
            role: "provinces",
            caption: words("Shares of the geography's area and of the roster's firms with a point, by province.",
                           "Coğrafyanın alanının ve konumu olan firmaların illere göre payları."),
            columns: [
                .init(words("Province", "İl")), .init("km²", numeric: true),
                .init(words("Area share", "Alan payı"), numeric: true), .init(words("Firms", "Firma"), numeric: true),
                .init(words("Firm share", "Firma payı"), numeric: true),
                .init(words("Chamber of industry in the province", "İldeki sanayi odası")),
                .init(words("Roster's chambers located there", "Üye listesindeki odalar")),
            ],
            rows: rows, rowIDs: shares.provinces.sorted { $0.areaShare > $1.areaShare }.map { "\($0.plate)" })
        return ReportParts.section(role: "provinces", heading: words("Provinces", "İller"), [table])
    }

    /// A member type's name in the page's language (`ticaret ve sanayi odası`).
    static func typeName(_ type: MemberType, _ language: VerdictReport.Language) -> String {
        MemberTypeVocabulary.name(of: type, turkish: language == .turkish)
    }
}
