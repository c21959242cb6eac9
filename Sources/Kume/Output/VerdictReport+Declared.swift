import Foundation
import KumeData

extension VerdictReport {
    /// `declared_geography`: `{areas, firms_inside, firms, share_inside, committed_inside, committed,
    /// committed_share_inside, outside: [{name, province, district}], checks: [{rule, status, detail, detail_tr}]}`.
    static func declaredJSON(_ fit: DeclaredFit) -> JSONValue {
        .object([
            ("areas", .array(fit.declared.areas.map { .string($0.name) })),
            ("firms_inside", .integer(fit.firmsInside)),
            ("firms", .integer(fit.firms)),
            ("share_inside", .fixed(Decimal(fit.shareInside), decimals: 4)),
            ("committed_inside", .integer(fit.committedInside)),
            ("committed", .integer(fit.committed)),
            ("committed_share_inside", .fixed(Decimal(fit.committedShareInside), decimals: 4)),
            ("outside", .array(fit.outside.map { firm in
                .object([("id", .string(firm.id)), ("name", .string(firm.name)),
                         ("province", firm.province.map(JSONValue.string) ?? .null),
                         ("district", firm.district.map(JSONValue.string) ?? .null)])
            })),
            ("checks", .array(fit.checks.map { check in
                .object([("rule", .string(check.rule.rawValue)), ("status", .string(check.status.rawValue)),
                         ("detail", .string(check.detail)), ("detail_tr", .string(check.detailTR))])
            })),
        ])
    }

    /// The declared geography in sentences, for text and Markdown: the areas, how the firms fit them, the firms
    /// outside by name, and the computed geography's outcomes kept as evidence.
    static func declaredLines(_ fit: DeclaredFit, _ language: Language) -> [String] {
        let turkish = language.isTurkish
        let share = { (part: Int, whole: Int) in whole > 0 ? percentText(Double(part) / Double(whole), turkish) : "–" }
        var lines = [
            (turkish ? "Beyan edilen küme ekonomik coğrafyası: " : "Declared economic geography: ") + fit.declared.description
                + (turkish ? " (oda ve üniversite denetimleri buna göre yapıldı)" : " (the chamber and university checks use it)"),
            turkish
                ? "    Firmalar: \(fit.firms) firmanın \(fit.firmsInside) tanesi içeride (\(share(fit.firmsInside, fit.firms))); "
                    + "ana faaliyette taahhüt veren \(fit.committed) firmanın \(fit.committedInside) tanesi içeride (\(share(fit.committedInside, fit.committed)))"
                : "    Firms: \(fit.firmsInside) of \(fit.firms) inside (\(share(fit.firmsInside, fit.firms))); "
                    + "\(fit.committedInside) of the \(fit.committed) committed main-activity firms inside (\(share(fit.committedInside, fit.committed)))",
        ]
        if !fit.outside.isEmpty {
            let names = fit.outside.map { firm in
                "\(firm.name) (\([firm.province, firm.district].compactMap { $0 }.joined(separator: "/").nonEmpty ?? (turkish ? "yeri bilinmiyor" : "place unknown")))"
            }
            lines.append((turkish ? "    Dışarıdaki firmalar: " : "    Firms outside: ") + RulesText.list(names, turkish: turkish))
        }
        let computed = fit.computed.filter { $0.status != .skipped }.map { check in
            var text = "\(label(check.id, language).lowercased(with: Locale(identifier: turkish ? "tr" : "en"))) "
                + statusWord(check.status, language)
            if let robustness = robustnessLine(check, language) { text += " (\(robustness))" }
            return text
        }
        if !computed.isEmpty {
            lines.append((turkish ? "    Hesaplanan coğrafyaya göre (uyum kanıtı): " : "    By the computed geography (evidence of fit): ")
                         + computed.joined(separator: "; "))
        }
        return lines
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
