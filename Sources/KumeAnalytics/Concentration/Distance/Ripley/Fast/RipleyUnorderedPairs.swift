import Foundation

/// The pair loop of Ripley's K for the corrections whose pair weight does not depend on which point is
/// the centre (none and translate): every unordered pair once, cell by cell.
///
/// The points are copied in cell order, so each neighbouring cell is a contiguous run of coordinates.
/// Cells are about a quarter of max r wide: a cell meets itself and the cells after it (in row-major
/// order) that come within max r of it, so no pair is looked at twice and few pairs beyond max r are
/// looked at at all; the many small cells also spread evenly over the workers. Counts for the uncorrected K are integers, which makes
/// the sum exact and independent of the order of blocks.
struct RipleyUnorderedPairs: Sendable {
    let grid: NeighbourGrid
    /// The coordinates in cell order.
    let xs: [Double]
    let ys: [Double]
    let r: [Double]
    let counting: DistanceCounting
    /// For translate: (width, height, area) of the rectangular window; nil for no correction.
    let translate: (width: Double, height: Double, area: Double)?
    /// The (column, row) offsets of the cells a cell meets, itself first.
    let offsets: [(x: Int, y: Int)]

    init(pattern: PlanarPattern, r: [Double], counting: DistanceCounting,
         translate: (width: Double, height: Double, area: Double)?) {
        let rmax = r.last ?? 0
        let grid = NeighbourGrid(pattern, cellSideMetres: rmax / 4)
        self.grid = grid
        let reach = grid.side > 0 ? Int((rmax / grid.side).rounded(.up)) : 0
        var offsets: [(x: Int, y: Int)] = [(0, 0)]
        for oy in 0...reach {
            for ox in -reach...reach where oy > 0 || ox > 0 {
                // The closest two points of the two cells can be.
                let gapX = Double(max(abs(ox) - 1, 0)) * grid.side, gapY = Double(max(oy - 1, 0)) * grid.side
                if gapX * gapX + gapY * gapY <= rmax * rmax { offsets.append((ox, oy)) }
            }
        }
        self.offsets = offsets
        xs = grid.order.map { pattern.xMetres[Int($0)] }
        ys = grid.order.map { pattern.yMetres[Int($0)] }
        self.r = r
        self.counting = counting
        self.translate = translate
    }

    /// Increments per r index for the pairs met by cells `cells` (entry k adds to K(r_k) and every
    /// later r; pairs beyond max r are not counted): 2 per pair, or 2·|W|/|W ∩ (W + d)| for translate.
    func run(cells: Range<Int>) -> [Double] {
        var counts = [Int](repeating: 0, count: r.count + 1)
        var weights = [Double](repeating: 0, count: translate == nil ? 0 : r.count + 1)
        guard let rmax = r.last else { return [Double](repeating: 0, count: r.count + 1) }
        let inverseSpacing = RadiusIndex.inverseSpacing(r)
        let columns = grid.columns, rows = grid.rows
        xs.withUnsafeBufferPointer { x in
            ys.withUnsafeBufferPointer { y in
                r.withUnsafeBufferPointer { rb in
                    counts.withUnsafeMutableBufferPointer { count in
                        weights.withUnsafeMutableBufferPointer { weight in
                            for cell in cells {
                                let cx = cell % columns, cy = cell / columns
                                let own = grid.starts[cell]..<grid.starts[cell + 1]
                                guard !own.isEmpty else { continue }
                                for (ox, oy) in offsets {
                                    let nx = cx + ox, ny = cy + oy
                                    guard nx >= 0, nx < columns, ny < rows else { continue }
                                    let other = nx + ny * columns
                                    let range = grid.starts[other]..<grid.starts[other + 1]
                                    for a in own {
                                        let xa = x[a], ya = y[a]
                                        for b in (other == cell ? (a + 1) : range.lowerBound)..<range.upperBound {
                                            let dx = x[b] - xa, dy = y[b] - ya
                                            let d = (dx * dx + dy * dy).squareRoot()
                                            if counting == .atMost ? d > rmax : d >= rmax { continue }
                                            let k = RadiusIndex.first(d, in: rb, inverseSpacing: inverseSpacing, counting: counting)
                                            if let translate {
                                                let overlap = (translate.width - abs(dx)) * (translate.height - abs(dy))
                                                weight[k] += 2 * translate.area / overlap
                                            } else {
                                                count[k] &+= 2
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return translate == nil ? counts.map(Double.init) : weights
    }
}
