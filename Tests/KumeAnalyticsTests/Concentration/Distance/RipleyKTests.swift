import Foundation
import KumeAnalytics
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

    /// K by its definition, every ordered pair: |W|/(n(n − 1)) · Σ_{i≠j} w_ij·1(d_ij ≤ r), with w_ij = 1
    /// (none) or |W|/|W ∩ (W + d_ij)| for a rectangle (translate).
    static func bruteForce(_ xs: [Double], _ ys: [Double], width: Double, height: Double, r: [Double],
                           translate: Bool, strict: Bool) -> [Double] {
        let n = xs.count, area = width * height
        return r.map { radius in
            var total = 0.0
            for i in 0..<n {
                for j in 0..<n where j != i {
                    let dx = xs[j] - xs[i], dy = ys[j] - ys[i]
                    let d = (dx * dx + dy * dy).squareRoot()
                    guard strict ? d < radius : d <= radius else { continue }
                    total += translate ? area / ((width - abs(dx)) * (height - abs(dy))) : 1
                }
            }
            return total * area / Double(n * (n - 1))
        }
    }

    @Test("Small r against the window (many cells) equals K by its definition, with duplicate points",
          arguments: [(false, false), (false, true), (true, false)])
    func manyCells(translate: Bool, strict: Bool) async throws {
        var generator = SeededGenerator(seed: 7)
        var xs = (0..<600).map { _ in Double.random(in: 0...1000, using: &generator) }
        var ys = (0..<600).map { _ in Double.random(in: 0...700, using: &generator) }
        xs += xs[0..<20]
        ys += ys[0..<20]
        let pattern = try PlanarPattern(xMetres: xs, yMetres: ys)
        let window = try PatternWindow.rectangle(xMin: 0, xMax: 1000, yMin: 0, yMax: 700)
        let r: [Double] = [0, 3, 10, 17.5, 40, 41, 80]
        let expected = Self.bruteForce(xs, ys, width: 1000, height: 700, r: r, translate: translate, strict: strict)
        let got = try await RipleyK.estimate(pattern, window: window, rMetres: r,
                                             correction: translate ? .translate : .none,
                                             counting: strict ? .strictlyBelow : .atMost)
        for (a, b) in zip(got, expected) { #expect(DistanceFixtures.relativeDifference(a, b) < 1e-12) }
        // The duplicates are the pairs at r = 0: 20 pairs, both orders, times |W|/(n(n − 1)) (for translate
        // the weight is |W|/|W| = 1 at d = 0).
        #expect(abs(got[0] - (strict ? 0 : 40 * 700_000 / Double(620 * 619))) < 1e-9)
    }
}
