import Foundation
import KumeData
import KumeGeo
import KumeGeography

/// The report of `kume check --format html`: one self-contained HTML page an evaluator can attach — the verdict,
/// the map, every check with its evidence, the provinces and members, the warnings, the reference registry's LQ
/// and Kd chart when given, and how to reproduce it — in English or Turkish, printable on A4.
package struct CheckReportPage: Sendable {
    /// The check's outcome.
    package var outcome: ClusterCheck.Outcome
    /// The district polygons used for the check, drawn around the cluster; nil draws the points only.
    package var boundaries: AdministrativeBoundaries?
    /// The inputs, command and versions.
    package var provenance: ReportProvenance
    /// The page's language.
    package var language: VerdictReport.Language
    /// The geography the application declares and how the roster fits it; `nil` when none was declared.
    package var declaredGeography: DeclaredGeographyView?

    /// Creates the page of a check's outcome.
    /// - Parameters:
    ///   - outcome: the check's outcome.
    ///   - boundaries: the district polygons the check used, or `nil`.
    ///   - provenance: the inputs, command and versions.
    ///   - language: the page's language.
    ///   - declaredGeography: the declared geography's fit, shown in its own section; `nil` takes the verdict's own
    ///     (``Verdict/declaredGeography``), so a check with `--declared-geography` shows it.
    package init(outcome: ClusterCheck.Outcome, boundaries: AdministrativeBoundaries?, provenance: ReportProvenance,
                language: VerdictReport.Language = .english, declaredGeography: DeclaredGeographyView? = nil) {
        self.outcome = outcome
        self.boundaries = boundaries
        self.provenance = provenance
        self.language = language
        self.declaredGeography = declaredGeography ?? outcome.verdict.declaredGeography.map(DeclaredGeographyView.init)
    }

    var verdict: Verdict { outcome.verdict }

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// The page as a document.
    /// - Throws: ``GeographyError`` when the map cannot be drawn.
    package func document() throws -> HTMLDocument {
        let title = words("Eligibility report", "Uygunluk raporu") + ": "
            + (language == .turkish ? verdict.call.titleTR : verdict.call.title)
        var body: [HTMLNode] = [
            .element("header", [
                .element("h1", text: title),
                .element("p", ["class": "muted"], [
                    .text(words("Roster ", "Üye listesi ")), ReportParts.code(verdict.rosterSource),
                    .text(words(" · call ", " · çağrı ")), ReportParts.code(verdict.call.id),
                ]),
            ]),
            banner(),
        ]
        let members = CheckReportMembers(
            verdict: verdict, roster: outcome.roster,
            located: CheckReportMembers.places(verdict), language: language)
        body.append(try mapSection())
        body.append(checksSection())
        if let robustness = CheckReportRobustness(verdict: verdict, language: language).section() { body.append(robustness) }
        if let declaredGeography { body.append(declaredGeography.section(language)) }
        if let shares = outcome.places?.shares { body.append(members.provincesSection(shares)) }
        body.append(members.section())
        if let reference = verdict.reference { body.append(referenceSection(reference)) }
        body.append(warningsSection())
        body.append(CheckReportMethod(outcome: outcome, provenance: provenance, boundaries: boundaries != nil,
                                      language: language).section())
        return HTMLDocument(
            language: language.rawValue, title: title,
            summary: VerdictReport.verdictWord(verdict.eligible, language) + " — " + verdict.rosterSource,
            body: [.element("main", body)])
    }

    /// The page's HTML text.
    package func render() throws -> String {
        try document().render()
    }

    /// The banner: eligible or not, which checks decided it, whether that holds under every reading of the
    /// geography, and the call's thresholds.
    func banner() -> HTMLNode {
        let failed = verdict.checks.filter { $0.status == .fail }.map { VerdictReport.label($0.id, language) }
        let unknown = verdict.checks.filter { $0.status == .unknown }.map { VerdictReport.label($0.id, language) }
        let turkish = language == .turkish
        var why: [String] = []
        if !failed.isEmpty { why.append(words("Failed: ", "Kalan denetimler: ") + RulesText.list(failed, turkish: turkish)) }
        if !unknown.isEmpty {
            why.append(words("Not settled by the input: ", "Girdiyle belirlenemeyen: ") + RulesText.list(unknown, turkish: turkish))
        }
        if why.isEmpty { why.append(words("Every check passed or was not asked for.", "Tüm denetimler geçti ya da istenmedi.")) }
        let call = verdict.call
        var thresholds = [
            words("at least \(call.minimumCommittedFirms) committed firms of the main activity",
                  "ana faaliyette en az \(call.minimumCommittedFirms) taahhüt veren firma"),
        ]
        let partners = call.requiredPartners.map { partner in
            switch partner {
            case .chamber: words("a chamber of industry inside the geography (a chamber of commerce and industry where the province has none)",
                                 "coğrafyada bir sanayi odası (ilde sanayi odası yoksa ticaret ve sanayi odası)")
            case .university: words("a university inside the geography", "coğrafyada bir üniversite")
            }
        }
        thresholds += partners
        if let geography = verdict.geography {
            thresholds.append(words("geography: ", "coğrafya: ") + VerdictReport.geographyPhrase(geography, language))
        }
        return .element("section", ["class": "banner \(verdict.eligible ? "pass" : "fail")", "data-section": "verdict",
                                    "data-eligible": verdict.eligible ? "true" : "false"], [
            .element("p", ["class": "verdict"], text: VerdictReport.verdictWord(verdict.eligible, language)),
            .element("p", text: why.joined(separator: " · ")),
            CheckReportRobustness(verdict: verdict, language: language).bannerLine(),
            .element("p", ["class": "muted"],
                     text: words("Rules applied: ", "Uygulanan kurallar: ") + thresholds.joined(separator: "; ") + "."),
        ])
    }

    func mapSection() throws -> HTMLNode {
        var content: [HTMLNode] = []
        if let map = try ClusterReportMap.make(outcome, boundaries: boundaries, language: language) {
            content.append(.element("figure", ["data-figure": "map"], [
                .svg(try ClusterReportMap.run { try map.map.render() }),
                .element("figcaption", text: words(
                    "Drawn in the geography's local Lambert azimuthal equal-area projection (see Method). Hover a symbol for the member's name and id.",
                    "Coğrafyanın yerel Lambert azimut eşit alan izdüşümünde çizildi (bkz. Yöntem). Üyenin adı ve kimliği için simgenin üzerine gelin.")),
            ]))
            if !map.hasOutlines {
                content.append(ReportParts.note(words(
                    "The district polygons were not available, so the map shows the points and the geography only (run scripts/fetch-boundaries, or give the folder that holds them).",
                    "İlçe sınırları bulunamadığından harita yalnızca noktaları ve coğrafyayı gösteriyor (scripts/fetch-boundaries çalıştırın ya da sınırların klasörünü verin)."),
                    role: "no-boundaries"))
            }
            if !map.membersOutside.isEmpty {
                let listed = map.membersOutside.map { member in
                    "\(member.name) (\(member.id))"
                        + (member.distanceKm.map { ", " + NumberText.kilometres($0, turkish: language == .turkish) } ?? "")
                }
                content.append(ReportParts.note(words(
                    "Beyond the map (more than \(Int(ClusterReportMap.drawnDistanceKm)) km from the geography): ",
                    "Harita dışında (coğrafyaya \(Int(ClusterReportMap.drawnDistanceKm)) km'den uzak): ")
                    + listed.joined(separator: "; ") + ".", role: "outside-map"))
            }
        } else {
            content.append(ReportParts.note(words(
                "No map: no firm has a point, so no geography could be drawn.",
                "Harita yok: hiçbir firmanın konumu olmadığından coğrafya çizilemedi."), role: "no-map"))
        }
        return ReportParts.section(role: "map", heading: words("Where the cluster is", "Küme nerede"), content)
    }

    func checksSection() -> HTMLNode {
        let rows = verdict.checks.map { check -> [HTMLNode] in
            [
                .element("span", [.text(VerdictReport.label(check.id, language)), .element("br"),
                                  .element("code", ["class": "muted"], text: check.id.rawValue)]),
                ReportParts.status(check.status, language),
                .element("span", [.text(check.message(turkish: language == .turkish))]
                    + (check.robustness.map { robustness -> [HTMLNode] in
                        [.element("br"), .element("span", ["class": "muted", "data-value": "robustness"], [
                            CheckReportRobustness(verdict: verdict, language: language).outcome(robustness.outcome),
                            .text(" " + words("(\(robustness.passes) of \(robustness.of) readings pass)",
                                              "(\(robustness.of) okumanın \(robustness.passes) tanesi geçiyor)")),
                        ])]
                    } ?? [])),
                evidenceList(check.evidence),
            ]
        }
        let table = ReportParts.table(
            role: "checks", caption: nil,
            columns: [.init(words("Check", "Denetim")), .init(words("Status", "Sonuç")),
                      .init(words("Why", "Gerekçe")), .init(words("Evidence", "Kanıt"))],
            rows: rows, rowIDs: verdict.checks.map(\.id.rawValue))
        let titles = verdict.mainActivity.codes.compactMap { code in
            NaceClassification.shared.title(of: code, turkish: language == .turkish).map { "\(code.code) \($0)" }
        }
        let activity = ReportParts.definitions(role: "main-activity", [
            (words("Main activity", "Ana faaliyet alanı"),
             .element("span", [.text(VerdictReport.mainActivityPhrase(verdict.mainActivity, language))]
                 + (titles.isEmpty ? [] : [.element("br"), .element("span", ["data-value": "main-activity-titles"],
                                                                      text: titles.joined(separator: "; "))]))),
        ])
        return ReportParts.section(role: "checks", heading: words("Checks", "Denetimler"), [table, activity])
    }

    /// A check's evidence as `key: value` lines.
    func evidenceList(_ evidence: [Evidence]) -> HTMLNode {
        guard !evidence.isEmpty else { return .text("–") }
        return .element("ul", ["class": "evidence"], evidence.map { item in
            .element("li", [.element("code", text: item.key), .text(": " + evidenceText(item.value))])
        })
    }

    func evidenceText(_ value: EvidenceValue) -> String {
        let turkish = language == .turkish
        switch value {
        case .integer(let number): return "\(number)"
        case .kilometres(let distance): return distance.isFinite ? NumberText.kilometres(distance, turkish: turkish) : "–"
        case .liras(let amount): return NumberText.liras(amount, turkish: turkish)
        case .percent(let share): return NumberText.percent(share, turkish: turkish)
        case .text(let text): return text
        case .flag(let flag): return ReportParts.yesNo(flag, language)
        case .date(let date): return date.description
        case .list(let values): return values.isEmpty ? "–" : values.map(evidenceText).joined(separator: ", ")
        case .record(let fields): return "(" + fields.map { "\($0.key) \(evidenceText($0.value))" }.joined(separator: ", ") + ")"
        case .null: return "–"
        }
    }

    /// Whether a member is counted by the committed-firms check: a committed firm of the main activity.
    package static func isCounted(_ member: Verdict.MemberOutcome, _ verdict: Verdict) -> Bool {
        member.type == .firm && member.committed == true && member.nace.map(verdict.mainActivity.contains) == true
    }
}
