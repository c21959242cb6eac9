import KumeData

/// Something that folds values over every pair distance of a Kd computation.
///
/// `add` receives a buffer of distances (metres) and, when weighted, the matching pair weights
/// w_i·w_j; `merge` combines two partial results (always called in a fixed block order).
protocol PairAccumulator: Sendable {
    mutating func add(distances: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>?)
    mutating func merge(_ other: Self)
}

/// The coordinates that form the pairs of one Kd curve: the reference points with each other (i < j,
/// univariate) or each reference point with each neighbour point (bivariate).
struct PairPoints: Sendable {
    var referenceX: [Double]
    var referenceY: [Double]
    var referenceWeights: [Double]?
    /// nil for the univariate case.
    var neighbourX: [Double]?
    var neighbourY: [Double]?
    var neighbourWeights: [Double]?

    var isBivariate: Bool { neighbourX != nil }

    /// n(n−1)/2 for univariate, n1·n2 for bivariate.
    var pairCount: Int {
        let n = referenceX.count
        if let nx = neighbourX { return n * nx.count }
        return n * (n - 1) / 2
    }

    /// The number of pairs contributed by reference row i.
    func rowLength(_ i: Int) -> Int {
        if let nx = neighbourX { return nx.count }
        return referenceX.count - 1 - i
    }

    /// Writes row i's distances (and pair weights when `weights` is non-nil) and returns how many.
    func fillRow(_ i: Int, distances: UnsafeMutablePointer<Double>, weights: UnsafeMutablePointer<Double>?) -> Int {
        let xi = referenceX[i], yi = referenceY[i]
        if let nx = neighbourX, let ny = neighbourY {
            let count = nx.count
            nx.withUnsafeBufferPointer { xs in
                ny.withUnsafeBufferPointer { ys in
                    for j in 0..<count {
                        let dx = xs[j] - xi, dy = ys[j] - yi
                        distances[j] = (dx * dx + dy * dy).squareRoot()
                    }
                }
            }
            if let weights, let rw = referenceWeights, let nw = neighbourWeights {
                let wi = rw[i]
                for j in 0..<count { weights[j] = wi * nw[j] }
            }
            return count
        }
        let n = referenceX.count
        let count = n - 1 - i
        guard count > 0 else { return 0 }
        referenceX.withUnsafeBufferPointer { xBuffer in
            referenceY.withUnsafeBufferPointer { yBuffer in
                guard let xs = xBuffer.baseAddress, let ys = yBuffer.baseAddress else { return }
                let xRow = xs + (i + 1), yRow = ys + (i + 1)
                for k in 0..<count {
                    let dx = xRow[k] - xi, dy = yRow[k] - yi
                    distances[k] = (dx * dx + dy * dy).squareRoot()
                }
            }
        }
        if let weights, let rw = referenceWeights {
            let wi = rw[i]
            var k = 0
            for j in (i + 1)..<max(i + 1, n) {
                weights[k] = wi * rw[j]
                k += 1
            }
        }
        return count
    }
}

extension PairPoints {
    /// Folds the pair distances of reference rows `rows` (all when nil), and the pair weights when
    /// `weighted`, into `accumulator` on the calling thread, through one row-sized buffer: nothing is
    /// stored beyond a row.
    func accumulateRows<A: PairAccumulator>(_ rows: Range<Int>? = nil, into accumulator: inout A, weighted: Bool) {
        let rows = rows ?? 0..<referenceX.count
        let width = rows.lazy.map { rowLength($0) }.max() ?? 0
        var d = [Double](repeating: 0, count: max(width, 1))
        var w = [Double](repeating: 0, count: weighted ? max(width, 1) : 0)
        d.withUnsafeMutableBufferPointer { dp in
            w.withUnsafeMutableBufferPointer { wp in
                guard let dBase = dp.baseAddress else { return }
                let wBase = weighted ? wp.baseAddress : nil
                for i in rows {
                    let count = fillRow(i, distances: dBase, weights: wBase)
                    guard count > 0 else { continue }
                    accumulator.add(distances: UnsafeBufferPointer(start: dBase, count: count),
                                    weights: wBase.map { UnsafeBufferPointer(start: $0, count: count) })
                }
            }
        }
    }
}

/// How the pair distances reach the accumulators.
protocol PairFeed: Sendable {
    var weighted: Bool { get }
    func accumulate<A: PairAccumulator>(_ initial: A) async -> A
    /// The first pass's result when the feed computed it while forming the distances.
    func precomputedSummary(limitMetres: Double) -> DistanceSummaryPass?
}

extension PairFeed {
    func precomputedSummary(limitMetres: Double) -> DistanceSummaryPass? { nil }
}

/// Pair distances computed once and kept (used inside each simulation, where the pairs are few
/// enough: 2·10⁶ pairs take 16 MB).
struct StoredPairFeed: PairFeed {
    let distances: [Double]
    let pairWeights: [Double]?
    /// The summary pass, folded row by row while the rows are still in cache.
    let summary: DistanceSummaryPass?
    var weighted: Bool { pairWeights != nil }

    func precomputedSummary(limitMetres: Double) -> DistanceSummaryPass? {
        summary.flatMap { $0.limit == limitMetres ? $0 : nil }
    }

    /// Computes and keeps the distances, reusing `storage`'s memory when it has the right size (a fresh
    /// 16 MB array per simulation would cost more in page faults than the distances themselves).
    init(points: PairPoints, weighted: Bool, reusing storage: [Double] = [], summaryLimitMetres: Double? = nil) {
        let total = points.pairCount
        // Every element is written by `fillRow` below.
        var d = storage.count == total ? storage
            : [Double](unsafeUninitializedCapacity: total) { _, count in count = total }
        var w: [Double]? = weighted ? [Double](repeating: 0, count: total) : nil
        var summary = summaryLimitMetres.map { DistanceSummaryPass(limitMetres: $0) }
        d.withUnsafeMutableBufferPointer { dp in
            guard let dBase = dp.baseAddress else { return }
            var offset = 0
            let rows = points.referenceX.count
            var weightBuffer = w ?? []
            weightBuffer.withUnsafeMutableBufferPointer { wp in
                let wBase = w == nil ? nil : wp.baseAddress
                for i in 0..<rows {
                    let count = points.fillRow(i, distances: dBase + offset, weights: wBase.map { $0 + offset })
                    summary?.add(distances: UnsafeBufferPointer(start: dBase + offset, count: count), weights: nil)
                    offset += count
                }
            }
            if w != nil { w = weightBuffer }
        }
        self.summary = summary
        distances = d
        pairWeights = w
    }

    func accumulate<A: PairAccumulator>(_ initial: A) async -> A {
        accumulateNow(initial)
    }

    func accumulateNow<A: PairAccumulator>(_ initial: A) -> A {
        var result = initial
        distances.withUnsafeBufferPointer { d in
            if let pairWeights {
                pairWeights.withUnsafeBufferPointer { w in result.add(distances: d, weights: w) }
            } else {
                result.add(distances: d, weights: nil)
            }
        }
        return result
    }
}

/// Pair distances recomputed on each pass, in fixed blocks of reference rows run in parallel:
/// memory stays linear in the number of points however many pairs there are (10⁵ reference points
/// make 5·10⁹ pairs). Blocks are formed from the pair counts only and merged in block order, so the
/// result does not depend on the number of workers.
struct StreamedPairFeed: PairFeed {
    let points: PairPoints
    let weighted: Bool
    let workers: Int
    /// Row ranges of roughly equal pair counts.
    let blocks: [Range<Int>]

    init(points: PairPoints, weighted: Bool, workers: Int) {
        self.points = points
        self.weighted = weighted
        self.workers = max(1, workers)
        let rows = points.referenceX.count
        let target = max(1, points.pairCount / 16)
        var blocks: [Range<Int>] = []
        var start = 0
        var inBlock = 0
        for i in 0..<rows {
            inBlock += points.rowLength(i)
            if inBlock >= target {
                blocks.append(start..<(i + 1))
                start = i + 1
                inBlock = 0
            }
        }
        if start < rows { blocks.append(start..<rows) }
        self.blocks = blocks
    }

    func accumulate<A: PairAccumulator>(_ initial: A) async -> A {
        let partials = await ParallelJobs.map(count: blocks.count, workers: workers) { b in
            runBlock(blocks[b], initial)
        }
        var result = initial
        for partial in partials { result.merge(partial) }
        return result
    }

    private func runBlock<A: PairAccumulator>(_ rows: Range<Int>, _ initial: A) -> A {
        var result = initial
        points.accumulateRows(rows, into: &result, weighted: weighted)
        return result
    }
}
