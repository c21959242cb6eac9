import KumeData

/// Why a candidate search could not run.
package enum CandidateSearchError: Error, Sendable, CustomStringConvertible {
    /// The registry gives planar `x`, `y` that were not converted to longitude, latitude.
    case planarRegistry(source: String)
    /// The PostGIS engine was asked for a method it does not run.
    case engineMethod(String)

    package var description: String {
        switch self {
        case .planarRegistry(let source):
            return "\(source): the registry has planar x, y columns — give \(Setting.crs.words) (e.g. EPSG:32636) "
                + "so kume can convert them to longitude, latitude"
        case .engineMethod(let method):
            return "\(Setting.engine.words) postgis runs DBSCAN (ST_ClusterDBSCAN), not \(method) — use \(Setting.method.words) dbscan "
                + "or \(Setting.engine.words) kume"
        }
    }
}
