import Foundation

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

/// Ripley's K and Besag's L function, as spatstat's `Kest` and `Lest` compute them.
///
/// none, translate and isotropic: K(r) = |W| / (n(n − 1)) · Σ_{i≠j, d_ij ≤ r} e_ij (spatstat's
/// `cumsum(wh)/lambda2area`); border: K(r) = Σ_i Σ_{j≠i} 1(d_ij ≤ r ≤ b_i) / (λ · #{i : b_i ≥ r}) with
/// λ = n/|W| and b_i the distance from x_i to the boundary. L(r) = √(K(r)/π), without subtracting r.
/// Pairs are found through a grid of cells of side max(r), so memory stays linear in n.
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
        try KdPairSelection.validate(rMetres)
        let n = pattern.count
        guard n >= 2 else { throw .tooFewPoints(needed: 2, found: n, what: "points") }
        var rectangle: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)?
        if case let .rectangle(xMin, xMax, yMin, yMax) = window.shape { rectangle = (xMin, xMax, yMin, yMax) }
        if correction == .translate || correction == .isotropic, rectangle == nil {
            throw .invalidParameter(name: "correction", value: correction.rawValue,
                                    expected: "none or border for a polygon window")
        }
        for i in 0..<n where !window.contains(xMetres: pattern.xMetres[i], yMetres: pattern.yMetres[i]) {
            throw .pointOutsideWindow(index: i, xMetres: pattern.xMetres[i], yMetres: pattern.yMetres[i])
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
        if correction == .none || correction == .translate {
            let pairs = RipleyUnorderedPairs(
                pattern: pattern, r: rMetres, counting: counting,
                translate: correction == .translate ? rectangle.map { ($0.xMax - $0.xMin, $0.yMax - $0.yMin, area) } : nil)
            let cellCount = pairs.grid.columns * pairs.grid.rows
            let blockCount = min(cellCount, 64)
            add(await ParallelBlocks.run(count: blockCount, workers: workers) { b in
                pairs.run(cells: (b * cellCount / blockCount)..<((b + 1) * cellCount / blockCount))
            })
        } else {
            let grid = NeighbourGrid(pattern, cellSideMetres: rMetres.last ?? 0)
            let job = RipleyPairJob(pattern: pattern, grid: grid, r: rMetres, correction: correction,
                                    counting: counting, rectangle: rectangle.map { [$0.xMin, $0.xMax, $0.yMin, $0.yMax] },
                                    boundary: boundary)
            let blockCount = min(n, 64)
            add(await ParallelBlocks.run(count: blockCount, workers: workers) { b in
                job.run(points: (b * n / blockCount)..<((b + 1) * n / blockCount))
            })
        }
        var cumulative = [Double](repeating: 0, count: rMetres.count)
        var running = 0.0
        for k in rMetres.indices {
            running += increments[k]
            cumulative[k] = running
        }
        switch correction {
        case .none, .translate, .isotropic:
            let scale = area / (Double(n) * Double(n - 1))
            return cumulative.map { $0 * scale }
        case .border:
            let intensity = Double(n) / area
            let sortedBoundary = boundary.sorted()
            return rMetres.indices.map { k in
                // #{i : b_i ≥ r}
                let r = rMetres[k]
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

    /// Besag's L(r) = √(K(r)/π), in metres, without subtracting r (spatstat `Lest`).
    /// - Parameters: as `estimate`.
    /// - Throws: as `estimate`.
    public static func estimateL(_ pattern: PlanarPattern, window: PatternWindow, rMetres: [Double],
                                 correction: EdgeCorrection, counting: DistanceCounting = .atMost,
                                 workers: Int = ProcessInfo.processInfo.activeProcessorCount)
        async throws(DistanceMeasureError) -> [Double] {
        try await estimate(pattern, window: window, rMetres: rMetres, correction: correction,
                           counting: counting, workers: workers).map { ($0 / Double.pi).squareRoot() }
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
