import Foundation

/// Small statistics that must agree with R to the last bits, written here because no available Swift
/// package provides R's quantile type 7, `bw.nrd0` or the normal density and distribution.
enum RStatistics {
    /// 1/sqrt(2π).
    static let inverseSqrtTwoPi = 0.398_942_280_401_432_677_94

    /// The standard normal density φ(u).
    @inline(__always)
    static func normalDensity(_ u: Double) -> Double {
        inverseSqrtTwoPi * exp(-0.5 * u * u)
    }

    /// The standard normal distribution function Φ(u), through `erfc` for accuracy in both tails.
    @inline(__always)
    static func normalDistribution(_ u: Double) -> Double {
        0.5 * erfc(-u / 2.0.squareRoot())
    }

    /// R's `quantile(x, p, type = 7)` of values already sorted ascending:
    /// with h = (n − 1)p, lo = ⌊h⌋, hi = ⌈h⌉, the value (1 − (h − lo))·x[lo] + (h − lo)·x[hi].
    static func quantileType7(sorted: [Double], probability p: Double) -> Double {
        precondition(!sorted.isEmpty)
        let position = Double(sorted.count - 1) * p
        let lo = Int(position.rounded(.down))
        let hi = Int(position.rounded(.up))
        let fraction = position - Double(lo)
        let low = sorted[lo]
        if fraction == 0 || sorted[hi] == low { return low }
        return (1 - fraction) * low + fraction * sorted[hi]
    }

    /// The 0-based ranks whose order statistics `quantileType7` reads for probability p.
    static func type7Ranks(count: Int, probability p: Double) -> (lo: Int, hi: Int, fraction: Double) {
        let position = Double(count - 1) * p
        let lo = Int(position.rounded(.down))
        return (lo, Int(position.rounded(.up)), position - Double(lo))
    }

    /// R's `bw.nrd0`: 0.9 · min(sd, IQR/1.34) · n^(−1/5), with R's fall-backs when that minimum is 0
    /// (the sd; then |x[1]|, which equals the mean when the sd is 0; then 1).
    static func silvermanBandwidth(count: Int, mean: Double, standardDeviation sd: Double,
                                   interquartileRange iqr: Double) -> Double {
        var lo = min(sd, iqr / 1.34)
        if lo == 0 { lo = sd > 0 ? sd : (mean != 0 ? abs(mean) : 1) }
        return 0.9 * lo * pow(Double(count), -0.2)
    }
}
