/// The three passes of one DBSCAN run over a ``PlanarGrid``: core flags, the core-point spanning forest,
/// and labels. Every pass works on a contiguous range of cells and reads only shared value inputs.
struct DBSCANPass: Sendable {
    let grid: PlanarGrid
    /// eps² in square metres.
    let epsSquared: Double
    /// The core threshold, counting the point itself.
    let minPoints: Int
    /// Whether every pair of points in one cell is within eps (true unless eps is near the coordinates'
    /// resolution), which allows the whole-cell shortcuts.
    let cellsAreCliques: Bool

    /// Core flags for the sorted positions of `cells`: count neighbours (the point itself included) in the
    /// 5 × 5 cells around, stopping at `minPoints`.
    func coreFlags(cells: Range<Int>) -> [Bool] {
        let g = grid
        let begin = Int(g.cellStart[cells.lowerBound])
        var flags = [Bool](repeating: false, count: Int(g.cellStart[cells.upperBound]) - begin)
        let width = g.width
        g.xs.withUnsafeBufferPointer { xs in
            g.ys.withUnsafeBufferPointer { ys in
                g.cellStart.withUnsafeBufferPointer { starts in
                    g.neighbourRanges.withUnsafeBufferPointer { ranges in
                        for cell in cells {
                            let first = Int(starts[cell]), end = Int(starts[cell + 1])
                            if cellsAreCliques, end - first >= minPoints {
                                for position in first ..< end { flags[position - begin] = true }
                                continue
                            }
                            for position in first ..< end {
                                let px = xs[position], py = ys[position]
                                var count = 0
                                columns: for column in 0 ..< width {
                                    let slot = 2 * (cell * width + column)
                                    let from = Int(starts[Int(ranges[slot])])
                                    let to = Int(starts[Int(ranges[slot + 1])])
                                    for other in from ..< to {
                                        let dx = xs[other] - px, dy = ys[other] - py
                                        if dx * dx + dy * dy <= epsSquared {
                                            count += 1
                                            if count >= minPoints {
                                                flags[position - begin] = true
                                                break columns
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
        return flags
    }

    /// The sorted position of each cell's first core point, or −1.
    func firstCorePositions(core: [Bool]) -> [Int32] {
        (0 ..< grid.cellCount).map { cell in
            for position in Int(grid.cellStart[cell]) ..< Int(grid.cellStart[cell + 1]) where core[position] {
                return Int32(position)
            }
            return -1
        }
    }

    /// A spanning forest (pairs of sorted positions, flattened) of the "core within eps of core" graph
    /// restricted to pairs with at least one point in `cells` (each cell pair is visited from its lower cell).
    func coreForest(cells: Range<Int>, core: [Bool], firstCore: [Int32]) -> [Int32] {
        let g = grid
        var sets = UnionFind(count: g.xs.count)
        var edges: [Int32] = []
        let width = g.width
        func join(_ a: Int, _ b: Int) {
            if sets.union(a, b) { edges.append(Int32(a)); edges.append(Int32(b)) }
        }
        for cell in cells where firstCore[cell] >= 0 {
            let first = Int(g.cellStart[cell]), end = Int(g.cellStart[cell + 1])
            let anchor = Int(firstCore[cell])
            if cellsAreCliques {
                for position in anchor + 1 ..< end where core[position] { join(anchor, position) }
            } else {
                for a in first ..< end where core[a] {
                    for b in a + 1 ..< end where core[b] && within(a, b) { join(a, b) }
                }
            }
            for column in 0 ..< width {
                let slot = 2 * (cell * width + column)
                let from = max(cell + 1, Int(g.neighbourRanges[slot]))
                let to = max(from, Int(g.neighbourRanges[slot + 1]))
                for other in from ..< to where firstCore[other] >= 0 {
                    let otherAnchor = Int(firstCore[other])
                    if cellsAreCliques && sets.find(anchor) == sets.find(otherAnchor) { continue }
                    let otherEnd = Int(g.cellStart[other + 1])
                    pairs: for a in anchor ..< end where core[a] {
                        for b in otherAnchor ..< otherEnd where core[b] && within(a, b) {
                            join(a, b)
                            if cellsAreCliques { break pairs }
                        }
                    }
                }
            }
        }
        return edges
    }

    /// Whether sorted positions `a` and `b` are within eps.
    @inline(__always)
    private func within(_ a: Int, _ b: Int) -> Bool {
        let dx = grid.xs[a] - grid.xs[b], dy = grid.ys[a] - grid.ys[b]
        return dx * dx + dy * dy <= epsSquared
    }

    /// Joins the forests in chunk order and numbers the components by their smallest core input index.
    /// Returns, per sorted position, the cluster label of a core point (−1 for the others) and the count.
    func componentLabels(core: [Bool], forests: [[Int32]]) -> (labels: [Int32], count: Int) {
        let n = grid.xs.count
        var sets = UnionFind(count: n)
        for forest in forests {
            for pair in stride(from: 0, to: forest.count, by: 2) {
                sets.union(Int(forest[pair]), Int(forest[pair + 1]))
            }
        }
        var position = [Int32](repeating: 0, count: n)
        for (sorted, input) in grid.inputIndex.enumerated() { position[Int(input)] = Int32(sorted) }
        var rootLabel = [Int32](repeating: -1, count: n)
        var labels = [Int32](repeating: -1, count: n)
        var count: Int32 = 0
        for input in 0 ..< n {
            let sorted = Int(position[input])
            guard core[sorted] else { continue }
            let root = sets.find(sorted)
            if rootLabel[root] < 0 {
                rootLabel[root] = count
                count += 1
            }
            labels[sorted] = rootLabel[root]
        }
        return (labels, Int(count))
    }

    /// Labels for the sorted positions of `cells`: a core point keeps its cluster; any other point takes the
    /// cluster of its nearest core point within eps (ties to the lower label), or −1.
    func borderLabels(cells: Range<Int>, core: [Bool], coreLabel: [Int32]) -> [Int32] {
        let g = grid
        let begin = Int(g.cellStart[cells.lowerBound])
        var labels = [Int32](repeating: -1, count: Int(g.cellStart[cells.upperBound]) - begin)
        let width = g.width
        for cell in cells {
            for position in Int(g.cellStart[cell]) ..< Int(g.cellStart[cell + 1]) {
                if core[position] {
                    labels[position - begin] = coreLabel[position]
                    continue
                }
                let px = g.xs[position], py = g.ys[position]
                var best = Double.infinity
                var bestLabel: Int32 = -1
                for column in 0 ..< width {
                    let slot = 2 * (cell * width + column)
                    let from = Int(g.cellStart[Int(g.neighbourRanges[slot])])
                    let to = Int(g.cellStart[Int(g.neighbourRanges[slot + 1])])
                    for other in from ..< to where core[other] {
                        let dx = g.xs[other] - px, dy = g.ys[other] - py
                        let squared = dx * dx + dy * dy
                        guard squared <= epsSquared else { continue }
                        if squared < best || (squared == best && coreLabel[other] < bestLabel) {
                            best = squared
                            bestLabel = coreLabel[other]
                        }
                    }
                }
                labels[position - begin] = bestLabel
            }
        }
        return labels
    }
}
