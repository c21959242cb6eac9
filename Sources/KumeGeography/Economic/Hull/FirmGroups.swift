import KumeGeo

/// Groups of firms that lie far apart: the connected components when every two firms within a distance are
/// linked (single linkage).
///
/// Hand-written because no kept library offers single-linkage components over a distance (GEOS's clustering
/// functions arrive in 3.14). Points are bucketed in square cells of side `distance/√2`, so two points in one
/// cell are always linked; cells are joined through a union–find, and a pair of neighbouring cells is only
/// searched for a linking pair while their groups are still apart. A compact roster of 10⁴ firms is one
/// cell's worth of unions.
enum FirmGroups {
    /// The groups, each a list of indices into `points` in ascending order; groups ordered by their
    /// first index.
    /// - Parameters:
    ///   - points: Planar points (metres).
    ///   - distance: Two points closer than or as close as this are in one group; must be > 0 and finite.
    static func components(of points: [Coordinate], linkedWithin distance: Double) -> [[Int]] {
        guard !points.isEmpty else { return [] }
        guard distance.isFinite, distance > 0 else { return [Array(points.indices)] }
        let side = distance / 2.squareRoot()
        var cells: [Cell: [Int]] = [:]
        for (index, point) in points.enumerated() {
            cells[Cell(x: Int((point.x / side).rounded(.down)), y: Int((point.y / side).rounded(.down))), default: []].append(index)
        }
        var roots = UnionFind(count: points.count)
        for members in cells.values {
            for index in members.dropFirst() { roots.union(members[0], index) }
        }
        let limit = distance * distance
        // Cells up to two apart may hold points within `distance` (two sides are √2·distance).
        let offsets = (-2...2).flatMap { dx in (-2...2).map { dy in (dx, dy) } }.filter { $0 > (0, 0) }
        for (cell, members) in cells {
            for (dx, dy) in offsets {
                guard let others = cells[Cell(x: cell.x + dx, y: cell.y + dy)],
                      roots.find(members[0]) != roots.find(others[0]) else { continue }
                search: for i in members {
                    for j in others {
                        let ddx = points[i].x - points[j].x, ddy = points[i].y - points[j].y
                        if ddx * ddx + ddy * ddy <= limit {
                            roots.union(i, j)
                            break search
                        }
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        var order: [Int] = []
        for index in points.indices {
            let root = roots.find(index)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(index)
        }
        return order.compactMap { groups[$0] }
    }

    private struct Cell: Hashable {
        let x: Int
        let y: Int
    }

    private struct UnionFind {
        private var parent: [Int]

        init(count: Int) { parent = Array(0..<count) }

        mutating func find(_ index: Int) -> Int {
            var root = index
            while parent[root] != root { root = parent[root] }
            var node = index
            while parent[node] != root {
                let next = parent[node]
                parent[node] = root
                node = next
            }
            return root
        }

        mutating func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
    }
}
