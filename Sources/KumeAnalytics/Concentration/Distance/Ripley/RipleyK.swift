import Foundation
import KumeData

/// Edge corrections of Ripley's K, named as in spatstat's `Kest`.
public enum EdgeCorrection: String, Sendable, CaseIterable {
    /// No correction (spatstat `un`).
    case none
    /// The reduced-sample (border) estimator: only points at least r from the boundary are centres.
    case border
    /// Ohser–Stoyan translation weights |W| / |W ∩ (W + x_i − x_j)| (rectangles only).
    case translate
    /// Ripley's isotropic weights: 1 / the fraction of the circle through x_j around x_i inside W
    /// (rectangles only).
    case isotropic
}

/// Whether a pair at distance exactly r counts in K(r).
public enum DistanceCounting: Sendable {
    /// d ≤ r, as spatstat (and dbmss's M).
    case atMost
    /// d < r, as pointpats.
    case strictlyBelow
}

/// Ripley's K and Besag's L function, as spatstat's `Kest` and `Lest` compute them, and the cross K and L
/// of two types, as spatstat's `Kcross` and `Lcross` (dbmss's `Khat(X, r, ReferenceType, NeighborType)`).
///
/// none, translate and isotropic: K(r) = |W| / (n(n − 1)) · Σ_{i≠j, d_ij ≤ r} e_ij (spatstat's
/// `cumsum(wh)/lambda2area`); border: K(r) = Σ_i Σ_{j≠i} 1(d_ij ≤ r ≤ b_i) / (λ · #{i : b_i ≥ r}) with
/// λ = n/|W| and b_i the distance from x_i to the boundary. L(r) = √(K(r)/π), without subtracting r.
/// Across types I → J: the pairs are (i ∈ I, j ∈ J), normalised by n_I·n_J instead of n(n − 1), and
/// λ = n_J/|W| for border; border distances and isotropic weights are taken at the I point.
/// Pairs are found through a grid of cells of side max(r), so memory stays linear in n. The fast routes
/// are held to ``RipleyReference`` (the definition, every ordered pair visited) in the tests.
public enum RipleyK {
    /// K at each r.
    /// - Parameters:
    ///   - pattern: the points, in metres, all inside `window`.
    ///   - window: the observation window.
    ///   - rMetres: finite, non-negative, ascending distances, in metres.
    ///   - correction: the edge correction (translate and isotropic need a rectangle).
    ///   - counting: d ≤ r (default, spatstat) or d < r (pointpats).
    ///   - workers: how many child tasks may run at once (results do not depend on it).
    /// - Returns: K(r), in square metres.
    /// - Throws: `DistanceMeasureError` for fewer than 2 points, invalid r, a point outside the window,
    ///   or a correction the window does not support.
    public static func estimate(_ pattern: PlanarPattern, window: PatternWindow, rMetres: [Double],
                                correction: EdgeCorrection, counting: DistanceCounting = .atMost,
                                workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        try await estimate(centres: pattern, neighbours: nil, window: window, rMetres: rMetres,
                           correction: correction, counting: counting, workers: workers)
    }

    /// K of a marked pattern as dbmss's `Khat(X, r, ReferenceType, NeighborType)`: K of the reference
    /// type's points alone (spatstat `Kest` of that subset, in the same window) when `neighbourType` is
    /// nil or equal to the reference type, else the cross K from the reference to the neighbour type
    /// (spatstat `Kcross(X, i, j)`). Weights play no part (dbmss's and spatstat's K take none).
    /// - Parameters:
    ///   - pattern: the marked points, in metres, all inside `window`.
    ///   - referenceType: the type whose points are the centres.
    ///   - neighbourType: the type of the neighbours; nil for K of the reference type alone.
    ///   - window, rMetres, correction, counting, workers: as ``estimate(_:window:rMetres:correction:counting:workers:)``.
    /// - Returns: K(r), in square metres.
    /// - Throws: `DistanceMeasureError.unknownType` for a type not in the pattern, `.tooFewPoints` for
    ///   fewer than 2 reference points (univariate) or no point of one type (cross), and the errors of
    ///   the unmarked estimate.
    package static func estimate(_ pattern: MarkedPattern, referenceType: String, neighbourType: String? = nil,
                                window: PatternWindow, rMetres: [Double], correction: EdgeCorrection,
                                counting: DistanceCounting = .atMost,
                                workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        for i in 0..<pattern.count
        where !window.contains(xMetres: pattern.points.xMetres[i], yMetres: pattern.points.yMetres[i]) {
            throw .pointOutsideWindow(index: i, xMetres: pattern.points.xMetres[i], yMetres: pattern.points.yMetres[i])
        }
        let centres = pattern.points(ofCode: try pattern.code(of: referenceType))
        guard let neighbourType, neighbourType != referenceType else {
            return try await estimate(centres, window: window, rMetres: rMetres, correction: correction,
                                      counting: counting, workers: workers)
        }
        let neighbours = pattern.points(ofCode: try pattern.code(of: neighbourType))
        guard centres.count >= 1, neighbours.count >= 1 else {
            throw .tooFewPoints(needed: 1, found: min(centres.count, neighbours.count), what: "points of one of the two types")
        }
        return try await estimate(centres: centres, neighbours: neighbours, window: window, rMetres: rMetres,
                                  correction: correction, counting: counting, workers: workers)
    }

    /// Besag's L(r) = √(K(r)/π), in metres, without subtracting r (spatstat `Lest`).
    /// - Parameters: as `estimate`.
    /// - Throws: as `estimate`.
    public static func estimateL(_ pattern: PlanarPattern, window: PatternWindow, rMetres: [Double],
                                 correction: EdgeCorrection, counting: DistanceCounting = .atMost,
                                 workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        try await estimate(pattern, window: window, rMetres: rMetres, correction: correction,
                           counting: counting, workers: workers).map(lFromK)
    }

    /// L of a marked pattern, √(K/π) of ``estimate(_:referenceType:neighbourType:window:rMetres:correction:counting:workers:)``
    /// (spatstat `Lest` of the reference type, or `Lcross`).
    /// - Throws: as that estimate.
    package static func estimateL(_ pattern: MarkedPattern, referenceType: String, neighbourType: String? = nil,
                                 window: PatternWindow, rMetres: [Double], correction: EdgeCorrection,
                                 counting: DistanceCounting = .atMost,
                                 workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        try await estimate(pattern, referenceType: referenceType, neighbourType: neighbourType, window: window,
                           rMetres: rMetres, correction: correction, counting: counting, workers: workers).map(lFromK)
    }

    /// The distance a centre's border distance must reach for the centre to count at each r. Univariate:
    /// r itself (spatstat's exact `Kest` border engine). Across types spatstat's `Kmulti` forms the
    /// reduced-sample estimate from histograms on the r grid (`Kount`, bins [r_{k−1}, r_k)), so a centre
    /// counts at r_k when its border distance reaches r_{k−1} (and r_0 − (r_1 − r_0) before the first),
    /// in the numerator and in the denominator alike; kume follows it so that the values equal spatstat's.
    static func borderReach(_ r: [Double], cross: Bool) -> [Double] {
        guard cross else { return r }
        return r.indices.map { k in
            k > 0 ? r[k - 1] : (r.count > 1 ? r[0] - (r[1] - r[0]) : -Double.infinity)
        }
    }

    /// √(K/π), in metres.
    static func lFromK(_ k: Double) -> Double { (k / Double.pi).squareRoot() }

    /// K from the centres to the neighbours (the centres themselves when `neighbours` is nil).
    static func estimate(centres pattern: PlanarPattern, neighbours: PlanarPattern?, window: PatternWindow,
                         rMetres: [Double], correction: EdgeCorrection, counting: DistanceCounting, workers: Int)
        async throws(DistanceMeasureError) -> [Double] {
        try KdPairSelection.validate(rMetres)
        let n = pattern.count
        if neighbours == nil {
            guard n >= 2 else { throw .tooFewPoints(needed: 2, found: n, what: "points") }
        }
        var rectangle: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)?
        if case let .rectangle(xMin, xMax, yMin, yMax) = window.shape { rectangle = (xMin, xMax, yMin, yMax) }
        if correction == .translate || correction == .isotropic, rectangle == nil {
            throw .invalidParameter(name: "correction", value: correction.rawValue,
                                    expected: "none or border for a polygon window")
        }
        for points in [pattern, neighbours].compactMap({ $0 }) {
            for i in 0..<points.count where !window.contains(xMetres: points.xMetres[i], yMetres: points.yMetres[i]) {
                throw .pointOutsideWindow(index: i, xMetres: points.xMetres[i], yMetres: points.yMetres[i])
            }
        }
        let area = window.areaSquareMetres
        let boundary = (0..<n).map {
            window.distanceToBoundary(xMetres: pattern.xMetres[$0], yMetres: pattern.yMetres[$0])
        }
        var increments = [Double](repeating: 0, count: rMetres.count + 1)
        func add(_ partials: [[Double]]) {
            for partial in partials {
                for k in increments.indices { increments[k] += partial[k] }
            }
        }
        if neighbours == nil, correction == .none || correction == .translate {
            let pairs = RipleyUnorderedPairs(
                pattern: pattern, r: rMetres, counting: counting,
                translate: correction == .translate ? rectangle.map { ($0.xMax - $0.xMin, $0.yMax - $0.yMin, area) } : nil)
            let cellCount = pairs.grid.columns * pairs.grid.rows
            let blockCount = min(cellCount, 64)
            add(await ParallelJobs.map(count: blockCount, workers: workers) { b in
                pairs.run(cells: (b * cellCount / blockCount)..<((b + 1) * cellCount / blockCount))
            })
        } else {
            let grid = NeighbourGrid(neighbours ?? pattern, cellSideMetres: rMetres.last ?? 0)
            let job = RipleyPairJob(pattern: pattern, neighbours: neighbours, grid: grid, r: rMetres,
                                    correction: correction, counting: counting,
                                    rectangle: rectangle.map { [$0.xMin, $0.xMax, $0.yMin, $0.yMax] },
                                    boundary: boundary)
            let blockCount = max(1, min(n, 64))
            add(await ParallelJobs.map(count: blockCount, workers: workers) { b in
                job.run(points: (b * n / blockCount)..<((b + 1) * n / blockCount))
            })
        }
        var cumulative = [Double](repeating: 0, count: rMetres.count)
        var running = 0.0
        for k in rMetres.indices {
            running += increments[k]
            cumulative[k] = running
        }
        // Ordered pairs: n(n − 1) within one set, n_I·n_J across two.
        let pairCount = Double(n) * Double(neighbours?.count ?? (n - 1))
        switch correction {
        case .none, .translate, .isotropic:
            let scale = area / pairCount
            return cumulative.map { $0 * scale }
        case .border:
            let intensity = Double(neighbours?.count ?? n) / area
            let sortedBoundary = boundary.sorted()
            let reach = borderReach(rMetres, cross: neighbours != nil)
            return rMetres.indices.map { k in
                // #{i : b_i ≥ r} (the previous r across types)
                let r = reach[k]
                var lo = 0, hi = sortedBoundary.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if sortedBoundary[mid] < r { lo = mid + 1 } else { hi = mid }
                }
                let centres = Double(sortedBoundary.count - lo)
                return centres > 0 ? cumulative[k] / (intensity * centres) : .nan
            }
        }
    }
}

/// Which r a pair distance first counts for in Ripley's K.
enum RadiusIndex {
    /// 1/r_1, the guess's scale for evenly spaced r; 0 when r has no positive second value.
    static func inverseSpacing(_ r: [Double]) -> Double {
        r.count > 1 && r[1] > 0 ? 1 / r[1] : 0
    }

    /// The first index k with d ≤ r_k (or d < r_k); r.count when none. Starts from the index an even
    /// spacing r_k = k·r_1 would give, then steps to the exact answer, so uneven r stay correct.
    @inline(__always)
    static func first(_ d: Double, in r: UnsafeBufferPointer<Double>, inverseSpacing: Double,
                      counting: DistanceCounting) -> Int {
        let n = r.count
        let guess = (d * inverseSpacing).rounded(.up)
        var k = guess < Double(n) ? max(0, Int(guess)) : n
        if counting == .atMost {
            while k < n, r[k] < d { k += 1 }
            while k > 0, r[k - 1] >= d { k -= 1 }
        } else {
            while k < n, r[k] <= d { k += 1 }
            while k > 0, r[k - 1] > d { k -= 1 }
        }
        return k
    }
}
