/// Pointwise (local) and Duranton–Overman global confidence bands from simulated curves.
public enum ConfidenceEnvelope {
    /// The local envelope: at each r, R's `quantile(type = 7)` of the simulated values at α/2 and 1 − α/2
    /// (NaN values are left out; NaN when all are NaN).
    /// - Parameters:
    ///   - simulations: one curve per simulation, each with one value per r.
    ///   - alpha: the risk level, in (0, 1).
    public static func local(_ simulations: [[Double]], alpha: Double) -> (lower: [Double], upper: [Double]) {
        let width = simulations.first?.count ?? 0
        var lower = [Double](repeating: .nan, count: width)
        var upper = [Double](repeating: .nan, count: width)
        for k in 0..<width {
            let values = simulations.map { $0[k] }.filter { !$0.isNaN }.sorted()
            guard !values.isEmpty else { continue }
            lower[k] = RStatistics.quantileType7(sorted: values, probability: alpha / 2)
            upper[k] = RStatistics.quantileType7(sorted: values, probability: 1 - alpha / 2)
        }
        return (lower, upper)
    }

    /// The global envelope by Duranton and Overman's iterative procedure, as dbmss's `GlobalEnvelope`:
    /// while more than (1 − α)·nsim simulations are kept, drop every simulation that reaches the minimum
    /// or the maximum at some r (the first one in simulation order when several tie); then interpolate
    /// between the last two bands: lo = min + (previous min − min)/nsim · ((1 − α)·nsim − kept),
    /// and likewise for hi — divided by nsim, as dbmss does.
    /// - Parameters:
    ///   - simulations: one curve per simulation, each with one value per r.
    ///   - alpha: the risk level, in (0, 1).
    /// - Throws: `DistanceMeasureError.tooFewSimulations` when fewer than two simulations would remain.
    public static func global(_ simulations: [[Double]], alpha: Double)
        throws(DistanceMeasureError) -> (lower: [Double], upper: [Double]) {
        guard alpha > 0, alpha < 1 else {
            throw .invalidParameter(name: "alpha", value: "\(alpha)", expected: "a risk level between 0 and 1")
        }
        let count = simulations.count
        let width = simulations.first?.count ?? 0
        let target = (1 - alpha) * Double(count)
        var kept = Array(0..<count)
        func extremes(_ kept: [Int]) -> (min: [Double], max: [Double]) {
            var lo = [Double](repeating: .nan, count: width)
            var hi = [Double](repeating: .nan, count: width)
            for k in 0..<width {
                for s in kept {
                    let v = simulations[s][k]
                    if v.isNaN { continue }
                    if lo[k].isNaN || v < lo[k] { lo[k] = v }
                    if hi[k].isNaN || v > hi[k] { hi[k] = v }
                }
            }
            return (lo, hi)
        }
        var present = extremes(kept)
        var previous = present
        guard Double(kept.count) > target else {
            throw .tooFewSimulations(run: count, reason: "α·nsim < 1 leaves nothing to drop")
        }
        while Double(kept.count) > target {
            previous = present
            var drop = Set<Int>()
            for k in 0..<width {
                if let first = kept.first(where: { simulations[$0][k] == present.min[k] }) { drop.insert(first) }
                if let first = kept.first(where: { simulations[$0][k] == present.max[k] }) { drop.insert(first) }
            }
            kept.removeAll { drop.contains($0) }
            guard kept.count >= 2 else {
                throw .tooFewSimulations(run: count, reason: "the global envelope dropped all but \(kept.count)")
            }
            present = extremes(kept)
        }
        let shift = (target - Double(kept.count)) / Double(count)
        let lower = (0..<width).map { present.min[$0] + (previous.min[$0] - present.min[$0]) * shift }
        let upper = (0..<width).map { present.max[$0] + (previous.max[$0] - present.max[$0]) * shift }
        return (lower, upper)
    }
}
