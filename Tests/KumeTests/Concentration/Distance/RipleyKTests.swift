import Foundation
import Kume
import KumeGeo
import Testing

@Suite("RipleyK")
struct RipleyKTests {
    static let columns: [(String, EdgeCorrection)] = [
        ("un", .none), ("border", .border), ("trans", .translate), ("iso", .isotropic),
    ]

    /// spatstat builds r = seq(0, 0.25, by = 0.005) in floating point and compares floating distances,
    /// so at radii where a pair (or a point's boundary distance) of the 4-decimal coordinates lies
    /// exactly on r, one pair may be counted on one side and not the other (the shared reference notes'
    /// trap). Those radii are skipped; elsewhere the values must agree to 1e-12 relative.
    static func tieRadii(_ pattern: PlanarPattern, window: PatternWindow, r: [Double]) -> Set<Int> {
        var ties = Set<Int>()
        let n = pattern.count
        for i in 0..<n {
            let b = window.distanceToBoundary(xMetres: pattern.xMetres[i], yMetres: pattern.yMetres[i])
            for (k, radius) in r.enumerated() where abs(b - radius) < 1e-9 { ties.insert(k) }
            for j in (i + 1)..<max(i + 1, n) {
                let dx = pattern.xMetres[i] - pattern.xMetres[j], dy = pattern.yMetres[i] - pattern.yMetres[j]
                let d = (dx * dx + dy * dy).squareRoot()
                for (k, radius) in r.enumerated() where abs(d - radius) < 1e-9 { ties.insert(k) }
            }
        }
        return ties
    }

    @Test("K and L match spatstat on amacrine away from tie radii",
          arguments: ["Kest", "Lest"], [0, 1, 2, 3])
    func spatstat(function: String, column: Int) async throws {
        let (pattern, window) = try DistanceFixtures.amacrine()
        let table = try DistanceFixtures.table("spatstat", "spatstat_\(function)_amacrine_all_r0-0.25by0.005.csv")
        let r = try table.numbers("r")
        let (name, correction) = Self.columns[column]
        let expected = try table.numbers(name)
        let values = function == "Kest"
            ? try await RipleyK.estimate(pattern, window: window, rMetres: r, correction: correction)
            : try await RipleyK.estimateL(pattern, window: window, rMetres: r, correction: correction)
        let ties = Self.tieRadii(pattern, window: window, r: r)
        #expect(ties.count <= 2) // r = 0.1 and 0.215 on amacrine
        for k in r.indices where !ties.contains(k) {
            #expect(DistanceFixtures.relativeDifference(values[k], expected[k]) < 1e-12,
                    "r = \(r[k]): \(values[k]) vs \(expected[k])")
        }
    }

    @Test("The result does not depend on the number of workers")
    func workers() async throws {
        let (pattern, window) = try DistanceFixtures.amacrine()
        let r = (0...20).map { Double($0) * 0.01 }
        let one = try await RipleyK.estimate(pattern, window: window, rMetres: r, correction: .isotropic, workers: 1)
        let two = try await RipleyK.estimate(pattern, window: window, rMetres: r, correction: .isotropic, workers: 2)
        #expect(one == two)
    }

    @Test("A polygon window equal to the rectangle gives the same none and border estimates")
    func polygonWindow() async throws {
        let (pattern, rectangle) = try DistanceFixtures.amacrine()
        let polygon = try PatternWindow.polygon([
            Coordinate(x: 0, y: 0), Coordinate(x: 1.6012084592145, y: 0),
            Coordinate(x: 1.6012084592145, y: 1), Coordinate(x: 0, y: 1),
        ])
        let r = (0...25).map { Double($0) * 0.01 + 0.0025 }
        for correction in [EdgeCorrection.none, .border] {
            let a = try await RipleyK.estimate(pattern, window: rectangle, rMetres: r, correction: correction)
            let b = try await RipleyK.estimate(pattern, window: polygon, rMetres: r, correction: correction)
            for (x, y) in zip(a, b) { #expect(DistanceFixtures.relativeDifference(x, y) < 1e-12) }
        }
        await #expect(throws: DistanceMeasureError.self) {
            try await RipleyK.estimate(pattern, window: polygon, rMetres: r, correction: .translate)
        }
    }

    @Test("Counting d < r leaves out a pair exactly at r")
    func strictCounting() async throws {
        // Two points 1 m apart in a 10 m square: K(1) = |W|·2/(2·1) = 100 with d ≤ r, 0 with d < r.
        let pattern = try PlanarPattern(xMetres: [4, 5], yMetres: [5, 5])
        let window = try PatternWindow.rectangle(xMin: 0, xMax: 10, yMin: 0, yMax: 10)
        let atMost = try await RipleyK.estimate(pattern, window: window, rMetres: [0, 1], correction: .none)
        let below = try await RipleyK.estimate(pattern, window: window, rMetres: [0, 1], correction: .none,
                                               counting: .strictlyBelow)
        #expect(atMost == [0, 100])
        #expect(below == [0, 0])
    }
}
