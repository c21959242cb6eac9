import KumeData

/// The exact minimum spanning tree of HDBSCAN's mutual-reachability graph, by Borůvka's algorithm over a
/// kd-tree.
///
/// The mutual-reachability distance of points a and b is max(core(a), core(b), d(a, b)); everything is
/// compared squared, as the `hdbscan` package does. Each round, every point searches the tree for its
/// cheapest edge to another component, pruning nodes that lie wholly in its own component or whose lower
/// bound max(core(a), min core in node, box distance) exceeds the best found; a point whose own core
/// distance exceeds its component's best so far is skipped, since all its edges cost at least that.
/// Edges are ordered by (weight, lower input index, higher input index), a total order, so the tree is
/// unique and does not depend on the number of workers.
enum MutualReachabilitySpanningTree {
    /// One tree edge between input indices `a < b`, with its mutual-reachability distance in metres.
    struct Edge: Sendable, Equatable {
        let a: Int
        let b: Int
        let distanceMetres: Double
        /// The squared Euclidean distance of the ends (m²), the first tie-breaker.
        let euclideanSquared: Double
    }

    /// A candidate edge in tree positions with its squared weight and input-index tie key.
    private struct Candidate: Sendable {
        var weightSquared: Double
        var euclideanSquared: Double
        var low: Int32
        var high: Int32
        var from: Int32
        var to: Int32

        func isBetter(than other: Candidate) -> Bool {
            if weightSquared != other.weightSquared { return weightSquared < other.weightSquared }
            if euclideanSquared != other.euclideanSquared { return euclideanSquared < other.euclideanSquared }
            return (low, high) < (other.low, other.high)
        }

        static let none = Candidate(weightSquared: .infinity, euclideanSquared: .infinity, low: .max, high: .max, from: -1, to: -1)
    }

    /// Core distances in metres, in tree order: the distance to the `minSamples`-th nearest other point
    /// (the (minSamples + 1)-th nearest counting the point itself, as `hdbscan` queries its kd-tree).
    static func coreDistances(tree: PointTree2D, minSamples: Int, workers: Int) async -> [Double] {
        let n = tree.xs.count
        let ranges = ParallelJobs.ranges(count: n, chunks: workers * 4)
        let parts = await ParallelJobs.map(count: ranges.count, workers: workers) { index in
            let range = ranges[index]
            var best: [Double] = [], stack: [Int32] = []
            best.reserveCapacity(minSamples + 2)
            return range.map { position in
                tree.nearestSquaredDistances(of: position, k: minSamples + 1, best: &best, stack: &stack)
                return (best.last ?? 0).squareRoot()
            }
        }
        return parts.flatMap { $0 }
    }

    /// The spanning tree's n − 1 edges, sorted by (distance, a, b).
    /// - Parameter coreSquared: squared core distances (m²) in tree order.
    static func edges(tree: PointTree2D, coreSquared: [Double], workers: Int) async -> [Edge] {
        let n = tree.xs.count
        guard n > 1 else { return [] }
        var nodeMinCore = [Double](repeating: .infinity, count: tree.nodeCount)
        for node in stride(from: tree.nodeCount - 1, through: 0, by: -1) {
            if tree.left[node] < 0 {
                for position in Int(tree.start[node]) ..< Int(tree.end[node]) {
                    nodeMinCore[node] = min(nodeMinCore[node], coreSquared[position])
                }
            } else {
                nodeMinCore[node] = min(nodeMinCore[Int(tree.left[node])], nodeMinCore[Int(tree.right[node])])
            }
        }
        let minCore = nodeMinCore
        var sets = UnionFind(count: n)
        var component = (0 ..< n).map { Int32($0) }
        var chosen: [Candidate] = []
        while chosen.count < n - 1 {
            let components = component
            let nodeComponent = uniformComponents(tree: tree, component: components)
            let ranges = ParallelJobs.ranges(count: n, chunks: workers * 4)
            let parts = await ParallelJobs.map(count: ranges.count, workers: workers) { index in
                cheapestOutgoing(
                    positions: ranges[index], tree: tree, coreSquared: coreSquared, nodeMinCore: minCore,
                    component: components, nodeComponent: nodeComponent)
            }
            var best: [Int32: Candidate] = [:]
            for part in parts {
                for (owner, candidate) in part where candidate.isBetter(than: best[owner] ?? .none) {
                    best[owner] = candidate
                }
            }
            var added = 0
            for owner in best.keys.sorted() {
                guard let candidate = best[owner] else { continue }
                if sets.union(Int(candidate.from), Int(candidate.to)) {
                    chosen.append(candidate)
                    added += 1
                }
            }
            if added == 0 { break }
            for position in 0 ..< n { component[position] = Int32(sets.find(position)) }
        }
        return chosen.map {
            Edge(
                a: Int($0.low), b: Int($0.high), distanceMetres: $0.weightSquared.squareRoot(),
                euclideanSquared: $0.euclideanSquared)
        }.sorted {
            ($0.distanceMetres, $0.euclideanSquared, $0.a, $0.b) < ($1.distanceMetres, $1.euclideanSquared, $1.a, $1.b)
        }
    }

    /// The component shared by all points of each node, or −1 where they differ.
    private static func uniformComponents(tree: PointTree2D, component: [Int32]) -> [Int32] {
        var result = [Int32](repeating: -1, count: tree.nodeCount)
        for node in stride(from: tree.nodeCount - 1, through: 0, by: -1) {
            if tree.left[node] < 0 {
                let first = Int(tree.start[node])
                let shared = component[first]
                let uniform = (first ..< Int(tree.end[node])).allSatisfy { component[$0] == shared }
                result[node] = uniform ? shared : -1
            } else {
                let a = result[Int(tree.left[node])], b = result[Int(tree.right[node])]
                result[node] = a == b ? a : -1
            }
        }
        return result
    }

    /// For the points at `positions`, the cheapest edge found from each component to any other.
    private static func cheapestOutgoing(
        positions: Range<Int>, tree: PointTree2D, coreSquared: [Double], nodeMinCore: [Double],
        component: [Int32], nodeComponent: [Int32]
    ) -> [Int32: Candidate] {
        var best: [Int32: Candidate] = [:]
        var stack: [Int32] = []
        for position in positions {
            let own = component[position]
            var found = best[own] ?? .none
            let core = coreSquared[position]
            if core > found.weightSquared { continue }
            let px = tree.xs[position], py = tree.ys[position]
            let input = tree.inputIndex[position]
            var improved = false
            stack.removeAll(keepingCapacity: true)
            stack.append(0)
            while let top = stack.popLast() {
                let node = Int(top)
                if nodeComponent[node] == own { continue }
                let bound = max(core, nodeMinCore[node], tree.boxDistanceSquared(node, px, py))
                if bound > found.weightSquared { continue }
                if tree.left[node] < 0 {
                    for other in Int(tree.start[node]) ..< Int(tree.end[node]) where component[other] != own {
                        let dx = tree.xs[other] - px, dy = tree.ys[other] - py
                        let squared = dx * dx + dy * dy
                        let weight = max(core, coreSquared[other], squared)
                        if weight > found.weightSquared { continue }
                        let otherInput = tree.inputIndex[other]
                        let candidate = Candidate(
                            weightSquared: weight, euclideanSquared: squared, low: min(input, otherInput), high: max(input, otherInput),
                            from: Int32(position), to: Int32(other))
                        if candidate.isBetter(than: found) {
                            found = candidate
                            improved = true
                        }
                    }
                    continue
                }
                let a = Int(tree.left[node]), b = Int(tree.right[node])
                if tree.boxDistanceSquared(a, px, py) <= tree.boxDistanceSquared(b, px, py) {
                    stack.append(Int32(b)); stack.append(Int32(a))
                } else {
                    stack.append(Int32(a)); stack.append(Int32(b))
                }
            }
            if improved { best[own] = found }
        }
        return best
    }
}
