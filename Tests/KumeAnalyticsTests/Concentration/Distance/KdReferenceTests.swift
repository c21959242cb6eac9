import Foundation
@testable import KumeAnalytics
import Testing

/// Kd's fast routes (the streamed two-pass bandwidth, the exact and the binned kernel passes, on one and on
/// several workers) against ``KdReference``, the definition written out with every pair listed. The
/// simulation passes are held to the exact route in ``SimulationPassTests``.
@Suite("Kd's fast routes against its definition")
struct KdReferenceTests {
    struct Case: Sendable, CustomStringConvertible {
        let count: Int
        let clustered: Bool
        let weighted: Bool
        let bivariate: Bool
        var description: String {
            "\(count) points, \(clustered ? "clustered" : "uniform"), \(weighted ? "weighted" : "unweighted"), "
                + (bivariate ? "Ref × Other" : "Ref")
        }
    }

    static let cases = [
        Case(count: 60, clustered: false, weighted: false, bivariate: false),
        Case(count: 60, clustered: true, weighted: true, bivariate: false),
        Case(count: 300, clustered: true, weighted: false, bivariate: true),
        Case(count: 300, clustered: false, weighted: true, bivariate: true),
        Case(count: 1_500, clustered: true, weighted: true, bivariate: false),
    ]

    @Test("The exact route equals the definition (relative 1e-10), the binned route within 1e-6 on the curve's body",
          arguments: cases)
    func routes(testCase: Case) async throws {
        let pattern = try SimulationPassTests.pattern(count: testCase.count, sideMetres: 20_000,
                                                      clustered: testCase.clustered, weighted: testCase.weighted,
                                                      seed: UInt64(testCase.count))
        let r = (0...60).map { Double($0) * 250 }
        var parameters = KdParameters(rMetres: r, referenceType: "Ref",
                                      neighbourType: testCase.bivariate ? "Other" : nil,
                                      weighted: testCase.weighted, method: .exact)
        let definition = try KdReference.curve(pattern, parameters: parameters)
        try #require(definition.values.count == r.count)
        let peak = definition.values.max() ?? 0
        for workers in [1, 3] {
            parameters.method = .exact
            let exact = try await DurantonOvermanKd.estimate(pattern, parameters: parameters, workers: workers)
            try #require(exact.values.count == r.count)
            #expect(abs(exact.bandwidthMetres - definition.bandwidth) <= 1e-12 * definition.bandwidth)
            for k in r.indices {
                #expect(abs(exact.values[k] - definition.values[k]) <= 1e-10 * max(definition.values[k], 1e-9 * peak),
                        "exact r = \(r[k]), \(workers) workers")
            }
            parameters.method = .binned
            let binned = try await DurantonOvermanKd.estimate(pattern, parameters: parameters, workers: workers)
            try #require(binned.values.count == r.count)
            #expect(binned.bandwidthMetres == exact.bandwidthMetres)
            // The binned sums are within 10⁻⁶ relative on the curve's body (values above 10⁻⁶ of its peak); in
            // the tail the binning error is absolute, about 10⁻¹⁴ of the peak (2·10⁻⁶ relative where the
            // curve is 10⁻⁸ of its peak), so there it is bounded by 10⁻¹² of the peak.
            for k in r.indices {
                let value = definition.values[k]
                let allowed = value >= 1e-6 * peak ? 1e-6 * value : 1e-12 * peak
                #expect(abs(binned.values[k] - value) <= allowed, "binned r = \(r[k]), \(workers) workers")
            }
        }
    }

    @Test("By hand: a 3-4-5 triangle, r = 0, 4 and 6")
    func byHand() async throws {
        // Pairs at d = 3, 4, 5: mean 4, sd 1, type-7 quartiles 3.5 and 4.5, so IQR/1.34 < sd and
        // h = 0.9 · (1/1.34) · 3^(−1/5) ≈ 0.539. Every d exceeds 4h ≈ 2.16: no reflection, and
        // Kd(r) = Σ_d φ((r − d)/h) / (h · Σ_d Φ(d/h)).
        let pattern = try MarkedPattern(points: PlanarPattern(xMetres: [0, 3, 3], yMetres: [0, 0, 4]),
                                        types: ["Ref", "Ref", "Ref"])
        let parameters = KdParameters(rMetres: [0, 4, 6], referenceType: "Ref", bandwidthRangeMetres: 10)
        let curve = try KdReference.curve(pattern, parameters: parameters)
        let h = 0.9 / 1.34 * pow(3, -0.2)
        func phi(_ u: Double) -> Double { exp(-u * u / 2) / (2 * Double.pi).squareRoot() }
        func cdf(_ u: Double) -> Double { 0.5 * erfc(-u / 2.0.squareRoot()) }
        let mass = h * (cdf(3 / h) + cdf(4 / h) + cdf(5 / h))
        let expected = [0.0, 4, 6].map { r in (phi((r - 3) / h) + phi((r - 4) / h) + phi((r - 5) / h)) / mass }
        #expect(abs(curve.bandwidth - h) < 1e-15)
        for k in 0..<3 { #expect(abs(curve.values[k] - expected[k]) <= 1e-14 * max(expected[k], 1e-300)) }
        let fast = try await DurantonOvermanKd.estimate(pattern, parameters: parameters)
        #expect(fast.bandwidthMetres == curve.bandwidth)
        for k in 0..<3 { #expect(abs(fast.values[k] - expected[k]) <= 1e-12 * max(expected[k], 1e-300)) }
    }
}

/// M's grid route against ``MReference``, every pair visited for every r.
@Suite("M's grid route against its definition")
struct MReferenceTests {
    @Test("The grid route equals the definition (relative 1e-12), univariate and bivariate, weighted or not",
          arguments: [(false, false), (true, false), (false, true), (true, true)])
    func gridRoute(weighted: Bool, bivariate: Bool) async throws {
        let pattern = try SimulationPassTests.pattern(count: 400, sideMetres: 20_000, clustered: true,
                                                      weighted: weighted, seed: 11)
        // r from 0 (no neighbour: NaN) to 12 km, through distances that match pairs exactly where they fall.
        let r = (0...48).map { Double($0) * 250 }
        let definition = try MReference.m(pattern, rMetres: r, referenceType: "Ref",
                                          neighbourType: bivariate ? "Other" : nil)
        for workers in [1, 3] {
            let fast = try await MarconPuechM.estimate(pattern, rMetres: r, referenceType: "Ref",
                                                       neighbourType: bivariate ? "Other" : nil, workers: workers)
            try #require(fast.count == definition.count)
            for k in r.indices {
                if definition[k].isNaN {
                    #expect(fast[k].isNaN, "r = \(r[k])")
                } else {
                    #expect(abs(fast[k] - definition[k]) <= 1e-12 * abs(definition[k]), "r = \(r[k]), \(workers) workers")
                }
            }
        }
    }
}
