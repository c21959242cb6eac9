import Foundation

/// Duranton and Overman's Kd by its definition, as ``DurantonOvermanKd`` states it: every pair listed, the
/// bandwidth from the sorted distances, one exponential per pair and per r. The tests hold the fast routes
/// (the streamed two-pass bandwidth, the exact and the binned kernel passes, the simulation passes) to it; it
/// is kept short so that it can be read against the formula.
///
/// Pairs: i < j among the reference points (univariate), or every reference × neighbour point (bivariate),
/// with weight w_i·w_j when weighted, else 1. Bandwidth: R's `bw.nrd0` of the unweighted distances
/// d ≤ 2·rmax, times `adjust`. Kd(r) = Σ w·[φ((r − d)/h) + 1(d ≤ 4h)·φ((r + d)/h)] / (h·Z), with
/// Z = Σ w·[Φ(d/h) + 1(d ≤ 4h)·Φ(−d/h)], the mass above zero.
enum KdReference {
    /// Kd at each r of `parameters`, and the bandwidth.
    static func curve(_ pattern: MarkedPattern, parameters: KdParameters) throws -> (values: [Double], bandwidth: Double) {
        let reference = try pattern.code(of: parameters.referenceType)
        let neighbour = try parameters.neighbourType.flatMap { $0 == parameters.referenceType ? nil : $0 }
            .map { try pattern.code(of: $0) }
        let x = pattern.points.xMetres, y = pattern.points.yMetres, codes = pattern.typeCodes
        var pairs: [(distance: Double, weight: Double)] = []
        for i in codes.indices where codes[i] == reference {
            for j in codes.indices where neighbour.map({ codes[j] == $0 }) ?? (codes[j] == reference && j > i) {
                let d = ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])).squareRoot()
                pairs.append((d, parameters.weighted ? pattern.weights[i] * pattern.weights[j] : 1))
            }
        }
        let limit = 2 * (parameters.bandwidthRangeMetres ?? parameters.rMetres.last ?? 0)
        let used = pairs.map(\.distance).filter { $0 <= limit }.sorted()
        let mean = used.reduce(0, +) / Double(used.count)
        let sd = (used.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(used.count - 1)).squareRoot()
        let iqr = RStatistics.quantileType7(sorted: used, probability: 0.75)
            - RStatistics.quantileType7(sorted: used, probability: 0.25)
        let h = RStatistics.silvermanBandwidth(count: used.count, mean: mean, standardDeviation: sd,
                                               interquartileRange: iqr) * parameters.adjust
        let mass = pairs.reduce(0.0) { total, pair in
            let reflected = pair.distance <= DurantonOvermanKd.reflectionReach * h
            return total + pair.weight * (RStatistics.normalDistribution(pair.distance / h)
                + (reflected ? RStatistics.normalDistribution(-pair.distance / h) : 0))
        }
        let values = parameters.rMetres.map { r in
            pairs.reduce(0.0) { total, pair in
                let reflected = pair.distance <= DurantonOvermanKd.reflectionReach * h
                return total + pair.weight * (RStatistics.normalDensity((r - pair.distance) / h)
                    + (reflected ? RStatistics.normalDensity((r + pair.distance) / h) : 0))
            } / (h * mass)
        }
        return (values, h)
    }
}
