import Foundation
import KumeData
import KumeGeography

/// The robustness of a check's report: whether the verdict stands under every reading of the geography (a line
/// of the banner), and, per geography-dependent check (`chamber`, `university`), its outcome over the grid, how
/// many readings pass, the threshold in words, and every reading's status — folded into one small table per
/// method (concavity × buffer for `hull-buffer`, minimum share for `provinces` and `districts`), so a 34-reading
/// grid takes a few lines of an A4 print.
struct CheckReportRobustness {
    var verdict: Verdict
    var language: VerdictReport.Language

    func words(_ english: String, _ turkish: String) -> String { ReportParts.words(language, english, turkish) }

    /// The checks that were tried over the grid, in the verdict's order.
    var assessed: [CheckResult] { verdict.checks.filter { $0.robustness != nil } }

    /// The banner's robustness line: robust, not robust (naming the checks that depend on the reading), or not
    /// assessed (no geography-dependent check was settled under any reading).
    func bannerLine() -> HTMLNode {
        let state: String, headline: String
        var notes: [String] = []
        if assessed.isEmpty {
            state = "not-assessed"
            headline = words("Robustness not assessed: no check that depends on the geography was settled.",
                             "Sağlamlık değerlendirilmedi: coğrafyaya bağlı hiçbir denetim belirlenemedi.")
        } else if verdict.robust {
            let readings = assessed.map { $0.robustness?.of ?? 0 }.max() ?? 0
            let plural = assessed.count > 1
            state = "true"
            headline = words(
                "Robust: the \(names(assessed.map(\.id))) \(plural ? "outcomes are" : "outcome is") the same under every reading of the geography (up to \(readings) readings; see Robustness).",
                "Sağlam: \(names(assessed.map(\.id))) \(plural ? "sonuçları" : "sonucu") coğrafyanın her okumasında aynı (en çok \(readings) okuma; bkz. Sağlamlık).")
        } else {
            let plural = verdict.dependentChecks.count > 1
            state = "false"
            headline = words(
                "Not robust: the \(names(verdict.dependentChecks)) \(plural ? "outcomes depend" : "outcome depends") on the reading of the geography.",
                "Sağlam değil: \(names(verdict.dependentChecks)) \(plural ? "sonuçları" : "sonucu") coğrafyanın okumasına bağlı.")
            notes = assessed.filter { $0.robustness?.outcome == .depends }.compactMap { check in
                check.robustness.map { VerdictReport.label(check.id, language) + ": " + $0.note(turkish: language == .turkish) }
            }
        }
        return .element("p", ["class": "robustness", "data-value": "robust", "data-robust": state],
                        [.element("strong", text: headline)] + notes.map { .text(" " + $0) })
    }

    /// The robustness section, or nil when no check was tried over the grid.
    func section() -> HTMLNode? {
        guard !assessed.isEmpty else { return nil }
        var content: [HTMLNode] = [.element("p", ["class": "muted"], text: words(
            "Each check that depends on the geography is tried again under other readings of it: the firms' hull at concavities 0.1 to 1, each buffered by 0 to 20 km, and the provinces or districts holding at least 5, 10 or 20 % of the firms. Robust means the same outcome under every reading.",
            "Coğrafyaya bağlı her denetim, coğrafyanın başka okumalarıyla yeniden denenir: firmaların 0,1 ile 1 arası içbükeylikteki örtüsü, her biri 0 ile 20 km arası tamponla; ve firmaların en az %5, %10 ya da %20'sini tutan iller ya da ilçeler. Sağlam, her okumada aynı sonuç demektir."))]
        for check in assessed {
            guard let robustness = check.robustness else { continue }
            var block: [HTMLNode] = [
                .element("h3", text: VerdictReport.label(check.id, language)),
                .element("p", [
                    outcome(robustness.outcome),
                    .text(" · " + words("\(robustness.passes) of \(robustness.of) readings pass",
                                        "\(robustness.of) okumanın \(robustness.passes) tanesi geçiyor") + " · "),
                    .element("span", ["data-value": "note"], text: robustness.note(turkish: language == .turkish)),
                ]),
            ]
            block += readingTables(check.id, robustness.readings)
            content.append(.element("div", ["class": "robustness-check", "data-check": check.id.rawValue], block))
        }
        return ReportParts.section(role: "robustness", heading: words("Robustness", "Sağlamlık"), content)
    }

    /// The outcome over the grid as a status mark and word.
    func outcome(_ outcome: Robustness.Outcome) -> HTMLNode {
        let word = switch outcome {
        case .pass: words("passes under every reading", "her okumada geçiyor")
        case .fail: words("fails under every reading", "hiçbir okumada geçmiyor")
        case .depends: words("depends on the reading", "okumaya bağlı")
        }
        return .element("span", ["class": "status \(outcome == .depends ? "depends" : outcome.rawValue)",
                                 "data-outcome": outcome.rawValue], text: word)
    }

    /// One table per method: a grid of the two parameters' values, one row of the single parameter's values,
    /// or a list where the readings have another shape.
    func readingTables(_ id: CheckID, _ readings: [Robustness.Reading]) -> [HTMLNode] {
        var methods: [String] = []
        for reading in readings where !methods.contains(reading.method) { methods.append(reading.method) }
        return methods.map { method in
            let group = readings.filter { $0.method == method }
            let role = "robustness-\(id.rawValue)-\(method)"
            let caption = methodName(method)
            let arity = Set(group.map(\.parameters.count))
            if arity == [2] {
                let rowValues = distinct(group.map { $0.parameters[0].value })
                let columnValues = distinct(group.map { $0.parameters[1].value })
                let rowName = group[0].parameters[0].name, columnName = group[0].parameters[1].name
                let rows = rowValues.map { row -> [HTMLNode] in
                    [.text(value(row, named: rowName))] + columnValues.map { column in
                        group.first { $0.parameters[0].value == row && $0.parameters[1].value == column }
                            .map(cell) ?? .text("–")
                    }
                }
                return ReportParts.table(
                    role: role, caption: caption,
                    columns: [.init(parameterName(rowName) + " \\ " + parameterName(columnName))]
                        + columnValues.map { .init(value($0, named: columnName)) },
                    rows: rows)
            }
            if arity == [1] {
                let name = group[0].parameters[0].name
                return ReportParts.table(
                    role: role, caption: caption,
                    columns: [.init(parameterName(name))] + group.map { .init(value($0.parameters[0].value, named: name)) },
                    rows: [[.text(words("status", "sonuç"))] + group.map(cell)])
            }
            return ReportParts.table(
                role: role, caption: caption,
                columns: [.init(words("Parameters", "Parametreler")), .init(words("Status", "Sonuç"))],
                rows: group.map { reading in
                    [.text(reading.parameters.map { parameterName($0.name) + " " + value($0.value, named: $0.name) }.joined(separator: ", ")),
                     cell(reading)]
                })
        }
    }

    func cell(_ reading: Robustness.Reading) -> HTMLNode {
        .element("span", ["class": "status \(reading.status.rawValue)", "data-status": reading.status.rawValue,
                          "data-reading": reading.method + " " + reading.parameters.map { "\($0.name)=\(value($0.value, english: true))" }
                              .joined(separator: " ")],
                 text: VerdictReport.statusWord(reading.status, language))
    }

    func methodName(_ method: String) -> String {
        switch RobustnessGrid.Method(rawValue: method) {
        case .hullBuffer?: words("hull-buffer: the firms' concave hull, buffered", "hull-buffer: firmaların içbükey örtüsü, tamponlu")
        case .provinces?: words("provinces: the provinces holding at least a share of the firms",
                                "provinces: firmaların en az bir payını tutan iller")
        case .districts?: words("districts: the districts holding at least a share of the firms",
                                "districts: firmaların en az bir payını tutan ilçeler")
        case nil: method
        }
    }

    func parameterName(_ name: String) -> String {
        switch name {
        case "concavity": words("concavity", "içbükeylik")
        case "buffer_km": words("buffer (km)", "tampon (km)")
        case "min_share": words("minimum share of firms", "en az firma payı")
        default: name
        }
    }

    /// A parameter's value: a minimum share as a percentage, other numbers plainly; `english` for the
    /// `data-reading` attribute (`min_share=0.05`), read by tools rather than people.
    func value(_ value: GeographyFacts.Value, named name: String = "", english: Bool = false) -> String {
        if !english, name == "min_share", case .number(let share) = value {
            return NumberText.percent(Decimal(share * 100), turkish: language == .turkish)
        }
        return VerdictReport.parameterText(value, english ? .english : language)
    }

    func distinct(_ values: [GeographyFacts.Value]) -> [GeographyFacts.Value] {
        var seen: [GeographyFacts.Value] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }

    func names(_ ids: [CheckID]) -> String {
        let locale = Locale(identifier: language == .turkish ? "tr" : "en")
        return RulesText.list(ids.map { VerdictReport.label($0, language).lowercased(with: locale) },
                              turkish: language == .turkish)
    }
}
