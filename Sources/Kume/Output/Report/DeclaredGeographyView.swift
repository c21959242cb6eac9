import Foundation
import KumeData

/// What a check's report shows of the geography an application declares (`--declared-geography`): the areas,
/// how the roster's firms fit them, the firms outside by name and place, and the chamber and university rules
/// checked against the declared area — the fields of the verdict's `declared_geography` object.
package struct DeclaredGeographyView: Sendable, Hashable {
    /// A firm outside the declared geography, with its located place when known.
    package struct Outside: Sendable, Hashable {
        /// The member's id, when known.
        package var id: String?
        /// The firm's name.
        package var name: String
        /// Its province, when known.
        package var province: String?
        /// Its district, when known.
        package var district: String?

        /// Creates an entry.
        package init(id: String? = nil, name: String, province: String?, district: String?) {
            self.id = id
            self.name = name
            self.province = province
            self.district = district
        }
    }

    /// One rule checked against the declared area.
    package struct Check: Sendable, Hashable {
        /// The rule (`chamber`, `university`).
        package var rule: CheckID
        /// Its status against the declared area.
        package var status: CheckStatus
        /// What was found, in English.
        package var detail: String
        /// What was found, in Turkish; `nil` to show the English.
        package var detailTR: String?

        /// Creates a rule's result.
        package init(rule: CheckID, status: CheckStatus, detail: String, detailTR: String? = nil) {
            self.rule = rule
            self.status = status
            self.detail = detail
            self.detailTR = detailTR
        }
    }

    /// The declared provinces and districts, as named in the verdict.
    package var areas: [String]
    /// Firms whose place lies in the declared geography.
    package var firmsInside: Int
    /// All the roster's firms.
    package var firms: Int
    /// Committed firms of the main activity inside.
    package var committedInside: Int
    /// Committed firms of the main activity.
    package var committed: Int
    /// The firms not inside, in roster order.
    package var outside: [Outside]
    /// The rules checked against the declared area.
    package var checks: [Check]

    /// Creates the view.
    package init(areas: [String], firmsInside: Int, firms: Int, committedInside: Int, committed: Int,
                outside: [Outside], checks: [Check]) {
        self.areas = areas
        self.firmsInside = firmsInside
        self.firms = firms
        self.committedInside = committedInside
        self.committed = committed
        self.outside = outside
        self.checks = checks
    }

    /// `firmsInside / firms`; `nil` without firms.
    package var shareInside: Double? { firms > 0 ? Double(firmsInside) / Double(firms) : nil }
    /// `committedInside / committed`; `nil` without committed firms of the main activity.
    package var committedShareInside: Double? { committed > 0 ? Double(committedInside) / Double(committed) : nil }

    /// The report's section: the areas and the fit in a definition list, the rules' table, and the firms outside.
    func section(_ language: VerdictReport.Language) -> HTMLNode {
        let words = { (english: String, turkish: String) in ReportParts.words(language, english, turkish) }
        let turkish = language == .turkish
        let fit = ReportParts.definitions(role: "declared-geography", [
            (words("Declared areas", "Beyan edilen alanlar"),
             .element("span", ["data-value": "declared-areas"], text: areas.isEmpty ? "–" : areas.joined(separator: ", "))),
            (words("Firms inside", "İçerideki firmalar"),
             .element("span", ["data-value": "firms-inside"], text: words(
                "\(firmsInside) of \(firms) (\(ReportParts.percent(shareInside, language)))",
                "\(firms) firmanın \(firmsInside) tanesi (\(ReportParts.percent(shareInside, language)))"))),
            (words("Committed firms of the main activity inside", "Ana faaliyette taahhüt veren firmalardan içeridekiler"),
             .element("span", ["data-value": "committed-inside"], text: words(
                "\(committedInside) of \(committed) (\(ReportParts.percent(committedShareInside, language)))",
                "\(committed) firmanın \(committedInside) tanesi (\(ReportParts.percent(committedShareInside, language)))"))),
        ])
        var content: [HTMLNode] = [
            .element("p", ["class": "muted"], text: words(
                "The provinces and districts the application declares as the cluster's geography; the chamber and university rules are also read against them.",
                "Başvurunun kümenin coğrafyası olarak beyan ettiği il ve ilçeler; oda ve üniversite kuralları bunlara göre de okunur.")),
            fit,
        ]
        if !checks.isEmpty {
            content.append(ReportParts.table(
                role: "declared-checks", caption: words("The rules against the declared area.", "Beyan edilen alana göre kurallar."),
                columns: [.init(words("Rule", "Kural")), .init(words("Status", "Sonuç")), .init(words("Detail", "Ayrıntı"))],
                rows: checks.map { check in
                    [.text(VerdictReport.label(check.rule, language)), ReportParts.status(check.status, language),
                     .text(turkish ? check.detailTR ?? check.detail : check.detail)]
                },
                rowIDs: checks.map(\.rule.rawValue)))
        }
        if outside.isEmpty {
            content.append(.element("p", ["data-note": "declared-none-outside"],
                                    text: words("Every firm lies inside the declared geography.",
                                                "Tüm firmalar beyan edilen coğrafyanın içinde.")))
        } else {
            content.append(ReportParts.table(
                role: "declared-outside",
                caption: words("Firms outside the declared geography (\(outside.count)).",
                               "Beyan edilen coğrafyanın dışındaki firmalar (\(outside.count))."),
                columns: [.init(words("Firm", "Firma")), .init(words("Province", "İl")), .init(words("District", "İlçe"))],
                rows: outside.map { firm in
                    [.text(firm.name + (firm.id.map { " (\($0))" } ?? "")), .text(firm.province ?? "–"),
                     .text(firm.district ?? "–")]
                },
                rowIDs: outside.map { $0.id ?? $0.name }))
        }
        return ReportParts.section(role: "declared-geography",
                                   heading: words("Declared geography", "Beyan edilen coğrafya"), content)
    }
}

extension DeclaredGeographyView {
    /// The view of the verdict's declared geography (``Verdict/declaredGeography``).
    package init(_ fit: DeclaredFit) {
        self.init(
            areas: fit.declared.areas.map(\.name), firmsInside: fit.firmsInside, firms: fit.firms,
            committedInside: fit.committedInside, committed: fit.committed,
            outside: fit.outside.map { .init(id: $0.id, name: $0.name, province: $0.province, district: $0.district) },
            checks: fit.checks.map { .init(rule: $0.rule, status: $0.status, detail: $0.detail, detailTR: $0.detailTR) })
    }
}
