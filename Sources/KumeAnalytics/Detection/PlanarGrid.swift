/// A uniform grid over planar points (metres), stored as the points sorted by cell: each occupied cell
/// is a contiguous run of ``xs``/``ys``, and for every cell the runs of neighbouring cells within
/// ``reach`` cells in each axis are precomputed as cell-index ranges, one per grid column.
///
/// Memory is linear in the number of points: the sorted coordinates, the permutation back to input
/// order, and a fixed number of integers per occupied cell.
struct PlanarGrid: Sendable {
    /// The cell side in metres.
    let sideMetres: Double
    /// How many cells away, in each axis, a neighbour can lie.
    let reach: Int
    /// The larger of the points' x and y extents, in metres.
    let extentMetres: Double
    /// x of the points in cell order (metres).
    let xs: [Double]
    /// y of the points in cell order (metres).
    let ys: [Double]
    /// `inputIndex[s]` is the input index of the point at sorted position `s`.
    let inputIndex: [Int32]
    /// `cellStart[c] ..< cellStart[c + 1]` are the sorted positions of cell `c`'s points.
    let cellStart: [Int32]
    /// For cell `c` and column offset `k` (0 ..< 2·reach+1), the neighbouring cells are
    /// `neighbourRanges[2·(c·width + k)] ..< neighbourRanges[2·(c·width + k) + 1]`.
    let neighbourRanges: [Int32]

    /// The number of occupied cells.
    var cellCount: Int { cellStart.count - 1 }
    /// The number of column ranges stored per cell.
    var width: Int { 2 * reach + 1 }

    /// Sorts the points into cells of side `sideMetres`.
    /// - Throws: ``DetectionError`` for mismatched arrays, a non-finite coordinate, or a side too small
    ///   for the points' extent to be indexed exactly.
    init(x: [Double], y: [Double], sideMetres: Double, reach: Int, epsMetres: Double) throws(DetectionError) {
        guard x.count == y.count else { throw .coordinateCountMismatch(xCount: x.count, yCount: y.count) }
        let n = x.count
        self.sideMetres = sideMetres
        self.reach = reach
        var minX = Double.infinity, minY = Double.infinity
        var maxX = -Double.infinity, maxY = -Double.infinity
        for index in 0 ..< n {
            guard x[index].isFinite, y[index].isFinite else { throw .nonFiniteCoordinate(index: index) }
            minX = min(minX, x[index]); maxX = max(maxX, x[index])
            minY = min(minY, y[index]); maxY = max(maxY, y[index])
        }
        let extent = n == 0 ? 0 : max(maxX - minX, maxY - minY)
        extentMetres = extent
        guard extent / sideMetres < 0x1p50 else {
            throw .epsBelowResolution(epsMetres: epsMetres, extentMetres: extent)
        }
        var cellX = [Int](repeating: 0, count: n)
        var cellY = [Int](repeating: 0, count: n)
        var columns = 0, rows = 0
        for index in 0 ..< n {
            cellX[index] = Int(((x[index] - minX) / sideMetres).rounded(.down))
            cellY[index] = Int(((y[index] - minY) / sideMetres).rounded(.down))
            columns = max(columns, cellX[index] + 1)
            rows = max(rows, cellY[index] + 1)
        }
        let order = PlanarGrid.sortedOrder(cellX: cellX, cellY: cellY, columns: columns, rows: rows)
        var sortedX = [Double](repeating: 0, count: n)
        var sortedY = [Double](repeating: 0, count: n)
        var starts: [Int32] = []
        var occupiedX: [Int] = []
        var occupiedY: [Int] = []
        for (position, index) in order.enumerated() {
            let point = Int(index)
            sortedX[position] = x[point]
            sortedY[position] = y[point]
            if position == 0 || cellX[point] != occupiedX[occupiedX.count - 1]
                || cellY[point] != occupiedY[occupiedY.count - 1] {
                starts.append(Int32(position))
                occupiedX.append(cellX[point])
                occupiedY.append(cellY[point])
            }
        }
        starts.append(Int32(n))
        xs = sortedX
        ys = sortedY
        inputIndex = order
        cellStart = starts
        neighbourRanges = PlanarGrid.columnRanges(cellX: occupiedX, cellY: occupiedY, reach: reach)
    }

    /// The input indices ordered by (cell column, cell row, index): a stable counting sort when the grid
    /// is not much larger than the point count, a comparison sort otherwise.
    private static func sortedOrder(cellX: [Int], cellY: [Int], columns: Int, rows: Int) -> [Int32] {
        let n = cellX.count
        let (cells, overflow) = columns.multipliedReportingOverflow(by: rows)
        if !overflow, cells <= 4 * n + 1024 {
            var counts = [Int32](repeating: 0, count: cells + 1)
            for index in 0 ..< n { counts[cellX[index] * rows + cellY[index] + 1] += 1 }
            for cell in 0 ..< cells { counts[cell + 1] += counts[cell] }
            var order = [Int32](repeating: 0, count: n)
            for index in 0 ..< n {
                let key = cellX[index] * rows + cellY[index]
                order[Int(counts[key])] = Int32(index)
                counts[key] += 1
            }
            return order
        }
        return (0 ..< n).sorted { a, b in
            (cellX[a], cellY[a], a) < (cellX[b], cellY[b], b)
        }.map { Int32($0) }
    }

    /// For every occupied cell and column offset, the range of occupied cells in that column whose row
    /// lies within `reach` of the cell's row (binary searches over the lexicographically sorted cells).
    private static func columnRanges(cellX: [Int], cellY: [Int], reach: Int) -> [Int32] {
        let count = cellX.count
        let width = 2 * reach + 1
        var ranges = [Int32](repeating: 0, count: 2 * width * count)
        func lowerBound(_ column: Int, _ row: Int) -> Int {
            var low = 0, high = count
            while low < high {
                let mid = (low + high) / 2
                if (cellX[mid], cellY[mid]) < (column, row) { low = mid + 1 } else { high = mid }
            }
            return low
        }
        for cell in 0 ..< count {
            for offset in 0 ..< width {
                let column = cellX[cell] + offset - reach
                let first = lowerBound(column, cellY[cell] - reach)
                let end = lowerBound(column, cellY[cell] + reach + 1)
                ranges[2 * (cell * width + offset)] = Int32(first)
                ranges[2 * (cell * width + offset) + 1] = Int32(end)
            }
        }
        return ranges
    }
}

extension PlanarGrid {
    /// Splits the occupied cells into at most `chunks` contiguous ranges holding near-equal numbers of points.
    func cellRanges(chunks: Int) -> [Range<Int>] {
        let cells = cellCount
        guard cells > 0 else { return [] }
        let total = Int(cellStart[cells])
        let parts = max(1, min(chunks, cells))
        var bounds = [0]
        var cell = 0
        for part in 1 ..< parts {
            let target = total * part / parts
            while cell < cells, Int(cellStart[cell]) < target { cell += 1 }
            if cell > bounds[bounds.count - 1], cell < cells { bounds.append(cell) }
        }
        bounds.append(cells)
        return (0 ..< bounds.count - 1).map { bounds[$0] ..< bounds[$0 + 1] }
    }
}
