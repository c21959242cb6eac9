import Foundation

/// How the Gaussian kernel sums of Kd are computed.
public enum KdKernelMethod: String, Sendable, CaseIterable {
    /// Exact sums when pairs × distances ≤ `DurantonOvermanKd.exactWorkLimit`, binned otherwise.
    case automatic
    /// One exponential per pair and per r: exact to rounding, costly for many pairs.
    case exact
    /// Linear binning on a grid of 10⁻³·bandwidth and a tabulated, truncated kernel (relative error
    /// below 10⁻⁶ of the exact sum).
    case binned
}

/// The inputs of one Kd curve besides the pattern.
public struct KdParameters: Sendable, Equatable {
    /// The distances r at which Kd is evaluated, in metres (finite, non-negative, ascending).
    public var rMetres: [Double]
    /// The reference type (mark).
    public var referenceType: String
    /// The neighbour type for a bivariate Kd; nil (or the reference type) for univariate.
    public var neighbourType: String?
    /// Weight each pair by w_i·w_j (dbmss `Weighted = TRUE`, Behrens' "Kemp"); the bandwidth stays the
    /// unweighted one, as in dbmss.
    public var weighted: Bool
    /// A factor on Silverman's bandwidth (dbmss `Adjust`).
    public var adjust: Double
    /// The rmax whose 2·rmax bounds the distances used for the bandwidth, in metres; nil for max(r).
    /// dbmss uses max(r), or the window's diameter/3 when r is not given.
    public var bandwidthRangeMetres: Double?
    /// How the kernel sums are computed.
    public var method: KdKernelMethod

    /// Creates the parameters; see the properties for their meaning and units.
    public init(rMetres: [Double], referenceType: String, neighbourType: String? = nil, weighted: Bool = false,
                adjust: Double = 1, bandwidthRangeMetres: Double? = nil, method: KdKernelMethod = .automatic) {
        self.rMetres = rMetres
        self.referenceType = referenceType
        self.neighbourType = neighbourType
        self.weighted = weighted
        self.adjust = adjust
        self.bandwidthRangeMetres = bandwidthRangeMetres
        self.method = method
    }
}

/// A Kd curve: the density of pair distances at each r.
public struct KdCurve: Sendable, Hashable {
    /// The distances, in metres.
    public var rMetres: [Double]
    /// Kd(r), a probability density per metre (it integrates to 1 over [0, ∞)).
    public var values: [Double]
    /// The kernel bandwidth used, in metres.
    public var bandwidthMetres: Double
    /// The number of pairs.
    public var pairCount: Int
    /// Whether the kernel sums were exact or binned.
    public var method: KdKernelMethod

    /// Creates a curve; see the properties for the meaning and units.
    public init(rMetres: [Double], values: [Double], bandwidthMetres: Double, pairCount: Int, method: KdKernelMethod) {
        self.rMetres = rMetres
        self.values = values
        self.bandwidthMetres = bandwidthMetres
        self.pairCount = pairCount
        self.method = method
    }
}

/// Duranton and Overman's Kd (2005), defined as dbmss `Kdhat` (exact distances, `Original = TRUE`):
/// a Gaussian kernel density of all pair distances (i < j among reference points, or reference ×
/// neighbour), bandwidth `bw.nrd0` of the distances ≤ 2·rmax times `adjust`, distances ≤ 4·bw
/// reflected at zero, renormalised by the mass above zero. Unlike dbmss (R's binned, FFT-based
/// `density`, then interpolation), the sums here are exact Gaussian sums, or binned finely enough to
/// stay within 10⁻⁶ of them; and the mass above zero is Σ w·Φ(d/bw) + Σ_reflected w·Φ(−d/bw), exact
/// through the normal distribution function rather than integrated numerically.
public enum DurantonOvermanKd {
    /// Distances up to this many bandwidths are also counted reflected at zero (dbmss).
    static let reflectionReach = 4.0
    /// The binned kernel sums truncate the Gaussian at this many bandwidths (1.3·10⁻¹⁴ of its peak).
    static let kernelReach = 8.0

    /// Exact sums are used automatically up to this many pair × r evaluations.
    public static let exactWorkLimit = 2_000_000

    /// dbmss's default distances when r is not given: 512 values from 0 to the window's diameter/3.
    /// - Parameter windowDiameterMetres: the diameter of the observation window, in metres.
    public static func defaultDistances(windowDiameterMetres: Double) -> [Double] {
        let rmax = windowDiameterMetres / 3
        return (0..<512).map { rmax * Double($0) / 511 }
    }

    /// Computes Kd for a pattern.
    /// - Parameters:
    ///   - pattern: the marked, optionally weighted points, in metres.
    ///   - parameters: distances, types, weighting, bandwidth adjustment and method.
    ///   - workers: how many child tasks may run at once (results do not depend on it).
    /// - Returns: the curve, with the bandwidth used.
    /// - Throws: `DistanceMeasureError` for an unknown type, too few points or pairs, or invalid r.
    package static func estimate(_ pattern: MarkedPattern, parameters: KdParameters,
                                workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> KdCurve {
        let selection = try KdPairSelection(pattern, parameters: parameters)
        let points = selection.pairPoints(labels: nil)
        let feed = StreamedPairFeed(points: points, weighted: parameters.weighted, workers: workers)
        return try await curve(feed: feed, pairCount: points.pairCount, parameters: parameters)
    }

    /// The rmax whose 2·rmax bounds the bandwidth's distances.
    static func bandwidthLimit(_ parameters: KdParameters) -> Double {
        2 * (parameters.bandwidthRangeMetres ?? (parameters.rMetres.last ?? 0))
    }

    /// The Kd computation over any source of pair distances.
    static func curve(feed: some PairFeed, pairCount: Int, parameters: KdParameters)
        async throws(DistanceMeasureError) -> KdCurve {
        let r = parameters.rMetres
        let limit = bandwidthLimit(parameters)
        let summary: DistanceSummaryPass
        if let ready = feed.precomputedSummary(limitMetres: limit) {
            summary = ready
        } else {
            summary = await feed.accumulate(DistanceSummaryPass(limitMetres: limit))
        }
        let n = summary.count
        guard n >= 2 else {
            throw .tooFewPoints(needed: 2, found: n, what: "pair distances within 2·rmax")
        }
        let mean = summary.sum / Double(n)
        let q1 = RStatistics.type7Ranks(count: n, probability: 0.25)
        let q3 = RStatistics.type7Ranks(count: n, probability: 0.75)
        let ranks = [q1.lo, q1.hi, q3.lo, q3.hi]
        let located = summary.locate(ranks: ranks)
        let spread = await feed.accumulate(DistanceSpreadPass(
            limit: limit, binCount: summary.binCount, mean: mean, wantedBins: Set(located.map(\.bin))))
        let sortedBins = spread.gathered.mapValues { $0.sorted() }
        let orderStatistics = located.map { sortedBins[$0.bin]?[$0.offset] ?? .nan }
        func quartile(_ lo: Double, _ hi: Double, _ fraction: Double) -> Double {
            (fraction == 0 || hi == lo) ? lo : (1 - fraction) * lo + fraction * hi
        }
        let iqr = quartile(orderStatistics[2], orderStatistics[3], q3.fraction)
            - quartile(orderStatistics[0], orderStatistics[1], q1.fraction)
        let sd = (spread.squaredDeviations / Double(n - 1)).squareRoot()
        let bandwidth = RStatistics.silvermanBandwidth(
            count: n, mean: mean, standardDeviation: sd, interquartileRange: iqr) * parameters.adjust
        guard bandwidth > 0, bandwidth.isFinite else {
            throw .invalidParameter(name: "bandwidth", value: "\(bandwidth)", expected: "a positive bandwidth")
        }
        let useExact: Bool
        switch parameters.method {
        case .exact: useExact = true
        case .binned: useExact = false
        case .automatic: useExact = pairCount.multipliedReportingOverflow(by: r.count).partialValue <= exactWorkLimit
        }
        if useExact {
            let pass = await feed.accumulate(ExactKernelPass(rMetres: r, bandwidthMetres: bandwidth))
            return KdCurve(rMetres: r, values: pass.values, bandwidthMetres: bandwidth,
                           pairCount: pairCount, method: .exact)
        }
        let maxR = r.last ?? 0
        // Keep the grid under 2²² cells: a coarser grid only when r reaches thousands of bandwidths.
        let target = max(1e-3, (maxR / bandwidth) / 4_000_000)
        let fraction = BinnedKernelPass.alignedBinFraction(rMetres: r, bandwidthMetres: bandwidth, target: target)
            ?? target
        let pass = await feed.accumulate(
            BinnedKernelPass(maxRMetres: maxR, bandwidthMetres: bandwidth, binFraction: fraction))
        return KdCurve(rMetres: r, values: pass.values(at: r), bandwidthMetres: bandwidth,
                       pairCount: pairCount, method: .binned)
    }
}
