import Foundation
import KumeAnalytics
import Testing

@Suite("MarconPuechM")
struct MarconPuechMTests {
    /// dbmss `Mhat(paracou16, r, ReferenceType = "Q. Rosea")`, written with 15 significant digits:
    /// compared to 1e-12 relative; NA (no reference point has a neighbour) must come out as NaN.
    @Test("M matches dbmss Mhat on paracou16",
          arguments: [("weighted_r0-100", true), ("unitweights_r0-100", false), ("weighted_defaultr", true)])
    func dbmssMhat(file: String, weighted: Bool) async throws {
        let table = try DistanceFixtures.table("dbmss", "dbmss_Mhat_QRosea_\(file).csv")
        var r = try table.numbers("r")
        let expected = try table.numbers("M")
        if file.hasSuffix("defaultr") {
            // The file's r has 15 digits, which moves a pair lying exactly at one radius across it:
            // rebuild r as Mhat does, diameter(W) · (0, 1:20, seq(22, 40, 2), seq(45, 100, 5),
            // seq(110, 200, 10), seq(220, 400, 20)) / 800, and check it against the file.
            let diameter = try DistanceFixtures.paracou16Window().diameterMetres
            let steps = Array(0...20) + Array(stride(from: 22, through: 40, by: 2))
                + Array(stride(from: 45, through: 100, by: 5)) + Array(stride(from: 110, through: 200, by: 10))
                + Array(stride(from: 220, through: 400, by: 20))
            let rebuilt = steps.map { diameter * Double($0) / 800 }
            try #require(rebuilt.count == r.count)
            for (a, b) in zip(rebuilt, r) { #expect(abs(a - b) <= 1e-12 * max(1, b)) }
            r = rebuilt
        }
        let values = try await MarconPuechM.estimate(
            DistanceFixtures.paracou16(weighted: weighted), rMetres: r, referenceType: "Q. Rosea")
        try #require(values.count == expected.count)
        for (value, reference) in zip(values, expected) {
            if reference.isNaN {
                #expect(value.isNaN)
            } else {
                #expect(DistanceFixtures.relativeDifference(value, reference) < 1e-12, "\(value) vs \(reference)")
            }
        }
    }

    @Test("Two pairs of same-type points give M = 1/global by hand")
    func handExample() async throws {
        // A at (0,0) and (1,0); B at (0,1) and (10,10). Unit weights, W_all = 4.
        // r = 1: A0 sees A1 and B0 (local 1/2), A1 sees A0 only (local 1), global_i = (2−1)/(4−1) = 1/3 each:
        // M(1) = (1/2 + 1) / (2/3) = 2.25.
        let points = try PlanarPattern(xMetres: [0, 1, 0, 10], yMetres: [0, 0, 1, 10])
        let pattern = try MarkedPattern(points: points, types: ["A", "A", "B", "B"])
        let values = try await MarconPuechM.estimate(pattern, rMetres: [0, 1], referenceType: "A")
        #expect(values[0].isNaN)
        #expect(abs(values[1] - 2.25) < 1e-15)
    }
}
