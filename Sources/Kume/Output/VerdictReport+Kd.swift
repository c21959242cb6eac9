import Foundation
import KumeAnalytics
import KumeData

extension VerdictReport {
    /// The main activity's Kd as one sentence, e.g. `Kd of the main activity among the registry's firms
    /// inside the geography (99 random labellings, seed 1, 5 % global rank envelope, r 0–50 km): significantly
    /// localised, p = 0.01, Γ = 0.1234, at 0–6.5 km`, or why it was not measured.
    static func kdSentence(_ kd: MainActivityKd, _ language: Language) -> String {
        let turkish = language.isTurkish
        let settings = kd.settings
        let alpha = NumberText.percent(Decimal(settings.alpha * 100), turkish: turkish)
        let range = "r 0–\(kilometresText(settings.maximumDistanceMetres, turkish))"
        let head = turkish
            ? "Ana faaliyetin coğrafyadaki kayıtlı firmalar arasında Kd'si (\(settings.simulations) rastgele etiketleme, "
                + "tohum \(settings.seed), \(alpha) küresel sıra zarfı, \(range))"
            : "Kd of the main activity among the registry's firms inside the geography (\(settings.simulations) random "
                + "labellings, seed \(settings.seed), \(alpha) global rank envelope, \(range))"
        return head + ": " + kdFinding(kd, language)
    }

    /// What Kd says, without the settings: `significantly localised, p = 0.01, Γ = 0.1234, at 0–6.5 km`.
    /// Significance is the global rank test's (p ≤ α), whose level holds at any number of labellings.
    static func kdFinding(_ kd: MainActivityKd, _ language: Language) -> String {
        let turkish = language.isTurkish
        switch kd.outcome {
        case .unavailable(let reason):
            return (turkish ? "ölçülemedi — " : "not measured — ") + kdReasonText(reason, language)
        case .measured(let measurement):
            let gamma = indexText(measurement.localisationIndex, turkish)
            let psi = indexText(measurement.dispersionIndex, turkish)
            let localised = rangesText(measurement.localisedRanges, turkish)
            let dispersed = rangesText(measurement.dispersedRanges, turkish)
            let p = "p = " + pValueText(measurement.pValue, turkish)
            if measurement.isLocalised {
                let below = measurement.dispersedRanges.isEmpty ? ""
                    : (turkish ? "; zarfın altında: \(dispersed)" : "; below the envelope at \(dispersed)")
                return turkish
                    ? "anlamlı biçimde yerelleşmiş, \(p), Γ = \(gamma), \(localised) aralığında\(below)"
                    : "significantly localised, \(p), Γ = \(gamma), at \(localised)\(below)"
            }
            if measurement.isDispersed {
                return turkish
                    ? "yerelleşmemiş; anlamlı biçimde dağınık, \(p), Ψ = \(psi), \(dispersed) aralığında"
                    : "not localised; significantly dispersed, \(p), Ψ = \(psi), at \(dispersed)"
            }
            return turkish
                ? "ne anlamlı biçimde yerelleşmiş ne dağınık (\(p))"
                : "neither significantly localised nor dispersed (\(p))"
        }
    }

    /// Why Kd was not measured, as a clause.
    static func kdReasonText(_ reason: MainActivityKd.Unavailable, _ language: Language) -> String {
        let turkish = language.isTurkish
        let needed = MainActivityKd.minimumMainActivityFirms
        switch reason {
        case .tooFewMainActivityFirms(let inside):
            return turkish
                ? "coğrafyada ana faaliyetten yalnızca \(inside) kayıtlı firma var (en az \(needed) gerekir)"
                : "only \(inside) of the registry's firms inside the geography \(inside == 1 ? "is" : "are") of the main activity (at least \(needed) needed)"
        case .noOtherFirms:
            return turkish
                ? "coğrafyadaki kayıtlı firmaların hepsi ana faaliyette; rastgele etiketlemenin karşılaştıracağı başka firma yok"
                : "every registry firm inside the geography is of the main activity, so random labelling has nothing to compare with"
        case .failed(let message):
            return message
        }
    }

    /// The reason's id in JSON.
    static func kdReasonID(_ reason: MainActivityKd.Unavailable) -> String {
        switch reason {
        case .tooFewMainActivityFirms: "too_few_main_activity_firms"
        case .noOtherFirms: "no_other_firms"
        case .failed: "failed"
        }
    }

    /// The main activity's Kd as a JSON object; every key is present in every object, `null` (or `[]`)
    /// when Kd was not measured.
    static func kdJSON(_ kd: MainActivityKd) -> JSONValue {
        let measurement = kd.measurement
        func km(_ metres: Double) -> JSONValue { metres.isFinite ? .fixed(Decimal(metres) / 1000, decimals: 3) : .null }
        func ranges(_ list: [KdSignificance.DistanceRange]) -> JSONValue {
            .array(list.map { .object([("from_km", km($0.fromMetres)), ("to_km", km($0.toMetres))]) })
        }
        func index(_ value: Double) -> JSONValue { value.isFinite ? .fixed(Decimal(value), decimals: 6) : .null }
        let pValue: JSONValue = measurement.map { $0.pValue.isFinite ? .fixed(Decimal($0.pValue), decimals: 4) : .null } ?? .null
        return .object([
            ("measured", .bool(measurement != nil)),
            ("reason", kd.unavailable.map { .string(kdReasonID($0)) } ?? .null),
            ("message", .string(kdFinding(kd, .english))),
            ("message_tr", .string(kdFinding(kd, .turkish))),
            ("simulations", .integer(kd.settings.simulations)),
            ("seed", .fixed(Decimal(kd.settings.seed), decimals: 0)),
            ("alpha", .double(kd.settings.alpha)),
            ("envelope", .string(EnvelopeKind.extremeRank.rawValue)),
            ("p_value", pValue),
            ("r_max_km", km(kd.settings.maximumDistanceMetres)),
            ("r_step_km", km(kd.settings.distanceStepMetres)),
            ("firms", .integer(kd.firms)),
            ("main_activity_firms", .integer(kd.mainActivityFirms)),
            ("pairs", measurement.map { .integer($0.envelope.observed.pairCount) } ?? .null),
            ("bandwidth_km", measurement.map { km($0.envelope.observed.bandwidthMetres) } ?? .null),
            ("localisation_index", measurement.map { index($0.localisationIndex) } ?? .null),
            ("dispersion_index", measurement.map { index($0.dispersionIndex) } ?? .null),
            ("localised", measurement.map { .bool($0.isLocalised) } ?? .null),
            ("dispersed", measurement.map { .bool($0.isDispersed) } ?? .null),
            ("localised_ranges_km", ranges(measurement?.localisedRanges ?? [])),
            ("dispersed_ranges_km", ranges(measurement?.dispersedRanges ?? [])),
        ])
    }

    /// `0–6.5 km, 12–14 km`; a one-point range as `6.5 km`.
    static func rangesText(_ ranges: [KdSignificance.DistanceRange], _ turkish: Bool) -> String {
        ranges.map { range in
            range.fromMetres == range.toMetres
                ? kilometresText(range.fromMetres, turkish)
                : "\(kilometresNumber(range.fromMetres, turkish))–\(kilometresText(range.toMetres, turkish))"
        }.joined(separator: ", ")
    }

    /// A distance in kilometres to 0.01 km without trailing zeros: `6.5 km`, `50 km` (`6,5 km` in Turkish).
    static func kilometresText(_ metres: Double, _ turkish: Bool) -> String {
        kilometresNumber(metres, turkish) + " km"
    }

    private static func kilometresNumber(_ metres: Double, _ turkish: Bool) -> String {
        var text = NumberText.decimal(Decimal(metres) / 1000, digits: 2, turkish: turkish, group: false)
        let separator: Character = turkish ? "," : "."
        if text.contains(separator) {
            while text.hasSuffix("0") { text.removeLast() }
            if text.last == separator { text.removeLast() }
        }
        return text
    }

    /// A p-value to 3 decimals (`0.010`), `0,010` in Turkish.
    static func pValueText(_ value: Double, _ turkish: Bool) -> String {
        value.isFinite ? NumberText.decimal(Decimal(value), digits: 3, turkish: turkish, group: false) : "NA"
    }

    /// Γ or Ψ to 4 decimals; `< 0.0001` for a positive value that would round to zero.
    private static func indexText(_ value: Double, _ turkish: Bool) -> String {
        if value > 0, value < 0.000_05 { return turkish ? "< 0,0001" : "< 0.0001" }
        return NumberText.decimal(Decimal(value), digits: 4, turkish: turkish, group: false)
    }
}
