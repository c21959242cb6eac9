import KumeGeo

/// A regular longitude, latitude grid over the districts that answers most points without a GEOS call.
///
/// Built from the STRtree and the prepared districts: a cell wholly inside one district (prepared
/// `contains` of the cell's rectangle) whose index is the smallest of the districts meeting the cell is
/// *owned*, and every point in it belongs to that district; any other cell keeps the districts that meet
/// it, in index order, for the exact test. Away from borders and coasts most of Türkiye's area lies in
/// owned cells.
struct PlaceGrid {
    /// The south-west corner of cell (0, 0), longitude, latitude in degrees.
    let origin: Coordinate
    /// The cell size in degrees.
    let cellDegrees: Double
    /// Columns (longitude) and rows (latitude).
    let columns: Int
    let rows: Int
    /// Per cell (row-major): the owning district, or nil.
    let owner: [Int32]
    /// Per cell: the start of its candidates in `candidates` (count + 1 entries).
    let candidateStarts: [Int32]
    /// The candidate districts of all cells, concatenated in cell order.
    let candidates: [Int32]

    /// The default cell size: 0.05° (about 4 km × 5.5 km), about 48,000 cells over Türkiye.
    static let defaultCellDegrees = 0.05

    /// Builds the grid over `bounds` with cells of `cellDegrees`.
    init(
        bounds: (min: Coordinate, max: Coordinate), cellDegrees: Double, tree: STRtree, prepared: [PreparedGeometry],
        context: GeometryContext
    ) throws {
        self.origin = bounds.min
        self.cellDegrees = cellDegrees
        // One cell more than the extent needs, so a point on the east or north edge still has a cell.
        self.columns = Int(((bounds.max.x - bounds.min.x) / cellDegrees).rounded(.down)) + 1
        self.rows = Int(((bounds.max.y - bounds.min.y) / cellDegrees).rounded(.down)) + 1
        var owner = [Int32](repeating: -1, count: columns * rows)
        var starts: [Int32] = [0]
        var candidates: [Int32] = []
        starts.reserveCapacity(columns * rows + 1)
        for row in 0..<rows {
            for column in 0..<columns {
                let low = Coordinate(x: origin.x + Double(column) * cellDegrees, y: origin.y + Double(row) * cellDegrees)
                let high = Coordinate(x: low.x + cellDegrees, y: low.y + cellDegrees)
                let near = try tree.query(intersecting: (min: low, max: high))
                if !near.isEmpty {
                    let cell = try Geometry.polygon(
                        shell: [low, Coordinate(x: high.x, y: low.y), high, Coordinate(x: low.x, y: high.y), low], in: context)
                    let meeting = try near.filter { try prepared[$0].intersects(cell) }
                    if let first = meeting.first, try prepared[first].contains(cell) {
                        owner[row * columns + column] = Int32(first)
                    } else {
                        candidates += meeting.map { Int32($0) }
                    }
                }
                starts.append(Int32(candidates.count))
            }
        }
        self.owner = owner
        self.candidateStarts = starts
        self.candidates = candidates
    }

    /// The cell holding `point`, or nil outside the grid.
    func cell(of point: Coordinate) -> Int? {
        let column = Int(((point.x - origin.x) / cellDegrees).rounded(.down))
        let row = Int(((point.y - origin.y) / cellDegrees).rounded(.down))
        guard point.x.isFinite, point.y.isFinite, column >= 0, column < columns, row >= 0, row < rows else { return nil }
        return row * columns + column
    }
}
