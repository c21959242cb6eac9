import Foundation
import KumeData
import KumeGeography

/// Renders a ``Verdict`` for people and programs: a terminal summary (``text(_:language:)``), one JSON
/// object (``json(_:pretty:)``) and a Markdown report an evaluator can attach (``markdown(_:language:)``).
public enum VerdictReport {
    /// The language of the human-readable reports.
    public enum Language: String, Sendable, CaseIterable {
        /// English.
        case english = "en"
        /// Turkish.
        case turkish = "tr"

        var isTurkish: Bool { self == .turkish }
    }

    /// `ELIGIBLE` / `NOT ELIGIBLE`, or `UYGUN` / `UYGUN DEĞİL`.
    static func verdictWord(_ eligible: Bool, _ language: Language) -> String {
        switch (eligible, language) {
        case (true, .english): "ELIGIBLE"
        case (false, .english): "NOT ELIGIBLE"
        case (true, .turkish): "UYGUN"
        case (false, .turkish): "UYGUN DEĞİL"
        }
    }

    /// The check's name as a person reads it.
    static func label(_ id: CheckID, _ language: Language) -> String {
        switch (id, language) {
        case (.memberTypes, .english): "Member types"
        case (.chamber, .english): "Chamber of industry"
        case (.university, .english): "University"
        case (.committedFirms, .english): "Committed firms"
        case (.budget, .english): "Budget"
        case (.deadline, .english): "Deadline"
        case (.memberTypes, .turkish): "Üye türleri"
        case (.chamber, .turkish): "Sanayi odası"
        case (.university, .turkish): "Üniversite"
        case (.committedFirms, .turkish): "Taahhüt veren firmalar"
        case (.budget, .turkish): "Bütçe"
        case (.deadline, .turkish): "Son başvuru tarihi"
        }
    }

    /// The status as a person reads it; a failure is in capitals so it stands out.
    static func statusWord(_ status: CheckStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.pass, .english): "pass"
        case (.fail, .english): "FAIL"
        case (.unknown, .english): "unknown"
        case (.skipped, .english): "skipped"
        case (.pass, .turkish): "geçti"
        case (.fail, .turkish): "KALDI"
        case (.unknown, .turkish): "bilinmiyor"
        case (.skipped, .turkish): "atlandı"
        }
    }

    /// The coordinating body as one phrase: `Bursa OİB Küme Derneği (K07), accredited`, `none named`, or
    /// the several the roster names.
    static func coordinatorPhrase(_ verdict: Verdict, _ language: Language) -> String {
        let turkish = language.isTurkish
        let coordinators = verdict.coordinators
        guard !coordinators.isEmpty else { return turkish ? "belirtilmedi (rol sütununda koordinatör yok)" : "none named (no member has the role coordinator)" }
        let named = coordinators.map { member -> String in
            let accreditation: String = switch member.accredited {
            case true?: turkish ? ", akredite" : ", accredited"
            case false?: turkish ? ", akredite değil" : ", not accredited"
            case nil: ""
            }
            return "\(member.name) (\(member.id))\(accreditation)"
        }
        return RulesText.list(named, turkish: turkish)
    }

    /// The main activity as one phrase: `29 (inferred)`, `29, 22.1 (declared)`.
    static func mainActivityPhrase(_ activity: MainActivity, _ language: Language, members: [Verdict.MemberOutcome] = []) -> String {
        let firms = members.filter { $0.type == .firm }
        if activity.source == .undetermined, !members.isEmpty, firms.isEmpty {
            return language.isTurkish ? "belirlenemedi (üye listesinde hiç firma yok)" : "undetermined (the roster lists no firm)"
        }
        if activity.source == .undetermined, !firms.isEmpty, !firms.contains(where: { $0.committed == true }) {
            return language.isTurkish ? "belirlenemedi (taahhüt veren firma yok)" : "undetermined (no firm has committed)"
        }
        let codes = activity.codes.map(\.code).joined(separator: ", ")
        switch (activity.source, language) {
        case (.declared, .english): return "\(codes) (declared)"
        case (.inferred, .english): return "\(codes) (inferred: the most common NACE division among committed firms)"
        case (.undetermined, .english): return "undetermined (no committed firm has a NACE code)"
        case (.declared, .turkish): return "\(codes) (beyan edilen)"
        case (.inferred, .turkish): return "\(codes) (taahhüt veren firmalarda en sık görülen NACE bölümünden çıkarıldı)"
        case (.undetermined, .turkish): return "belirlenemedi (taahhüt veren hiçbir firmanın NACE kodu yok)"
        }
    }

    /// `hull-buffer (concavity 0.3, buffer_km 5), 123.45 km², provinces: Bursa, Kocaeli`.
    static func geographyPhrase(_ geography: GeographyFacts, _ language: Language) -> String {
        let turkish = language.isTurkish
        let parameters = geography.parameters.map { parameter in
            let value = turkish ? parameter.valueTR ?? parameterText(parameter.value, language) : parameterText(parameter.value, language)
            return "\(parameter.name) \(value)"
        }
        let area = NumberText.decimal(Decimal(geography.areaKm2), digits: 2, turkish: turkish, group: false) + " km²"
        let provinces = geography.provinces.isEmpty ? "–" : geography.provinces.joined(separator: ", ")
        let method = parameters.isEmpty ? geography.method : "\(geography.method) (\(parameters.joined(separator: ", ")))"
        return turkish ? "\(method), \(area), iller: \(provinces)" : "\(method), \(area), provinces: \(provinces)"
    }

    static func parameterText(_ value: GeographyFacts.Value, _ language: Language) -> String {
        switch value {
        case .number(let number):
            return NumberText.plain(number, turkish: language.isTurkish)
        case .flag(let flag):
            return language.isTurkish ? (flag ? "evet" : "hayır") : (flag ? "yes" : "no")
        case .text(let text):
            return text
        }
    }

    /// A member's placement for tables: `inside`, `12.30 km`, `no point`.
    static func placementText(_ member: Verdict.MemberOutcome, _ language: Language) -> String {
        let turkish = language.isTurkish
        guard let inside = member.inside else { return turkish ? "konum yok" : "no point" }
        if inside { return turkish ? "içeride" : "inside" }
        guard let distance = member.distanceKm else { return turkish ? "dışarıda" : "outside" }
        return NumberText.kilometres(distance, turkish: turkish) + (turkish ? " dışarıda" : " outside")
    }
}
