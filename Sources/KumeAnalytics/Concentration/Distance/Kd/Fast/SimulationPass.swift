/// One simulation's single pass over its pair distances under a ``SimulationPlan``: the count, sum and
/// squared deviations of the distances within 2·rmax, the distances near the planned quartiles, and
/// the kernel grid, all folded while each row of distances is still in registers and cache.
///
/// A pass is reset and reused from one simulation to the next, so its buffers are allocated once.
struct SimulationPass: PairAccumulator {
    /// The running sums of the pass.
    struct Totals {
        /// Distances within the limit.
        var count = 0
        var sum = 0.0
        /// Σ (d − shift)² over the distances within the limit.
        var squares = 0.0
        /// How many distances within the limit lie below each quartile window.
        var belowFirst = 0
        var belowThird = 0
        /// Set when a buffer filled up: the simulation then takes the general route.
        var overflowed = false
    }

    /// Values kept aside in a buffer of fixed capacity (growing it inside the loop would cost more than
    /// the rest of the pass).
    struct Kept {
        var values: [Double]
        var weights: [Double]
        var count = 0

        init(capacity: Int, weighted: Bool) {
            values = [Double](repeating: 0, count: capacity)
            weights = [Double](repeating: 0, count: weighted ? capacity : 0)
        }
    }

    let plan: SimulationPlan
    var totals = Totals()
    var grid: MomentGrid
    var firstWindow: Kept
    var thirdWindow: Kept
    /// Distances between 4 of the smallest and 4 of the largest accepted bandwidths, with their weights:
    /// reflected or not once the bandwidth is known.
    var aside: Kept

    init(plan: SimulationPlan, weighted: Bool) {
        self.plan = plan
        grid = plan.emptyGrid()
        firstWindow = Kept(capacity: plan.windowCapacity, weighted: false)
        thirdWindow = Kept(capacity: plan.windowCapacity, weighted: false)
        aside = Kept(capacity: plan.asideCapacity, weighted: weighted)
    }

    /// Empties the pass for the next simulation, keeping its buffers.
    mutating func reset() {
        totals = Totals()
        grid.clear()
        firstWindow.count = 0
        thirdWindow.count = 0
        aside.count = 0
    }

    mutating func add(distances: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?) {
        guard let d = distances.baseAddress, !totals.overflowed else { return }
        let plan = plan, step = grid.step
        grid.cells.withUnsafeMutableBufferPointer { cells in
            grid.reflected.withUnsafeMutableBufferPointer { reflected in
                firstWindow.values.withUnsafeMutableBufferPointer { first in
                    thirdWindow.values.withUnsafeMutableBufferPointer { third in
                        aside.values.withUnsafeMutableBufferPointer { asideValues in
                            aside.weights.withUnsafeMutableBufferPointer { asideWeights in
                                SimulationPass.fold(
                                    d, weights?.baseAddress, distances.count, plan, step,
                                    cells, reflected, first, &firstWindow.count, third, &thirdWindow.count,
                                    asideValues, asideWeights, &aside.count, &totals)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The three loops over one row of distances, on raw buffers and local sums so that they stay in
    /// registers. Three simple loops beat one fused loop: the first runs four lanes at a time, and none
    /// has a branch that a distance near a quartile or the grid's end would mispredict.
    @inline(never)
    private static func fold(_ d: UnsafePointer<Double>, _ w: UnsafePointer<Double>?, _ n: Int,
                             _ plan: SimulationPlan, _ step: Double,
                             _ cellsBuffer: UnsafeMutableBufferPointer<SIMD4<Double>>,
                             _ reflectedBuffer: UnsafeMutableBufferPointer<SIMD4<Double>>,
                             _ first: UnsafeMutableBufferPointer<Double>, _ firstCount: inout Int,
                             _ third: UnsafeMutableBufferPointer<Double>, _ thirdCount: inout Int,
                             _ asideValues: UnsafeMutableBufferPointer<Double>,
                             _ asideWeights: UnsafeMutableBufferPointer<Double>, _ asideCount: inout Int,
                             _ totals: inout Totals) {
        guard let cells = cellsBuffer.baseAddress, let reflected = reflectedBuffer.baseAddress,
              let firstBase = first.baseAddress, let thirdBase = third.baseAddress, first.count > 0, third.count > 0
        else { return }
        let firstLow = plan.firstQuartileWindow.lowerBound, firstHigh = plan.firstQuartileWindow.upperBound
        let thirdLow = plan.thirdQuartileWindow.lowerBound, thirdHigh = plan.thirdQuartileWindow.upperBound

        // 1. Count, sum and squared deviations of the distances within the limit, and how many lie
        //    below each window.
        let limit = SIMD4(repeating: plan.limitMetres), shift = SIMD4(repeating: plan.shiftMetres)
        let low1 = SIMD4(repeating: firstLow), low3 = SIMD4(repeating: thirdLow)
        var c = SIMD4<Int64>(), below1 = SIMD4<Int64>(), below3 = SIMD4<Int64>()
        var s = SIMD4<Double>(), q = SIMD4<Double>()
        let raw = UnsafeRawPointer(d)
        var index = 0
        while index + 4 <= n {
            let v = raw.loadUnaligned(fromByteOffset: index * 8, as: SIMD4<Double>.self)
            let inside = v .<= limit
            c &+= SIMD4<Int64>(repeating: 0).replacing(with: 1, where: inside)
            s += SIMD4<Double>(repeating: 0).replacing(with: v, where: inside)
            let e = SIMD4<Double>(repeating: 0).replacing(with: v - shift, where: inside)
            q += e * e
            below1 &+= SIMD4<Int64>(repeating: 0).replacing(with: 1, where: inside .& (v .< low1))
            below3 &+= SIMD4<Int64>(repeating: 0).replacing(with: 1, where: inside .& (v .< low3))
            index += 4
        }
        var count = Int(c.wrappedSum()), sum = s.sum(), squares = q.sum()
        var belowFirst = Int(below1.wrappedSum()), belowThird = Int(below3.wrappedSum())
        while index < n {
            let v = d[index]
            if v <= plan.limitMetres {
                count += 1
                sum += v
                squares += (v - plan.shiftMetres) * (v - plan.shiftMetres)
                if v < firstLow { belowFirst += 1 }
                if v < thirdLow { belowThird += 1 }
            }
            index += 1
        }

        // 2. The windows. Their last slot is scratch: every distance is written at the next free slot
        //    and only those inside advance it; a window that reaches its last slot has overflowed.
        let firstLast = first.count - 1, thirdLast = third.count - 1
        var n1 = firstCount, n3 = thirdCount
        for k in 0..<(plan.gathersQuartiles ? n : 0) {
            let v = d[k]
            firstBase[n1] = v
            n1 = min(n1 &+ ((v >= firstLow) == (v <= firstHigh) ? 1 : 0), firstLast)
            thirdBase[n3] = v
            n3 = min(n3 &+ ((v >= thirdLow) == (v <= thirdHigh) ? 1 : 0), thirdLast)
        }

        // 3. The moment grid, and the reflected distances.
        let asideBelow = DurantonOvermanKd.reflectionReach * plan.bandwidthRange.upperBound
        let reflectBelow = DurantonOvermanKd.reflectionReach * plan.bandwidthRange.lowerBound
        let inverseStep = 1 / step
        let last = cellsBuffer.count - 1, reflectedCount = reflectedBuffer.count
        var nAside = asideCount
        var overflowed = plan.gathersQuartiles && (n1 == firstLast || n3 == thirdLast)
        for k in 0..<n {
            let distance = d[k]
            let entry = MomentGrid.moments(distance * inverseStep, w?[k] ?? 1, last: last)
            cells[entry.cell] += entry.moments
            if distance <= asideBelow {
                if distance <= reflectBelow {
                    if entry.cell < reflectedCount { reflected[entry.cell] += entry.moments }
                } else if nAside < asideValues.count {
                    asideValues[nAside] = distance
                    if let w { asideWeights[nAside] = w[k] }
                    nAside &+= 1
                } else {
                    overflowed = true
                }
            }
        }
        firstCount = n1
        thirdCount = n3
        asideCount = nAside
        totals.count &+= count
        totals.sum += sum
        totals.squares += squares
        totals.belowFirst &+= belowFirst
        totals.belowThird &+= belowThird
        totals.overflowed = totals.overflowed || overflowed
    }

    /// Passes are not split: one simulation runs on one task.
    mutating func merge(_ other: SimulationPass) {
        preconditionFailure("a simulation pass is not split")
    }

    /// Kd at the plan's r with this simulation's own bandwidth (`bw.nrd0` of its distances within the
    /// limit, as `DurantonOvermanKd.curve` computes it), or nil when a buffer overflowed, a quartile fell
    /// outside its window, or the bandwidth outside the plan's range.
    mutating func finish() -> [Double]? {
        let n = totals.count
        guard n >= 2, !totals.overflowed else { return nil }
        let mean = totals.sum / Double(n)
        let offset = mean - plan.shiftMetres
        let variance = max(0, totals.squares - Double(n) * offset * offset) / Double(n - 1)
        let sd = variance.squareRoot()
        let iqr: Double
        if plan.gathersQuartiles {
            guard let first = SimulationPass.quartile(0.25, count: n, below: totals.belowFirst, window: &firstWindow),
                  let third = SimulationPass.quartile(0.75, count: n, below: totals.belowThird, window: &thirdWindow)
            else { return nil }
            iqr = third - first
        } else {
            // A lower bound on the IQR that leaves the sd the smaller term gives R's bandwidth exactly.
            guard let bound = grid.interquartileLowerBound(count: n, limitMetres: plan.limitMetres),
                  sd > 0, sd <= bound / 1.34 else { return nil }
            iqr = bound
        }
        let bandwidth = RStatistics.silvermanBandwidth(
            count: n, mean: mean, standardDeviation: sd, interquartileRange: iqr) * plan.adjust
        guard plan.bandwidthRange.contains(bandwidth) else { return nil }
        let reflectBelow = DurantonOvermanKd.reflectionReach * bandwidth
        let weighted = !aside.weights.isEmpty
        for k in 0..<aside.count where aside.values[k] <= reflectBelow {
            grid.addReflected(aside.values[k], weight: weighted ? aside.weights[k] : 1)
        }
        return grid.values(at: plan.rMetres, bandwidthMetres: bandwidth)
    }

    /// R's type-7 quantile p of n distances, from the `below` distances under the window and the window's
    /// own; nil when the order statistics it needs are not in the window.
    private static func quartile(_ p: Double, count n: Int, below: Int, window: inout Kept) -> Double? {
        let ranks = RStatistics.type7Ranks(count: n, probability: p)
        let lo = ranks.lo - below, hi = ranks.hi - below
        guard lo >= 0, hi < window.count else { return nil }
        let low = OrderStatistic.select(&window.values, count: window.count, rank: lo)
        if ranks.fraction == 0 || hi == lo { return low }
        let high = OrderStatistic.select(&window.values, count: window.count, rank: hi)
        return high == low ? low : (1 - ranks.fraction) * low + ranks.fraction * high
    }
}
