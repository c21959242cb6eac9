import Foundation

/// First pass over the distances d ≤ limit: their number, their sum and a histogram of them, from
/// which the bins holding the quartiles' order statistics are found.
struct DistanceSummaryPass: PairAccumulator {
    let limit: Double
    let binCount: Int
    var count = 0
    var sum = 0.0
    var histogram: [Int]

    init(limitMetres: Double, binCount: Int = 16_384) {
        self.limit = limitMetres
        self.binCount = binCount
        histogram = [Int](repeating: 0, count: binCount)
    }

    /// The bin of a distance d ≤ limit; both passes must use this same arithmetic.
    @inline(__always)
    static func bin(_ d: Double, limit: Double, binCount: Int) -> Int {
        guard limit > 0 else { return 0 }
        return min(Int(d * (Double(binCount) / limit)), binCount - 1)
    }

    mutating func add(distances: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?) {
        var s = 0.0
        var c = 0
        let limit = limit, last = binCount - 1
        let scale = limit > 0 ? Double(binCount) / limit : 0
        histogram.withUnsafeMutableBufferPointer { h in
            for d in distances where d <= limit {
                s += d
                c += 1
                h[min(Int(d * scale), last)] += 1 // = bin(d, limit:, binCount:)
            }
        }
        sum += s
        count += c
    }

    mutating func merge(_ other: DistanceSummaryPass) {
        count += other.count
        sum += other.sum
        for k in 0..<binCount { histogram[k] += other.histogram[k] }
    }

    /// For each 0-based rank, the histogram bin that holds it and the rank's position within the bin.
    func locate(ranks: [Int]) -> [(bin: Int, offset: Int)] {
        ranks.map { rank in
            var before = 0
            for k in 0..<binCount {
                if rank < before + histogram[k] { return (k, rank - before) }
                before += histogram[k]
            }
            return (binCount - 1, max(0, rank - (before - histogram[binCount - 1])))
        }
    }
}

/// Second pass: the sum of squared deviations from the mean (R's two-pass variance), and every
/// distance that falls in one of the bins that hold a quartile's order statistics.
struct DistanceSpreadPass: PairAccumulator {
    let limit: Double
    let binCount: Int
    let mean: Double
    /// `isWanted[b]` tells whether bin b holds a wanted order statistic (an array: a set lookup per
    /// distance would cost more than the rest of the pass).
    let isWanted: [Bool]
    var squaredDeviations = 0.0
    var gathered: [Int: [Double]] = [:]

    init(limit: Double, binCount: Int, mean: Double, wantedBins: Set<Int>) {
        self.limit = limit
        self.binCount = binCount
        self.mean = mean
        var wanted = [Bool](repeating: false, count: binCount)
        for b in wantedBins { wanted[b] = true }
        isWanted = wanted
    }

    mutating func add(distances: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?) {
        var s = 0.0
        let limit = limit, mean = mean, last = binCount - 1
        let scale = limit > 0 ? Double(binCount) / limit : 0
        isWanted.withUnsafeBufferPointer { wanted in
            for d in distances where d <= limit {
                let e = d - mean
                s += e * e
                let b = min(Int(d * scale), last) // = DistanceSummaryPass.bin(d, limit:, binCount:)
                if wanted[b] { gathered[b, default: []].append(d) }
            }
        }
        squaredDeviations += s
    }

    mutating func merge(_ other: DistanceSpreadPass) {
        squaredDeviations += other.squaredDeviations
        for (b, values) in other.gathered { gathered[b, default: []].append(contentsOf: values) }
    }
}

/// The exact kernel sums: for every r, Σ w·φ((r − d)/bw) over the distances and their reflections
/// −d for d ≤ 4·bw, and the mass above zero Z = Σ w·Φ(d/bw) + Σ_reflected w·Φ(−d/bw), computed with
/// the normal distribution function (no numerical integration).
struct ExactKernelPass: PairAccumulator {
    let rMetres: [Double]
    let bandwidth: Double
    var sums: [Double]
    var mass = 0.0

    init(rMetres: [Double], bandwidthMetres: Double) {
        self.rMetres = rMetres
        self.bandwidth = bandwidthMetres
        sums = [Double](repeating: 0, count: rMetres.count)
    }

    mutating func add(distances: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?) {
        let inverse = 1 / bandwidth
        let reflectBelow = DurantonOvermanKd.reflectionReach * bandwidth
        var m = 0.0
        rMetres.withUnsafeBufferPointer { r in
            sums.withUnsafeMutableBufferPointer { s in
                for (k, d) in distances.enumerated() {
                    let w = weights?[k] ?? 1
                    m += w * RStatistics.normalDistribution(d * inverse)
                    let reflected = d <= reflectBelow
                    if reflected { m += w * RStatistics.normalDistribution(-d * inverse) }
                    for j in 0..<r.count {
                        let u = (r[j] - d) * inverse
                        var v = exp(-0.5 * u * u)
                        if reflected {
                            let u2 = (r[j] + d) * inverse
                            v += exp(-0.5 * u2 * u2)
                        }
                        s[j] += w * v
                    }
                }
            }
        }
        mass += m
    }

    mutating func merge(_ other: ExactKernelPass) {
        for j in sums.indices { sums[j] += other.sums[j] }
        mass += other.mass
    }

    /// Kd(r) = Σ w·φ / (bw · Z).
    var values: [Double] {
        let scale = RStatistics.inverseSqrtTwoPi / (bandwidth * mass)
        return sums.map { $0 * scale }
    }
}
