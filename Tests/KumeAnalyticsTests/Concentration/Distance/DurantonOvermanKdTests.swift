import Foundation
import KumeAnalytics
import Testing

@Suite("DurantonOvermanKd")
struct DurantonOvermanKdTests {
    static let reference = "Q. Rosea"

    @Test("The exact path equals an exact Gaussian sum of dbmss's definition to 1e-9", arguments: [false, true])
    func exactKernelSum(weighted: Bool) async throws {
        let table = try DistanceFixtures.table("dbmss", "dbmss_Kdhat_vs_exact_kernel_sum_r0-100.csv")
        let flag = weighted ? "TRUE" : "FALSE"
        let rows = try table.column("Weighted").indices.filter { try table.column("Weighted")[$0] == flag }
        let r = try rows.map { try table.numbers("r")[$0] }
        let expected = try rows.map { try table.numbers("Kd_exact_kernel")[$0] }
        let expectedBandwidth = try table.numbers("bw")[rows[0]]
        let curve = try await DurantonOvermanKd.estimate(
            DistanceFixtures.paracou16(),
            parameters: KdParameters(rMetres: r, referenceType: Self.reference, weighted: weighted, method: .exact))
        #expect(curve.pairCount == 351)
        #expect(DistanceFixtures.relativeDifference(curve.bandwidthMetres, expectedBandwidth) < 1e-12)
        for (value, reference) in zip(curve.values, expected) {
            #expect(DistanceFixtures.relativeDifference(value, reference) < 1e-9)
        }
    }

    /// dbmss evaluates R's binned, FFT-based `density` and interpolates; that differs from the exact sum
    /// of the same definition by up to 0.26 % on these four files (0.227 %, 0.263 %, 0.226 % and 0.259 %
    /// for unweighted/weighted r = 0…100 and default r). 0.3 % bounds that binning error with a little
    /// margin; anything beyond would be a difference in definition, not in numerics.
    @Test("Kd matches dbmss Kdhat on paracou16 within its binned density's 0.3 %",
          arguments: ["unweighted_r0-100", "weighted_r0-100", "unweighted_defaultr", "weighted_defaultr"])
    func dbmssKdhat(file: String) async throws {
        let table = try DistanceFixtures.table("dbmss", "dbmss_Kdhat_QRosea_\(file).csv")
        let r = try table.numbers("r")
        let expected = try table.numbers("Kd")
        let bandwidths = try DistanceFixtures.table("dbmss", "dbmss_Kdhat_bandwidths.csv")
        let isDefault = file.hasSuffix("defaultr")
        let expectedBandwidth = try bandwidths.numbers(isDefault ? "bw_nrd0_default" : "bw_nrd0_r0_100")[0]
        let curve = try await DurantonOvermanKd.estimate(
            DistanceFixtures.paracou16(),
            parameters: KdParameters(rMetres: r, referenceType: Self.reference, weighted: file.hasPrefix("weighted")))
        #expect(DistanceFixtures.relativeDifference(curve.bandwidthMetres, expectedBandwidth) < 1e-12)
        var worst = 0.0
        for (value, reference) in zip(curve.values, expected) {
            worst = max(worst, DistanceFixtures.relativeDifference(value, reference))
        }
        #expect(worst < 0.003, "largest relative difference \(worst)")
    }

    @Test("The binned path stays within 1e-6 of the exact path", arguments: [false, true])
    func binnedAgainstExact(weighted: Bool) async throws {
        let r = (0...200).map { Double($0) * 0.5 }
        let pattern = try DistanceFixtures.paracou16()
        var parameters = KdParameters(rMetres: r, referenceType: "V. Americana", weighted: weighted, method: .exact)
        let exact = try await DurantonOvermanKd.estimate(pattern, parameters: parameters)
        parameters.method = .binned
        let binned = try await DurantonOvermanKd.estimate(pattern, parameters: parameters)
        #expect(binned.method == .binned)
        #expect(binned.bandwidthMetres == exact.bandwidthMetres)
        for (b, e) in zip(binned.values, exact.values) {
            #expect(DistanceFixtures.relativeDifference(b, e) < 1e-6)
        }
    }

    @Test("A bivariate Kd uses every reference × neighbour pair")
    func bivariatePairs() async throws {
        let curve = try await DurantonOvermanKd.estimate(
            DistanceFixtures.paracou16(),
            parameters: KdParameters(rMetres: [0, 10, 20], referenceType: Self.reference,
                                     neighbourType: "V. Americana"))
        #expect(curve.pairCount == 27 * 90)
        #expect(curve.values.allSatisfy { $0 > 0 })
    }

    @Test("An unknown type is reported with the types present")
    func unknownType() async throws {
        await #expect(throws: DistanceMeasureError.self) {
            try await DurantonOvermanKd.estimate(
                DistanceFixtures.paracou16(), parameters: KdParameters(rMetres: [0, 1], referenceType: "Oak"))
        }
    }

    @Test("Coordinates whose squared distances would overflow are refused, not crashed on")
    func hugeCoordinates() {
        #expect(throws: DistanceMeasureError.coordinateOutOfRange(index: 1, value: -2e150)) {
            try PlanarPattern(xMetres: [0, 5, 1e150], yMetres: [0, -2e150, 0])
        }
        // ±1e150 itself is accepted: the squared diagonal 8e300 is finite.
        #expect((try? PlanarPattern(xMetres: [-1e150, 1e150], yMetres: [-1e150, 1e150])) != nil)
    }
}
