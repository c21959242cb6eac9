/// A uniform grid of square cells over a pattern's bounding box, for finding the points within a
/// distance of each point without storing pairs. Cells are at least `cellSideMetres` wide, so every
/// neighbour within that distance lies in the 3 × 3 block of cells around a point.
struct NeighbourGrid: Sendable {
    let xMin: Double, yMin: Double
    let side: Double
    let columns: Int, rows: Int
    /// Points sorted by cell; cell c holds `order[starts[c]..<starts[c + 1]]`.
    let order: [Int32]
    let starts: [Int]
    let cellOfPoint: [Int32]

    init(_ pattern: PlanarPattern, cellSideMetres: Double) {
        let box = pattern.boundingBox ?? (0, 0, 0, 0)
        let width = box.xMax - box.xMin, height = box.yMax - box.yMin
        // At most about 4 cells per point, and never narrower than the search distance.
        let minimumSide = ((width * height) / Double(max(1, 4 * pattern.count))).squareRoot()
        var side = max(cellSideMetres, minimumSide)
        if !(side > 0) { side = max(width, height, 1) }
        xMin = box.xMin
        yMin = box.yMin
        self.side = side
        columns = max(1, Int(width / side) + 1)
        rows = max(1, Int(height / side) + 1)
        let cellCount = columns * rows
        var cells = [Int32](repeating: 0, count: pattern.count)
        var counts = [Int](repeating: 0, count: cellCount + 1)
        for i in 0..<pattern.count {
            let cx = min(columns - 1, Int((pattern.xMetres[i] - box.xMin) / side))
            let cy = min(rows - 1, Int((pattern.yMetres[i] - box.yMin) / side))
            let c = cy * columns + cx
            cells[i] = Int32(c)
            counts[c + 1] += 1
        }
        for c in 0..<cellCount { counts[c + 1] += counts[c] }
        var fill = counts
        var order = [Int32](repeating: 0, count: pattern.count)
        for i in 0..<pattern.count {
            let c = Int(cells[i])
            order[fill[c]] = Int32(i)
            fill[c] += 1
        }
        self.order = order
        starts = counts
        cellOfPoint = cells
    }

    /// Calls `body` with every grid point in the 3 × 3 cells around the location (x, y), in metres, which
    /// need not be one of the grid's points nor lie inside its bounding box.
    @inline(__always)
    func forEachCandidate(x: Double, y: Double, _ body: (Int) -> Void) {
        let fx = ((x - xMin) / side).rounded(.down), fy = ((y - yMin) / side).rounded(.down)
        guard fx >= -1, fy >= -1, fx <= Double(columns), fy <= Double(rows) else { return }
        let cx = min(columns - 1, Int(fx)), cy = min(rows - 1, Int(fy))
        for gy in max(0, cy - 1)...min(rows - 1, cy + 1) {
            for gx in max(0, cx - 1)...min(columns - 1, cx + 1) {
                let cell = gy * columns + gx
                for k in starts[cell]..<starts[cell + 1] { body(Int(order[k])) }
            }
        }
    }

    /// Calls `body` with every point in the 3 × 3 cells around point i (i itself included).
    @inline(__always)
    func forEachCandidate(near i: Int, _ body: (Int) -> Void) {
        let c = Int(cellOfPoint[i])
        let cx = c % columns, cy = c / columns
        for y in max(0, cy - 1)...min(rows - 1, cy + 1) {
            for x in max(0, cx - 1)...min(columns - 1, cx + 1) {
                let cell = y * columns + x
                for k in starts[cell]..<starts[cell + 1] { body(Int(order[k])) }
            }
        }
    }
}
