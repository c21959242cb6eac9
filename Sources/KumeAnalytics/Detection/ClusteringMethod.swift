/// The density clustering used to find candidate clusters, with its parameters.
package enum ClusteringMethod: Sendable, Equatable, CustomStringConvertible {
    /// DBSCAN with a radius in metres and a minimum neighbourhood size counting the point itself.
    case dbscan(DBSCAN)
    /// HDBSCAN with a minimum cluster size and `minSamples`.
    case hdbscan(HDBSCAN)

    /// The method's name and parameters as written in outputs (`dbscan(eps_km=2, min_points=10)`).
    package var description: String {
        switch self {
        case .dbscan(let dbscan):
            return "dbscan(eps_km=\(dbscan.epsMetres / 1000), min_points=\(dbscan.minPoints))"
        case .hdbscan(let hdbscan):
            return "hdbscan(min_cluster_size=\(hdbscan.minClusterSize), min_samples=\(hdbscan.minSamples)"
                + (hdbscan.allowSingleCluster ? ", allow_single_cluster=true)" : ")")
        }
    }
}
