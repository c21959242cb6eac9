import Foundation
import KumeAnalytics
import Testing

@Suite("KdEnvelope")
struct KdEnvelopeTests {
    @Test("Envelopes are identical with 1 and 2 workers for the same seed")
    func determinism() async throws {
        let pattern = try DistanceFixtures.paracou16()
        let parameters = KdParameters(rMetres: (0...50).map { Double($0) * 2 }, referenceType: "Q. Rosea",
                                      weighted: true)
        let settings = EnvelopeParameters(simulations: 39, seed: 20_170_811, alpha: 0.1)
        let one = try await DurantonOvermanKd.envelope(pattern, parameters: parameters, envelope: settings, workers: 1)
        let two = try await DurantonOvermanKd.envelope(pattern, parameters: parameters, envelope: settings, workers: 2)
        #expect(one == two)
        let other = try await DurantonOvermanKd.envelope(
            pattern, parameters: parameters, envelope: EnvelopeParameters(simulations: 39, seed: 1, alpha: 0.1))
        #expect(other.localUpper != one.localUpper)
        // The observed curve is the plain Kd, and the bands are ordered.
        let observed = try await DurantonOvermanKd.estimate(pattern, parameters: parameters)
        #expect(one.observed == observed)
        // (The global band need not contain the local one: with few simulations one round of dropping can
        // remove many, and dbmss's final interpolation divides by nsim.)
        for k in one.rMetres.indices {
            #expect(one.localLower[k] <= one.localUpper[k])
            #expect(one.globalLower[k] <= one.globalUpper[k])
        }
    }

    @Test("Progress reports reach the number of simulations")
    func progress() async throws {
        let pattern = try DistanceFixtures.paracou16()
        let seen = ProgressLog()
        _ = try await DurantonOvermanKd.envelope(
            pattern, parameters: KdParameters(rMetres: [0, 10, 20], referenceType: "Q. Rosea"),
            envelope: EnvelopeParameters(simulations: 20, seed: 3), progress: { seen.record($0) })
        #expect(seen.values.last == 20)
        #expect(seen.values == seen.values.sorted())
    }

    /// Five simulations at two distances, α = 0.4 (target (1 − α)·5 = 3 kept):
    ///   s0: (1, 5)  s1: (2, 4)  s2: (3, 3)  s3: (4, 2)  s4: (5, 1)
    /// Round 1: min at r0 is s0, max at r0 s4, min at r1 s4, max at r1 s0 → drop s0, s4; kept s1, s2, s3
    /// (3 ≤ 3, stop). Previous band: lo (1, 1), hi (5, 5); present band: lo (2, 2), hi (4, 4).
    /// Interpolation (target − kept)/nsim = 0: lo = (2, 2), hi = (4, 4).
    /// With α = 0.3 (target 3.5): still 3 kept after one round, shift (3.5 − 3)/5 = 0.1:
    /// lo = 2 + (1 − 2)·0.1 = 1.9, hi = 4 + (5 − 4)·0.1 = 4.1.
    @Test("The global envelope follows Duranton and Overman's procedure on a hand-checked example")
    func handGlobal() throws {
        let simulations: [[Double]] = [[1, 5], [2, 4], [3, 3], [4, 2], [5, 1]]
        let even = try ConfidenceEnvelope.global(simulations, alpha: 0.4)
        #expect(even.lower == [2, 2])
        #expect(even.upper == [4, 4])
        let shifted = try ConfidenceEnvelope.global(simulations, alpha: 0.3)
        for k in 0..<2 {
            #expect(abs(shifted.lower[k] - 1.9) < 1e-12)
            #expect(abs(shifted.upper[k] - 4.1) < 1e-12)
        }
        // Local envelope, type 7 at 0.15 and 0.85 of (1…5): h = 4·0.15 = 0.6 → 1.6; h = 3.4 → 4.4.
        let local = ConfidenceEnvelope.local(simulations, alpha: 0.3)
        #expect(abs(local.lower[0] - 1.6) < 1e-12 && abs(local.upper[0] - 4.4) < 1e-12)
    }

    @Test("Too few simulations for the global envelope is an error")
    func tooFew() {
        #expect(throws: DistanceMeasureError.self) {
            try ConfidenceEnvelope.global([[1], [2], [3]], alpha: 0.9)
        }
    }

    @Test("Γ and Ψ sum the excess over the band, Ψ only when not localised")
    func indices() throws {
        let curve = KdCurveFixture.make(values: [5, 1, 0.5, 2])
        let envelope = KdEnvelope(observed: curve, localLower: [1, 1, 1, 1], localUpper: [3, 3, 3, 3],
                                  globalLower: [1, 1, 1, 1], globalUpper: [3, 3, 3, 3],
                                  parameters: EnvelopeParameters(simulations: 9, seed: 0))
        let significance = KdSignificance(envelope)
        #expect(significance.localisation == [2, 0, 0, 0])
        #expect(significance.dispersion == [0, 0, 0.5, 0])
        #expect(significance.localisationIndex == 2)
        #expect(significance.dispersionIndex == 0)
        #expect(significance.localisedRanges == [.init(fromMetres: 0, toMetres: 0)])
        #expect(significance.dispersedRanges == [.init(fromMetres: 2000, toMetres: 2000)])
    }
}

enum KdCurveFixture {
    static func make(values: [Double]) -> KdCurve {
        KdCurve(rMetres: values.indices.map { Double($0) * 1000 }, values: values, bandwidthMetres: 1,
                pairCount: 1, method: .exact)
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    func record(_ value: Int) { lock.withLock { stored.append(value) } }
    var values: [Int] { lock.withLock { stored } }
}
