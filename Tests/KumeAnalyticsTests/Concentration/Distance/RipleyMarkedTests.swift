import Foundation
@testable import KumeAnalytics
import KumeGeo
import Testing

@Suite("RipleyK of one type and across types")
struct RipleyMarkedTests {
    static let columns: [(String, EdgeCorrection)] = [
        ("un", .none), ("border", .border), ("trans", .translate), ("iso", .isotropic),
    ]

    /// amacrine with its marks ("on", "off") and its rectangle.
    static func amacrine() throws -> (MarkedPattern, PatternWindow) {
        let t = try DistanceFixtures.table("spatstat", "spatstat_amacrine_points.csv")
        let (unmarked, window) = try DistanceFixtures.amacrine()
        return (try MarkedPattern(points: unmarked, types: t.column("mark")), window)
    }

    /// Radii where a pair of the two sets (or a centre's boundary distance) lies within 1e-9 of r: spatstat
    /// builds r and d in floating point, so one pair may fall on either side there (the shared notes' trap).
    static func tieRadii(_ centres: PlanarPattern, _ others: PlanarPattern, window: PatternWindow, r: [Double]) -> Set<Int> {
        var ties = Set<Int>()
        for i in 0..<centres.count {
            let b = window.distanceToBoundary(xMetres: centres.xMetres[i], yMetres: centres.yMetres[i])
            for (k, radius) in r.enumerated() where abs(b - radius) < 1e-9 { ties.insert(k) }
            for j in 0..<others.count {
                let dx = centres.xMetres[i] - others.xMetres[j], dy = centres.yMetres[i] - others.yMetres[j]
                let d = (dx * dx + dy * dy).squareRoot()
                for (k, radius) in r.enumerated() where abs(d - radius) < 1e-9 { ties.insert(k) }
            }
        }
        return ties
    }

    /// spatstat 3.0-3: `Kest(amacrine[marks == "on"], r = seq(0, 0.25, by = 0.005), correction = ...)` and
    /// `Kcross(amacrine, "on", "off", ...)`, with `Lest`, `Lcross` (scripts/reference/spatstat_marked.R).
    @Test("K and L of one type and across two types equal spatstat's Kest, Lest, Kcross and Lcross",
          arguments: ["Kest_amacrine_on", "Lest_amacrine_on", "Kcross_amacrine_on_off", "Lcross_amacrine_on_off"],
          [0, 1, 2, 3])
    func spatstat(file: String, column: Int) async throws {
        let (pattern, window) = try Self.amacrine()
        let table = try DistanceFixtures.table("spatstat", "spatstat_\(file)_r0-0.25by0.005.csv")
        let r = try table.numbers("r")
        let (name, correction) = Self.columns[column]
        let expected = try table.numbers(name)
        let cross = file.contains("cross")
        let neighbour: String? = cross ? "off" : nil
        let values = file.hasPrefix("K")
            ? try await RipleyK.estimate(pattern, referenceType: "on", neighbourType: neighbour, window: window,
                                         rMetres: r, correction: correction)
            : try await RipleyK.estimateL(pattern, referenceType: "on", neighbourType: neighbour, window: window,
                                          rMetres: r, correction: correction)
        try #require(values.count == expected.count && r.count == 51)
        let on = pattern.points(ofCode: try pattern.code(of: "on"))
        let off = pattern.points(ofCode: try pattern.code(of: "off"))
        #expect(on.count == 152 && off.count == 142)
        let ties = Self.tieRadii(on, cross ? off : on, window: window, r: r)
        #expect(ties.count <= 3)
        for k in r.indices where !ties.contains(k) {
            #expect(DistanceFixtures.relativeDifference(values[k], expected[k]) < 1e-9,
                    "r = \(r[k]): \(values[k]) vs \(expected[k])")
        }
    }

    @Test("The fast routes equal the reference definition for every correction, one set and two",
          arguments: EdgeCorrection.allCases, [false, true])
    func reference(correction: EdgeCorrection, cross: Bool) async throws {
        var generator = SeededGenerator(seed: 11)
        let n = 400
        let xs = (0..<n).map { _ in Double.random(in: 0...1000, using: &generator) }
        let ys = (0..<n).map { _ in Double.random(in: 0...600, using: &generator) }
        let types = (0..<n).map { _ in Bool.random(using: &generator) ? "a" : "b" }
        let pattern = try MarkedPattern(points: try PlanarPattern(xMetres: xs, yMetres: ys), types: types)
        let window = try PatternWindow.rectangle(xMin: 0, xMax: 1000, yMin: 0, yMax: 600)
        let r: [Double] = [0, 5, 12.5, 30, 31, 75, 140]
        let a = pattern.points(ofCode: try pattern.code(of: "a")), b = pattern.points(ofCode: try pattern.code(of: "b"))
        let expected = RipleyReference.k(centres: a, neighbours: cross ? b : nil, window: window, rMetres: r,
                                         correction: correction)
        let got = try await RipleyK.estimate(pattern, referenceType: "a", neighbourType: cross ? "b" : nil,
                                             window: window, rMetres: r, correction: correction)
        try #require(got.count == expected.count)
        for (value, wanted) in zip(got, expected) {
            #expect(DistanceFixtures.relativeDifference(value, wanted) < 1e-12, "\(value) vs \(wanted)")
        }
    }

    @Test("The neighbour type equal to the reference type gives K of that type alone")
    func sameType() async throws {
        let (pattern, window) = try Self.amacrine()
        let r = [0, 0.05, 0.12]
        let alone = try await RipleyK.estimate(pattern, referenceType: "on", window: window, rMetres: r, correction: .none)
        let same = try await RipleyK.estimate(pattern, referenceType: "on", neighbourType: "on", window: window,
                                              rMetres: r, correction: .none)
        #expect(alone == same)
    }

    @Test("An unknown type is refused, naming the types present")
    func unknownType() async throws {
        let (pattern, window) = try Self.amacrine()
        await #expect(throws: DistanceMeasureError.unknownType("maple", available: ["on", "off"])) {
            _ = try await RipleyK.estimate(pattern, referenceType: "maple", window: window, rMetres: [0, 0.1],
                                           correction: .none)
        }
    }
}
