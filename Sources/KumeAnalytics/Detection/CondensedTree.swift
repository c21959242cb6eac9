/// HDBSCAN's cluster hierarchy after the spanning tree, following the `hdbscan` package (0.8.44,
/// `_hdbscan_linkage.label`, `_hdbscan_tree.condense_tree`, `compute_stability`, `get_clusters` with
/// `eom`, `do_labelling`, `get_probabilities`) step by step, including its row orders and its
/// single-precision sum of child stabilities, so near-ties are decided the same way.
struct CondensedTree {
    /// One row: `child` (a point < n, or a cluster ≥ n) leaves `parent` (a cluster) at `lambda` = 1/distance.
    struct Row {
        let parent: Int
        let child: Int
        let lambda: Double
        let childSize: Int
    }

    let pointCount: Int
    let rows: [Row]

    /// Builds the single-linkage hierarchy of the sorted spanning-tree edges and condenses it.
    init(pointCount n: Int, sortedEdges: [MutualReachabilitySpanningTree.Edge], minClusterSize: Int) {
        pointCount = n
        // Single linkage (scipy layout): row i merges the clusters holding the edge's ends into node n + i.
        let merges = sortedEdges.count
        var parent = Array(0 ..< (n + merges))
        var size = [Int](repeating: 1, count: n + merges)
        var hierarchyLeft = [Int](repeating: 0, count: merges)
        var hierarchyRight = [Int](repeating: 0, count: merges)
        var hierarchyDistance = [Double](repeating: 0, count: merges)
        func find(_ node: Int) -> Int {
            var root = node
            while parent[root] != root { root = parent[root] }
            var walk = node
            while parent[walk] != root {
                let next = parent[walk]
                parent[walk] = root
                walk = next
            }
            return root
        }
        for (index, edge) in sortedEdges.enumerated() {
            let a = find(edge.a), b = find(edge.b)
            let merged = n + index
            hierarchyLeft[index] = a
            hierarchyRight[index] = b
            hierarchyDistance[index] = edge.distanceMetres
            size[merged] = size[a] + size[b]
            parent[a] = merged
            parent[b] = merged
        }
        guard merges > 0 else {
            rows = []
            return
        }
        func count(_ node: Int) -> Int { node >= n ? size[node] : 1 }
        func breadthFirst(_ root: Int) -> [Int] {
            var result: [Int] = []
            var level = [root]
            while !level.isEmpty {
                result.append(contentsOf: level)
                level = level.filter { $0 >= n }.flatMap { [hierarchyLeft[$0 - n], hierarchyRight[$0 - n]] }
            }
            return result
        }
        let root = 2 * merges
        var relabel = [Int](repeating: 0, count: root + 1)
        relabel[root] = n
        var nextLabel = n + 1
        var ignore = [Bool](repeating: false, count: root + 1)
        var result: [Row] = []
        func dropPoints(under node: Int, from cluster: Int, at lambda: Double) {
            for sub in breadthFirst(node) {
                if sub < n { result.append(Row(parent: cluster, child: sub, lambda: lambda, childSize: 1)) }
                ignore[sub] = true
            }
        }
        for node in breadthFirst(root) where !ignore[node] && node >= n {
            let left = hierarchyLeft[node - n], right = hierarchyRight[node - n]
            let distance = hierarchyDistance[node - n]
            let lambda = distance > 0 ? 1 / distance : .infinity
            let leftCount = count(left), rightCount = count(right)
            let cluster = relabel[node]
            if leftCount >= minClusterSize && rightCount >= minClusterSize {
                relabel[left] = nextLabel
                nextLabel += 1
                result.append(Row(parent: cluster, child: relabel[left], lambda: lambda, childSize: leftCount))
                relabel[right] = nextLabel
                nextLabel += 1
                result.append(Row(parent: cluster, child: relabel[right], lambda: lambda, childSize: rightCount))
            } else if leftCount < minClusterSize && rightCount < minClusterSize {
                dropPoints(under: left, from: cluster, at: lambda)
                dropPoints(under: right, from: cluster, at: lambda)
            } else if leftCount < minClusterSize {
                relabel[right] = cluster
                dropPoints(under: left, from: cluster, at: lambda)
            } else {
                relabel[left] = cluster
                dropPoints(under: right, from: cluster, at: lambda)
            }
        }
        rows = result
    }

    /// The flat clustering chosen by excess of mass: per point the selected cluster's id (≥ n) or −1, and
    /// the membership probability.
    ///
    /// With `allowSingleCluster` false (the package's default) the root is never selected, so a hierarchy
    /// that never splits into two clusters of ``minClusterSize`` gives no cluster. With it true (the
    /// package's `allow_single_cluster=True`) the root competes like any cluster: when it is more stable than
    /// its children together it is the one cluster, and, as the package's `do_labelling` does, its members
    /// are the points that leave it no earlier than its last row (λ ≥ the largest λ at which anything
    /// leaves the root); the others are noise.
    func excessOfMass(allowSingleCluster: Bool = false) -> (clusterOf: [Int], probabilities: [Double]) {
        let n = pointCount
        var clusterOf = [Int](repeating: -1, count: n)
        var probabilities = [Double](repeating: 0, count: n)
        guard let largest = rows.map({ $0.parent }).max() else { return (clusterOf, probabilities) }
        let root = n
        let clusterCount = largest - root + 1
        // Births: the lambda at which each cluster appears (0 for the root).
        var birth = [Double](repeating: 0, count: clusterCount)
        var parentOf = [Int](repeating: -1, count: clusterCount)
        var children = [[Int]](repeating: [], count: clusterCount)
        var death = [Double](repeating: 0, count: clusterCount)
        for row in rows {
            death[row.parent - root] = max(death[row.parent - root], row.lambda)
            guard row.child >= n else { continue }
            birth[row.child - root] = row.lambda
            parentOf[row.child - root] = row.parent
            children[row.parent - root].append(row.child)
        }
        var stability = [Double](repeating: 0, count: clusterCount)
        for row in rows {
            stability[row.parent - root] += (row.lambda - birth[row.parent - root]) * Double(row.childSize)
        }
        var selected = [Bool](repeating: true, count: clusterCount)
        selected[0] = allowSingleCluster
        for cluster in stride(from: largest, through: allowSingleCluster ? root : root + 1, by: -1) {
            // hdbscan sums the children's stabilities in a C float.
            var subtree: Float = 0
            for child in children[cluster - root] { subtree = Float(Double(subtree) + stability[child - root]) }
            if Double(subtree) > stability[cluster - root] {
                selected[cluster - root] = false
                stability[cluster - root] = Double(subtree)
            } else {
                var pending = children[cluster - root]
                while let descendant = pending.popLast() {
                    selected[descendant - root] = false
                    pending.append(contentsOf: children[descendant - root])
                }
            }
        }
        // Every cluster's selected ancestor (itself included); parents have smaller ids than children.
        var selectedAncestor = [Int](repeating: -1, count: clusterCount)
        for cluster in 0 ..< clusterCount {
            if selected[cluster] {
                selectedAncestor[cluster] = cluster + root
            } else if parentOf[cluster] >= 0 {
                selectedAncestor[cluster] = selectedAncestor[parentOf[cluster] - root]
            }
        }
        for row in rows where row.child < n {
            let cluster = selectedAncestor[row.parent - root]
            guard cluster >= 0 else { continue }
            // The root as the single cluster keeps only the points that leave it last.
            if cluster == root, !(row.lambda >= death[0]) { continue }
            clusterOf[row.child] = cluster
            let maxLambda = death[cluster - root]
            if maxLambda == 0 || !row.lambda.isFinite {
                probabilities[row.child] = 1
            } else {
                probabilities[row.child] = min(row.lambda, maxLambda) / maxLambda
            }
        }
        return (clusterOf, probabilities)
    }
}
