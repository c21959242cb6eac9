import Foundation
import Testing
@testable import KumeAnalytics
@testable import Kume

/// A hand-made Kd result: r = 0, 0.5, 1, 1.5 km; Kd = 5, 4, 1, 0.5 (×10⁻⁴ per metre) against a global band
/// of 0.6–2 (×10⁻⁴). Kd is above the band at 0 and 0.5 km by 3 and 2 (×10⁻⁴), so Γ = (3 + 2)·10⁻⁴ · 500 m
/// = 0.25, and below it at 1.5 km.
enum KdReportFixtures {
    static let settings = MainActivityKd.Settings(
        simulations: 99, seed: 42, maximumDistanceMetres: 1_500, distanceStepMetres: 500)

    static func measured() -> MainActivityKd {
        let r = [0.0, 500, 1_000, 1_500]
        let observed = KdCurve(rMetres: r, values: [5e-4, 4e-4, 1e-4, 0.5e-4], bandwidthMetres: 321.5,
                               pairCount: 45, method: .exact)
        let envelope = KdEnvelope(
            observed: observed, localLower: Array(repeating: 0.7e-4, count: 4), localUpper: Array(repeating: 1.8e-4, count: 4),
            globalLower: Array(repeating: 0.6e-4, count: 4), globalUpper: Array(repeating: 2e-4, count: 4),
            parameters: EnvelopeParameters(simulations: 99, seed: 42),
            rankTest: GlobalRankTest(pValue: 0.01, lower: Array(repeating: 0.6e-4, count: 4),
                                     upper: Array(repeating: 2e-4, count: 4), alpha: 0.05))
        let measurement = MainActivityKd.Measurement(
            envelope: envelope, significance: KdSignificance(envelope, kind: .extremeRank), localisationIndex: 0.25,
            dispersionIndex: 0)
        return MainActivityKd(settings: settings, firms: 120, mainActivityFirms: 10, outcome: .measured(measurement))
    }

    static func tooFew() -> MainActivityKd {
        MainActivityKd(settings: settings, firms: 120, mainActivityFirms: 2,
                       outcome: .unavailable(.tooFewMainActivityFirms(inside: 2)))
    }

    static func verdict(_ kd: MainActivityKd?) throws -> Verdict {
        var verdict = try VerdictReportFixtures.verdict()
        verdict.reference = ReferenceConcentration(
            source: "registry.csv", firmsInside: 125, mainActivityFirmsInside: 10, firms: 10_000, mainActivityFirms: 100,
            kd: kd)
        return verdict
    }
}

@Suite("VerdictReport: the main activity's Kd")
struct VerdictReportKdTests {
    typealias F = KdReportFixtures

    static let kdKeys = [
        "p_value",
        "measured", "reason", "message", "message_tr", "simulations", "seed", "alpha", "envelope", "r_max_km",
        "r_step_km", "firms", "main_activity_firms", "pairs", "bandwidth_km", "localisation_index",
        "dispersion_index", "localised", "dispersed", "localised_ranges_km", "dispersed_ranges_km",
    ]

    func referenceJSON(_ kd: MainActivityKd?) throws -> [String: Any] {
        let text = VerdictReport.json(try F.verdict(kd))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(root["reference"] as? [String: Any])
    }

    @Test("JSON: reference keeps its keys and adds kd with Γ, the verdict and the ranges in km")
    func jsonMeasured() throws {
        let reference = try referenceJSON(F.measured())
        #expect(Set(reference.keys) == ["registry", "firms_inside", "main_activity_firms_inside", "firms",
                                        "main_activity_firms", "lq", "kd"])
        #expect(reference["lq"] as? Double == 8)  // (10/125)/(100/10000)
        let kd = try #require(reference["kd"] as? [String: Any])
        #expect(Set(kd.keys) == Set(Self.kdKeys))
        #expect(kd["measured"] as? Bool == true)
        #expect(kd["reason"] is NSNull)
        #expect(kd["simulations"] as? Int == 99)
        #expect(kd["seed"] as? Int == 42)
        #expect(kd["envelope"] as? String == "extreme_rank_length")
        #expect(kd["p_value"] as? Double == 0.01)
        #expect(kd["r_max_km"] as? Double == 1.5)
        #expect(kd["r_step_km"] as? Double == 0.5)
        #expect(kd["pairs"] as? Int == 45)
        #expect(kd["bandwidth_km"] as? Double == 0.322)  // 321.5 m to 0.001 km, half away from zero
        #expect(kd["localisation_index"] as? Double == 0.25)
        #expect(kd["dispersion_index"] as? Double == 0)
        #expect(kd["localised"] as? Bool == true)
        #expect(kd["dispersed"] as? Bool == false)
        let localised = try #require(kd["localised_ranges_km"] as? [[String: Double]])
        #expect(localised == [["from_km": 0, "to_km": 0.5]])
        let dispersed = try #require(kd["dispersed_ranges_km"] as? [[String: Double]])
        #expect(dispersed == [["from_km": 1.5, "to_km": 1.5]])
        #expect(kd["message"] as? String == "significantly localised, p = 0.010, Γ = 0.2500, at 0–0.5 km; below the envelope at 1.5 km")
    }

    @Test("JSON: Kd not measured has the same keys, null figures, the reason and no ranges")
    func jsonUnavailable() throws {
        let kd = try #require(try referenceJSON(F.tooFew())["kd"] as? [String: Any])
        #expect(Set(kd.keys) == Set(Self.kdKeys))
        #expect(kd["measured"] as? Bool == false)
        #expect(kd["reason"] as? String == "too_few_main_activity_firms")
        #expect(kd["main_activity_firms"] as? Int == 2)
        for key in ["pairs", "bandwidth_km", "localisation_index", "dispersion_index", "localised", "dispersed"] {
            #expect(kd[key] is NSNull, "\(key)")
        }
        #expect((kd["localised_ranges_km"] as? [Any])?.isEmpty == true)
        #expect(kd["message"] as? String
                == "not measured — only 2 of the registry's firms inside the geography are of the main activity (at least 3 needed)")
    }

    @Test("JSON: no Kd asked for is kd null")
    func jsonNotAsked() throws {
        #expect(try referenceJSON(nil)["kd"] is NSNull)
    }

    @Test("Text in English and Turkish states the settings, Γ and the ranges with the language's decimals")
    func text() throws {
        let english = VerdictReport.text(try F.verdict(F.measured()), language: .english)
        #expect(english.contains(
            "Kd of the main activity among the registry's firms inside the geography (99 random labellings, seed 42, "
                + "5 % global rank envelope, r 0–1.5 km): significantly localised, p = 0.010, Γ = 0.2500, at 0–0.5 km; below the envelope at 1.5 km\n"))
        let turkish = VerdictReport.text(try F.verdict(F.measured()), language: .turkish)
        #expect(turkish.contains(
            "Ana faaliyetin coğrafyadaki kayıtlı firmalar arasında Kd'si (99 rastgele etiketleme, tohum 42, %5 küresel "
                + "sıra zarfı, r 0–1,5 km): anlamlı biçimde yerelleşmiş, p = 0,010, Γ = 0,2500, 0–0,5 km aralığında; zarfın altında: 1,5 km\n"))
        #expect(turkish.contains("yığınlaşma katsayısı (LQ) 8,00"))
        let tooFew = VerdictReport.text(try F.verdict(F.tooFew()), language: .turkish)
        #expect(tooFew.contains("ölçülemedi — coğrafyada ana faaliyetten yalnızca 2 kayıtlı firma var (en az 3 gerekir)"))
        let none = VerdictReport.text(try F.verdict(nil), language: .english)
        #expect(!none.contains("Kd of"))
    }

    @Test("Markdown has a reference section with the LQ and the Kd sentence")
    func markdown() throws {
        let english = VerdictReport.markdown(try F.verdict(F.measured()), language: .english)
        #expect(english.contains("## Reference registry\n"))
        #expect(english.contains("- Location quotient: 8.00\n"))
        #expect(english.contains("significantly localised, p = 0.010, Γ = 0.2500, at 0–0.5 km"))
        let turkish = VerdictReport.markdown(try F.verdict(F.tooFew()), language: .turkish)
        #expect(turkish.contains("## Referans kayıt\n"))
        #expect(turkish.contains("ölçülemedi — coğrafyada ana faaliyetten yalnızca 2 kayıtlı firma var"))
    }

    @Test("The dispersed-only and neither cases read as such")
    func otherFindings() {
        var kd = F.measured()
        guard case .measured(var measurement) = kd.outcome else { return }
        measurement.localisationIndex = 0
        measurement.dispersionIndex = 0.0125
        measurement.significance.localisedRanges = []
        kd.outcome = .measured(measurement)
        #expect(VerdictReport.kdFinding(kd, .english) == "not localised; significantly dispersed, p = 0.010, Ψ = 0.0125, at 1.5 km")
        measurement.dispersionIndex = 0
        measurement.significance.dispersedRanges = []
        kd.outcome = .measured(measurement)
        #expect(VerdictReport.kdFinding(kd, .turkish) == "ne anlamlı biçimde yerelleşmiş ne dağınık (p = 0,010)")
    }
}
