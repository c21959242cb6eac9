import Foundation
import KumeData

/// Marcon and Puech's M function (2010), as dbmss's `Mhat`.
///
/// For each reference point i and distance r, the local ratio is the weight of the neighbour-type points
/// j ≠ i within r (d² ≤ r², as dbmss compares) over the weight of all points j ≠ i within r; the global ratio is
/// (W_reference − w_i)/(W_all − w_i) for univariate M, W_neighbour/(W_all − w_i) for bivariate M.
/// M(r) = Σ_i local_i(r) / Σ_i global_i over the reference points with at least one point within r;
/// NaN when there is none (dbmss writes NA).
public enum MarconPuechM {
    /// M at each r.
    /// - Parameters:
    ///   - pattern: the marked, weighted points, in metres (unit weights for an unweighted M).
    ///   - rMetres: finite, non-negative, ascending distances, in metres.
    ///   - referenceType: the reference type.
    ///   - neighbourType: the neighbour type; nil (or the reference type) for univariate M.
    ///   - workers: how many child tasks may run at once (results do not depend on it).
    /// - Throws: `DistanceMeasureError` for an unknown type, no reference point, or invalid r.
    package static func estimate(_ pattern: MarkedPattern, rMetres: [Double], referenceType: String,
                                neighbourType: String? = nil,
                                workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        try KdPairSelection.validate(rMetres)
        let reference = try pattern.code(of: referenceType)
        let neighbour = try neighbourType.map { name throws(DistanceMeasureError) in try pattern.code(of: name) }
            ?? reference
        let centres = pattern.typeCodes.indices.filter { pattern.typeCodes[$0] == reference }
        guard !centres.isEmpty else { throw .tooFewPoints(needed: 1, found: 0, what: "reference points") }
        let weights = pattern.weights
        let totalWeight = weights.reduce(0, +)
        let neighbourWeight = pattern.typeCodes.indices.reduce(0.0) {
            $0 + (pattern.typeCodes[$1] == neighbour ? weights[$1] : 0)
        }
        let grid = NeighbourGrid(pattern.points, cellSideMetres: rMetres.last ?? 0)
        let job = MPairJob(pattern: pattern, grid: grid, r: rMetres, neighbour: neighbour,
                           totalWeight: totalWeight, neighbourWeight: neighbourWeight)
        let blockCount = min(centres.count, 64)
        let partials = await ParallelJobs.map(count: blockCount, workers: workers) { b in
            job.run(centres: Array(centres[(b * centres.count / blockCount)..<((b + 1) * centres.count / blockCount)]))
        }
        var local = [Double](repeating: 0, count: rMetres.count)
        var global = [Double](repeating: 0, count: rMetres.count)
        for partial in partials {
            for k in rMetres.indices {
                local[k] += partial.local[k]
                global[k] += partial.global[k]
            }
        }
        return rMetres.indices.map { local[$0] / global[$0] }
    }
}

/// The neighbourhood sums of M for a block of reference points.
struct MPairJob: Sendable {
    let pattern: MarkedPattern
    let grid: NeighbourGrid
    let r: [Double]
    let neighbour: Int32
    let totalWeight: Double
    let neighbourWeight: Double

    func run(centres: [Int]) -> (local: [Double], global: [Double]) {
        let nr = r.count
        var local = [Double](repeating: 0, count: nr)
        var global = [Double](repeating: 0, count: nr)
        guard let rmax = r.last else { return (local, global) }
        // dbmss compares squared distances with squared radii (CountNbd.cpp); a pair whose distance
        // equals r after the square root may lie just beyond it squared, so do the same.
        let r2 = r.map { $0 * $0 }
        let rmax2 = rmax * rmax
        let xs = pattern.points.xMetres, ys = pattern.points.yMetres
        let codes = pattern.typeCodes, weights = pattern.weights
        var ofInterest = [Double](repeating: 0, count: nr + 1)
        var all = [Double](repeating: 0, count: nr + 1)
        for i in centres {
            for k in 0...nr { ofInterest[k] = 0; all[k] = 0 }
            let xi = xs[i], yi = ys[i]
            grid.forEachCandidate(near: i) { j in
                if j == i { return }
                let dx = xs[j] - xi, dy = ys[j] - yi
                let d2 = dx * dx + dy * dy
                if d2 > rmax2 { return }
                var lo = 0, hi = nr
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if r2[mid] < d2 { lo = mid + 1 } else { hi = mid }
                }
                all[lo] += weights[j]
                if codes[j] == neighbour { ofInterest[lo] += weights[j] }
            }
            let wi = weights[i]
            let globalRatio = codes[i] == neighbour
                ? (neighbourWeight - wi) / (totalWeight - wi)
                : neighbourWeight / (totalWeight - wi)
            var sumInterest = 0.0, sumAll = 0.0
            for k in 0..<nr {
                sumInterest += ofInterest[k]
                sumAll += all[k]
                let ratio = sumInterest / sumAll
                if ratio.isFinite {
                    local[k] += ratio
                    global[k] += globalRatio
                }
            }
        }
        return (local, global)
    }
}
