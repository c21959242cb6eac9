import Foundation
@testable import KumeAnalytics
import Testing

/// The single-pass route of envelope simulations (moment grid, quartiles from cell counts or windows)
/// against the exact kernel sums of the same random labelling.
@Suite("Envelope simulations in one pass")
struct SimulationPassTests {
    /// `count` points in a `sideMetres` square, a tenth of them "Ref"; with `clustered`, nine in ten
    /// points fall in a 2 km blob at the centre, so that the distances' IQR/1.34 is below their sd.
    static func pattern(count: Int, sideMetres: Double, clustered: Bool, weighted: Bool, seed: UInt64) throws -> MarkedPattern {
        var generator = SeededGenerator(seed: seed)
        var xs: [Double] = [], ys: [Double] = [], types: [String] = [], weights: [Double] = []
        for i in 0..<count {
            if clustered && i % 10 != 0 {
                xs.append(sideMetres / 2 + Double.random(in: -1000...1000, using: &generator))
                ys.append(sideMetres / 2 + Double.random(in: -1000...1000, using: &generator))
            } else {
                xs.append(Double.random(in: 0...sideMetres, using: &generator))
                ys.append(Double.random(in: 0...sideMetres, using: &generator))
            }
            types.append(i % 10 == 3 ? "Ref" : "Other")
            weights.append(Double(Int.random(in: 1...50, using: &generator)))
        }
        return try MarkedPattern(points: PlanarPattern(xMetres: xs, yMetres: ys), types: types,
                                 weights: weighted ? weights : nil)
    }

    /// Runs labellings 0..<count through the plan and through the exact route; returns the largest
    /// relative difference over the values above 10⁻⁹ of each curve's peak.
    static func largestDifference(_ pattern: MarkedPattern, parameters: KdParameters, plan: SimulationPlan,
                                  simulations: Int) async throws -> Double {
        let selection = try KdPairSelection(pattern, parameters: parameters)
        var exactParameters = parameters
        exactParameters.method = .exact
        var pass = SimulationPass(plan: plan, weighted: parameters.weighted)
        var worst = 0.0
        for s in 0..<simulations {
            let points = selection.pairPoints(labels: SimulationBlock.labels(
                count: pattern.count, seed: 5, stream: UInt64(s)))
            pass.reset()
            points.accumulateRows(into: &pass, weighted: parameters.weighted)
            let finished = pass.finish()
            let fused = try #require(finished, "simulation \(s) left the planned route")
            let exact = try await DurantonOvermanKd.curve(
                feed: StoredPairFeed(points: points, weighted: parameters.weighted),
                pairCount: points.pairCount, parameters: exactParameters)
            let peak = exact.values.max() ?? 0
            #expect(peak > 0)
            for (a, b) in zip(fused, exact.values) where b > 1e-9 * peak {
                worst = max(worst, DistanceFixtures.relativeDifference(a, b))
            }
        }
        return worst
    }

    @Test("Uniform points: quartiles bounded from the grid; within 1e-7 of the exact sums, on aligned and uneven r")
    func uniform() async throws {
        let pattern = try Self.pattern(count: 3000, sideMetres: 20_000, clustered: false, weighted: false, seed: 1)
        for r in [(0...100).map { Double($0) * 100 }, [0, 37, 250, 999.5, 2_345, 6_000, 9_876]] {
            let parameters = KdParameters(rMetres: r, referenceType: "Ref", method: .binned)
            let selection = try KdPairSelection(pattern, parameters: parameters)
            let plan = try #require(SimulationPlan(
                pilot: selection.pairPoints(labels: SimulationBlock.labels(count: pattern.count, seed: 5, stream: .max)),
                parameters: parameters))
            #expect(!plan.gathersQuartiles)
            let worst = try await Self.largestDifference(pattern, parameters: parameters, plan: plan, simulations: 6)
            #expect(worst < 1e-7)
        }
    }

    @Test("Clustered points (IQR/1.34 below the sd) and weighted Kd gather the quartiles; within 1e-7",
          arguments: [(true, false), (false, true), (true, true)])
    func gathered(clustered: Bool, weighted: Bool) async throws {
        let pattern = try Self.pattern(count: 3000, sideMetres: 20_000, clustered: clustered, weighted: weighted, seed: 2)
        let parameters = KdParameters(rMetres: (0...100).map { Double($0) * 100 }, referenceType: "Ref",
                                      weighted: weighted, method: .binned)
        let selection = try KdPairSelection(pattern, parameters: parameters)
        let plan = try #require(SimulationPlan(
            pilot: selection.pairPoints(labels: SimulationBlock.labels(count: pattern.count, seed: 5, stream: .max)),
            parameters: parameters))
        #expect(plan.gathersQuartiles)
        let worst = try await Self.largestDifference(pattern, parameters: parameters, plan: plan, simulations: 6)
        #expect(worst < 1e-7)
    }

    @Test("A simulation outside the plan falls back to the general route with the same result")
    func fallback() async throws {
        let pattern = try Self.pattern(count: 2000, sideMetres: 20_000, clustered: false, weighted: false, seed: 3)
        let parameters = KdParameters(rMetres: (0...50).map { Double($0) * 200 }, referenceType: "Ref", method: .binned)
        let selection = try KdPairSelection(pattern, parameters: parameters)
        // A plan made on another pattern (clustered: a far smaller bandwidth) fits none of these labellings.
        let other = try Self.pattern(count: 2000, sideMetres: 20_000, clustered: true, weighted: false, seed: 3)
        let otherSelection = try KdPairSelection(other, parameters: parameters)
        let plan = try #require(SimulationPlan(
            pilot: otherSelection.pairPoints(labels: SimulationBlock.labels(count: other.count, seed: 5, stream: .max)),
            parameters: parameters))
        var pass = SimulationPass(plan: plan, weighted: false)
        let points = selection.pairPoints(labels: SimulationBlock.labels(count: pattern.count, seed: 9, stream: 0))
        points.accumulateRows(into: &pass, weighted: false)
        let finished = pass.finish()
        #expect(finished == nil)
        let planned = try await SimulationBlock.run(0..<3, selection: selection, parameters: parameters, seed: 9,
                                                    plan: plan).get()
        let general = try await SimulationBlock.run(0..<3, selection: selection, parameters: parameters, seed: 9,
                                                    plan: nil).get()
        #expect(planned == general)
    }

    @Test("Order statistics by selection equal those of a sort, with ties")
    func selection() {
        var generator = SeededGenerator(seed: 11)
        for count in [1, 2, 3, 10, 1000, 5001] {
            let values = (0..<count).map { _ in Double(Int.random(in: 0...(count / 3 + 1), using: &generator)) }
            let sorted = values.sorted()
            for rank in Set([0, count / 4, count / 2, count - 1]) {
                var copy = values + [-1, -1]
                #expect(OrderStatistic.select(&copy, count: count, rank: rank) == sorted[rank])
            }
        }
    }
}
