import Foundation
@testable import KumeAnalytics
import Testing

@Suite("GlobalRankTest")
struct GlobalRankTestTests {
    /// Five curves at two r (observed first): T1 = (5, 0), T2 = (1, 1), T3 = (2, 2), T4 = (3, 3), T5 = (4, 4).
    /// Two-sided pointwise ranks min(#≤, #≥): at r1 (values 5, 1, 2, 3, 4) they are 1, 1, 2, 3, 2; at r2
    /// (0, 1, 2, 3, 4) 1, 2, 3, 2, 1. Sorted rank vectors: T1 (1, 1), T2 (1, 2), T3 (2, 3), T4 (2, 3),
    /// T5 (1, 2). Lexically T1 ≺ T2 = T5 ≺ T3 = T4, so #{j : R_j ⪯ R_i} = 1, 3, 5, 5, 3 and p = 1/5.
    /// At α = 0.2 (α·5 = 1) the kept curves are T2–T5: the band is [1, 4] at both r, and T1 leaves it above
    /// at r1 and below at r2; at α = 0.1 all five are kept and T1 lies inside.
    @Test("The p-value and the envelope of a small example worked by hand")
    func handWorked() throws {
        let observed = [5.0, 0.0]
        let simulations = [[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0]]
        let strict = try GlobalRankTest(observed: observed, simulations: simulations, alpha: 0.2)
        #expect(strict.pValue == 0.2)
        #expect(strict.rejects)
        #expect(strict.lower == [1, 1] && strict.upper == [4, 4])
        let loose = try GlobalRankTest(observed: observed, simulations: simulations, alpha: 0.1)
        #expect(loose.pValue == 0.2)
        #expect(!loose.rejects)
        #expect(loose.lower == [1, 0] && loose.upper == [5, 4])
    }

    @Test("A curve equal to every simulation is not extreme: p = 1")
    func ties() throws {
        let test = try GlobalRankTest(observed: [1, 2, 3], simulations: Array(repeating: [1, 2, 3], count: 19), alpha: 0.05)
        #expect(test.pValue == 1)
        #expect(!test.rejects)
    }

    @Test("Distances where a curve is NaN take no part", arguments: [0, 1])
    func nanColumns(column: Int) throws {
        var observed = [99.0, 99.0], simulations = (1...19).map { [Double($0), Double($0)] }
        observed[column] = .nan
        let test = try GlobalRankTest(observed: observed, simulations: simulations, alpha: 0.05)
        // On the remaining r the observed 99 is the largest of 20 (rank 1) and the simulated 1 the smallest
        // (rank 1 too, from below): two curves as extreme, p = 2/20.
        #expect(test.pValue == 0.1)
        #expect(test.lower[column].isNaN && test.upper[column].isNaN)
    }

    @Test("Mismatched curves and a bad alpha are refused")
    func refused() {
        #expect(throws: DistanceMeasureError.self) {
            _ = try GlobalRankTest(observed: [1, 2], simulations: [[1]], alpha: 0.05)
        }
        #expect(throws: DistanceMeasureError.self) {
            _ = try GlobalRankTest(observed: [1], simulations: [[1]], alpha: 1)
        }
    }

    /// How much longer than usual the test may take: `KUME_TEST_TIME_SCALE` (the sanitizer builds set it).
    static let timeScale = Int(ProcessInfo.processInfo.environment["KUME_TEST_TIME_SCALE"] ?? "").map { max($0, 1) } ?? 1

    /// Random labelling holds exactly when the reference points are a random subset of the sites: the
    /// test must then reject at most about 5 % of the time. With 80 patterns, more than 9 rejections
    /// has probability 0.7 % under Binomial(80, 0.05) — the level is broken if it happens.
    @Test("On 80 patterns where random labelling holds, the 5 % test rejects at most 9 times",
          .timeLimit(.minutes(10 * Self.timeScale)), arguments: [99, 999])
    func level(simulations: Int) async throws {
        var generator = SeededGenerator(seed: 2017, stream: UInt64(simulations))
        var rejections = 0, localised = 0
        for pattern in 0..<80 {
            var xs: [Double] = [], ys: [Double] = []
            // Half the sites in three clumps of 400 m, half uniform over 10 km: an uneven background.
            let centres = (0..<3).map { _ in (Double.random(in: 1000...9000, using: &generator),
                                              Double.random(in: 1000...9000, using: &generator)) }
            for k in 0..<80 {
                if k % 2 == 0 {
                    let (cx, cy) = centres[k % 3]
                    xs.append(cx + 400 * generator.nextGaussian())
                    ys.append(cy + 400 * generator.nextGaussian())
                } else {
                    xs.append(Double.random(in: 0...10_000, using: &generator))
                    ys.append(Double.random(in: 0...10_000, using: &generator))
                }
            }
            var types = Array(repeating: "other", count: 80)
            for index in Array(0..<80).shuffled(using: &generator).prefix(12) { types[index] = "ref" }
            let marked = try MarkedPattern(points: try PlanarPattern(xMetres: xs, yMetres: ys), types: types)
            let parameters = KdParameters(rMetres: stride(from: 0.0, through: 4000, by: 200).map { $0 }, referenceType: "ref")
            let envelope = try await DurantonOvermanKd.envelope(
                marked, parameters: parameters,
                envelope: EnvelopeParameters(simulations: simulations, seed: UInt64(pattern + 1), alpha: 0.05))
            let test = try #require(envelope.rankTest)
            if test.rejects { rejections += 1 }
            if KdSignificance(envelope, kind: .extremeRank).localisationIndex > 0 { localised += 1 }
        }
        #expect(rejections <= 9, "\(rejections) of 80 rejected with \(simulations) labellings")
        #expect(localised <= rejections)
    }
}
