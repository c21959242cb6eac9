import KumeData

/// The clusters found among the firms of one sector group: what `kume detect` builds candidates from.
package struct SectorClusters: Sendable, Equatable {
    /// One detected cluster.
    package struct Cluster: Sendable, Equatable {
        /// The cluster's label in ``SectorClusters/clustering`` (0 is the cluster with the smallest member index).
        package let label: Int
        /// Indices into the members array given to ``SectorClusters/detect(members:xMetres:yMetres:sector:method:workers:)``,
        /// ascending.
        package let memberIndices: [Int]
        /// The subset of ``memberIndices`` that are core points (DBSCAN); all members for HDBSCAN.
        package let coreMemberIndices: [Int]
        /// The mean x of the members, in metres (the caller's planar frame).
        package let centroidXMetres: Double
        /// The mean y of the members, in metres (the caller's planar frame).
        package let centroidYMetres: Double
    }

    /// The method and parameters used.
    package let method: ClusteringMethod
    /// Indices into the members array of the sector's firms that were clustered, ascending.
    package let sectorMemberIndices: [Int]
    /// Labels of the sector's firms, parallel to ``sectorMemberIndices``.
    package let clustering: Clustering
    /// The clusters, in label order.
    package let clusters: [Cluster]

    /// The clusters from largest to smallest, ties by label: a stable ranking.
    package var rankedBySize: [Cluster] {
        clusters.sorted { ($1.memberIndices.count, $0.label) < ($0.memberIndices.count, $1.label) }
    }

    /// Clusters the firms whose NACE code lies within any code of `sector` (a division such as `29` takes
    /// all its classes; section letters match nothing — pass divisions).
    /// - Parameters:
    ///   - members: the registry or roster; members that are not firms, or have no NACE code, are skipped.
    ///   - xMetres: each member's planar x in metres (for example from a local projection); parallel to `members`.
    ///   - yMetres: each member's planar y in metres; parallel to `members`.
    ///   - sector: the NACE codes of the sector group.
    ///   - method: DBSCAN or HDBSCAN with parameters.
    ///   - workers: how many tasks may run at once.
    /// - Returns: the sector's firms, their labels and the clusters with member indices into `members`.
    /// - Throws: ``DetectionError`` for mismatched arrays, a non-finite coordinate of a sector firm or a
    ///   worker count below 1.
    package static func detect(
        members: [Member], xMetres: [Double], yMetres: [Double], sector: [NaceCode], method: ClusteringMethod,
        workers: Int = DBSCAN.defaultWorkers
    ) async throws(DetectionError) -> SectorClusters {
        guard members.count == xMetres.count, members.count == yMetres.count else {
            throw .coordinateCountMismatch(xCount: xMetres.count, yCount: yMetres.count)
        }
        let indices = members.indices.filter { index in
            guard members[index].type == .firm, let code = members[index].nace else { return false }
            return sector.contains { $0.contains(code) }
        }
        let xs = indices.map { xMetres[$0] }, ys = indices.map { yMetres[$0] }
        let clustering: Clustering
        let core: [Bool]
        switch method {
        case .dbscan(let dbscan):
            let result = try await dbscan.cluster(xMetres: xs, yMetres: ys, workers: workers)
            clustering = result.clustering
            core = result.isCore
        case .hdbscan(let hdbscan):
            let result = try await hdbscan.cluster(xMetres: xs, yMetres: ys, workers: workers)
            clustering = result.clustering
            core = result.labels.map { $0 >= 0 }
        }
        let clusters = clustering.members.enumerated().map { label, local in
            Cluster(
                label: label, memberIndices: local.map { indices[$0] },
                coreMemberIndices: local.filter { core[$0] }.map { indices[$0] },
                centroidXMetres: local.reduce(0) { $0 + xs[$1] } / Double(local.count),
                centroidYMetres: local.reduce(0) { $0 + ys[$1] } / Double(local.count))
        }
        return SectorClusters(method: method, sectorMemberIndices: indices, clustering: clustering, clusters: clusters)
    }
}
