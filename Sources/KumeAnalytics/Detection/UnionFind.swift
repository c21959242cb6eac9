/// Disjoint sets over `0 ..< count` with path halving and union by index (the smaller root wins), so the
/// partition it ends with depends only on the unions made, never on their order.
struct UnionFind: Sendable {
    private(set) var parent: [Int32]

    /// Creates `count` singleton sets.
    init(count: Int) {
        parent = (0 ..< count).map { Int32($0) }
    }

    /// The root of the set holding `element`.
    mutating func find(_ element: Int) -> Int {
        var node = element
        while Int(parent[node]) != node {
            let grand = parent[Int(parent[node])]
            parent[node] = grand
            node = Int(grand)
        }
        return node
    }

    /// Joins the sets of `a` and `b`; returns whether they were separate.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let rootA = find(a)
        let rootB = find(b)
        if rootA == rootB { return false }
        if rootA < rootB { parent[rootB] = Int32(rootA) } else { parent[rootA] = Int32(rootB) }
        return true
    }
}
