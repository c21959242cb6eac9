import Foundation
import KumeData
import KumeGeography

extension VerdictReport {
    /// ` — robust` / ` — not robust: the university depends on the reading of the geography`, for the verdict line.
    static func robustnessPhrase(_ verdict: Verdict, _ language: Language) -> String {
        let turkish = language.isTurkish
        if let declared = verdict.declaredGeography {
            return turkish ? " — oda ve üniversite beyan edilen coğrafyaya göre (\(declared.declared.description))"
                : " — chamber and university against the declared geography (\(declared.declared.description))"
        }
        guard verdict.checks.contains(where: { $0.robustness != nil }) else { return "" }
        if verdict.robust {
            return turkish ? " — sağlam: oda ve üniversite sonuçları coğrafyanın her okumasında aynı"
                : " — robust: the chamber and university outcomes are the same under every reading of the geography"
        }
        let names = verdict.dependentChecks.map { label($0, language).lowercased(with: Locale(identifier: turkish ? "tr" : "en")) }
        return turkish ? " — sağlam değil: \(RulesText.list(names, turkish: true)) sonucu coğrafyanın okumasına bağlı"
            : " — not robust: the \(RulesText.list(names, turkish: false)) outcome depends on the reading of the geography"
    }

    /// `robustness: depends (30 of 34 readings pass) — …` for a check, or `nil` without robustness.
    static func robustnessLine(_ check: CheckResult, _ language: Language) -> String? {
        guard let robustness = check.robustness else { return nil }
        let turkish = language.isTurkish
        let outcome = switch (robustness.outcome, turkish) {
        case (.pass, false): "pass"
        case (.fail, false): "fail"
        case (.depends, false): "depends"
        case (.pass, true): "geçer"
        case (.fail, true): "kalır"
        case (.depends, true): "okumaya bağlı"
        }
        return (turkish ? "sağlamlık: " : "robustness: ") + outcome + " — " + robustness.note(turkish: turkish)
    }

    /// The province table's rows for text reports: `Manisa  97.10 % of the area  38 firms (100 %)  counts`.
    static func provinceLines(_ geography: GeographyFacts, _ language: Language) -> [String] {
        let turkish = language.isTurkish
        guard !geography.provinceShares.isEmpty else { return [] }
        let share = NumberText.percent(Decimal(geography.minimumShare * 100), turkish: turkish)
        var lines = [turkish
            ? "İller (oda kuralı, firmaların en az \(share) payını tutan illeri sayar):"
            : "Provinces (the chamber rule counts those holding at least \(share) of the firms):"]
        let width = geography.provinceShares.map(\.province.count).max() ?? 0
        for row in geography.provinceShares {
            let area = row.areaShare.map { percentText($0, turkish) } ?? "–"
            let counts = row.counts ? (turkish ? "sayılır" : "counts") : (turkish ? "sayılmaz" : "does not count")
            let chamber = row.chamberOfIndustry.map { turkish ? ", sanayi odası: \($0)" : ", chamber of industry: \($0)" } ?? ""
            lines.append("    " + row.province + String(repeating: " ", count: width - row.province.count + 2)
                + (turkish ? "alan \(area), \(row.firms) firma (\(percentText(row.firmShare, turkish))) — \(counts)\(chamber)"
                    : "area \(area), \(row.firms) firm\(row.firms == 1 ? "" : "s") (\(percentText(row.firmShare, turkish))) — \(counts)\(chamber)"))
        }
        return lines
    }

    /// A 0–1 share as a percentage with one decimal: `97.1 %` / `%97,1`.
    static func percentText(_ share: Double, _ turkish: Bool) -> String {
        let value = NumberText.decimal(Decimal(share * 100), digits: 1, turkish: turkish, group: false)
        return turkish ? "%\(value)" : "\(value) %"
    }

    /// The sentence saying the district polygons were not used, or `nil` when they were.
    static func boundariesNote(_ geography: GeographyFacts?, _ language: Language) -> String? {
        guard let geography, !geography.boundariesUsed else { return nil }
        return language.isTurkish
            ? "Türkiye'nin ilçe sınırları kullanılmadı (kurulu değil ya da kullanılmaması istendi): alan payları bilinmiyor; üyelerin "
                + "il ve ilçeleri belirtilen yerlerden ya da en yakın ilçe noktasından alındı (scripts/fetch-boundaries ile kurun)"
            : "Türkiye's district polygons were not used (not installed, or not wanted): area shares are unknown, and "
                + "members' provinces and districts come from their stated places or the nearest district point "
                + "(install them with scripts/fetch-boundaries)"
    }

    static func robustnessJSON(_ robustness: Robustness) -> JSONValue {
        .object([
            ("outcome", .string(robustness.outcome.rawValue)),
            ("passes", .integer(robustness.passes)),
            ("of", .integer(robustness.of)),
            ("note", .string(robustness.note)),
            ("note_tr", .string(robustness.noteTR)),
            ("readings", .array(robustness.readings.map { reading in
                .object([
                    ("method", .string(reading.method)),
                    ("parameters", .object(reading.parameters.map { ($0.name, parameterJSON($0.value)) })),
                    ("status", .string(reading.status.rawValue)),
                ])
            })),
        ])
    }

    static func parameterJSON(_ value: GeographyFacts.Value) -> JSONValue {
        switch value {
        case .number(let number): .double(number)
        case .flag(let flag): .bool(flag)
        case .text(let text): .string(text)
        }
    }

    static func provinceSharesJSON(_ geography: GeographyFacts) -> JSONValue {
        .array(geography.provinceShares.map { row in
            .object([
                ("province", .string(row.province)),
                ("area_share", row.areaShare.map { .fixed(Decimal($0), decimals: 4) } ?? .null),
                ("firms", .integer(row.firms)),
                ("firm_share", .fixed(Decimal(row.firmShare), decimals: 4)),
                ("counts_for_chamber", .bool(row.counts)),
                ("chamber_of_industry", row.chamberOfIndustry.map(JSONValue.string) ?? .null),
            ])
        })
    }
}
