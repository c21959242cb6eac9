/// Hierarchical density-based clustering (HDBSCAN) of planar points in metres, with the `hdbscan`
/// package's definitions (Campello, Moulavi & Sander 2013; McInnes, Healy & Astels 2017).
///
/// Steps: core distance of each point = distance to its ``minSamples``-th nearest *other* point (the
/// package queries min_samples + 1 neighbours, the point itself first); mutual-reachability distance
/// max(core(a), core(b), d(a, b)); its exact minimum spanning tree (Borůvka over a kd-tree); the
/// single-linkage hierarchy; the tree condensed at ``minClusterSize``; clusters chosen by excess of mass,
/// the root allowed as a single cluster only with ``allowSingleCluster``; labels and membership probabilities.
///
/// The package's default (`approx_min_span_tree=True`) accepts a spanning tree that is not always
/// minimal; kume always builds an exact one, as `hdbscan.HDBSCAN(..., approx_min_span_tree=False)` does
/// (same total weight). Mutual-reachability distances tie often (a weight is usually some point's core
/// distance); where they do, the tree's shape is open: kume orders tied edges by Euclidean length, then
/// by their ends' input indices, while the package's order follows its own traversal and sort, so a few
/// points decided at a tie (typically low-probability members) can be labelled differently (adjusted
/// Rand index ≥ 0.99 on the test fixtures; the package's own Prim and Borůvka algorithms differ as much).
/// Clusters are numbered 0, 1, … in the order of their smallest member's input index; noise is −1.
public struct HDBSCAN: Sendable, Equatable {
    /// The smallest cluster kept when the hierarchy is condensed (`min_cluster_size`).
    public let minClusterSize: Int
    /// The neighbour rank that defines a point's core distance, not counting the point (`min_samples`).
    public let minSamples: Int
    /// Whether the whole hierarchy may be the one cluster (`allow_single_cluster`): without it a sector
    /// whose firms form one dense group, never splitting into two of ``minClusterSize``, gives no cluster.
    public let allowSingleCluster: Bool

    /// Checks and stores the parameters.
    /// - Parameters:
    ///   - minClusterSize: the smallest cluster, in points; at least 2.
    ///   - minSamples: the core-distance neighbour rank; at least 1; `nil` means `minClusterSize`, as in
    ///     the `hdbscan` package.
    ///   - allowSingleCluster: the package's `allow_single_cluster` (default false, as there).
    /// - Throws: ``DetectionError/minClusterSizeTooSmall(_:)`` or ``DetectionError/minSamplesTooSmall(_:)``.
    public init(minClusterSize: Int, minSamples: Int? = nil, allowSingleCluster: Bool = false) throws(DetectionError) {
        guard minClusterSize >= 2 else { throw .minClusterSizeTooSmall(minClusterSize) }
        let samples = minSamples ?? minClusterSize
        guard samples >= 1 else { throw .minSamplesTooSmall(samples) }
        self.minClusterSize = minClusterSize
        self.minSamples = samples
        self.allowSingleCluster = allowSingleCluster
    }

    /// Clusters points given as planar coordinates in metres.
    /// - Parameters:
    ///   - xMetres: easting of each point, in metres (any planar frame).
    ///   - yMetres: northing of each point, in metres, same length as `xMetres`.
    ///   - workers: how many tasks may run at once (default: the active processor count).
    /// - Returns: labels (numbered by smallest member index), probabilities and core distances.
    /// - Throws: ``DetectionError`` for mismatched arrays, a non-finite coordinate, a worker count below 1
    ///   or more than 2³¹ − 1 points.
    public func cluster(
        xMetres: [Double], yMetres: [Double], workers: Int = DBSCAN.defaultWorkers
    ) async throws(DetectionError) -> HDBSCANResult {
        guard workers >= 1 else { throw .workerCountTooSmall(workers) }
        guard xMetres.count == yMetres.count else {
            throw .coordinateCountMismatch(xCount: xMetres.count, yCount: yMetres.count)
        }
        guard xMetres.count < Int(Int32.max) else { throw .tooManyPoints(xMetres.count) }
        for index in xMetres.indices where !xMetres[index].isFinite || !yMetres[index].isFinite {
            throw .nonFiniteCoordinate(index: index)
        }
        let n = xMetres.count
        guard n > 1 else {
            return HDBSCANResult(
                clustering: Clustering(labels: [Int](repeating: -1, count: n), clusterCount: 0),
                probabilities: [Double](repeating: 0, count: n), coreDistancesMetres: [Double](repeating: 0, count: n))
        }
        // As the package: min_samples is capped at n − 1.
        let samples = min(minSamples, n - 1)
        let tree = PointTree2D(x: xMetres, y: yMetres)
        let core = await MutualReachabilitySpanningTree.coreDistances(tree: tree, minSamples: samples, workers: workers)
        let edges = await MutualReachabilitySpanningTree.edges(
            tree: tree, coreSquared: core.map { $0 * $0 }, workers: workers)
        let condensed = CondensedTree(pointCount: n, sortedEdges: edges, minClusterSize: minClusterSize)
        let (clusterOf, probabilities) = condensed.excessOfMass(allowSingleCluster: allowSingleCluster)
        var labelOf: [Int: Int] = [:]
        let labels = clusterOf.map { cluster -> Int in
            guard cluster >= 0 else { return -1 }
            if let label = labelOf[cluster] { return label }
            labelOf[cluster] = labelOf.count
            return labelOf.count - 1
        }
        var coreInInputOrder = [Double](repeating: 0, count: n)
        for (position, input) in tree.inputIndex.enumerated() { coreInInputOrder[Int(input)] = core[position] }
        return HDBSCANResult(
            clustering: Clustering(labels: labels, clusterCount: labelOf.count),
            probabilities: probabilities, coreDistancesMetres: coreInInputOrder)
    }
}

/// The outcome of ``HDBSCAN/cluster(xMetres:yMetres:workers:)``.
public struct HDBSCANResult: Sendable, Equatable {
    /// The clusters (numbered by smallest member index) and noise.
    public let clustering: Clustering
    /// Each point's membership strength in its cluster, 0–1 (0 for noise), as the package's `probabilities_`.
    public let probabilities: [Double]
    /// Each point's core distance in metres.
    public let coreDistancesMetres: [Double]

    /// The label of each point in input order: 0 ..< cluster count, or −1 for noise.
    public var labels: [Int] { clustering.labels }
}
