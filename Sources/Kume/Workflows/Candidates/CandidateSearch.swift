import KumeAnalytics
import KumeData
import KumeGeography

/// The settings of a search for candidate clusters in a registry.
///
/// Ranking: significant candidates first, then by ``Candidate/excessFirms`` (descending), then by firm count
/// (descending), then by sector label and the first firm's row, so the order never depends on scheduling.
package struct CandidateSearch: Sendable {
    /// The sectors to cluster.
    package var sectors: SectorSelection
    /// The density clustering and its parameters.
    package var method: ClusteringMethod
    /// The geography built around each cluster.
    package var geography: GeographyParameters
    /// Institutions within this distance of a candidate's geography are listed with it, in kilometres.
    package var institutionsWithinKilometres: Double
    /// The call whose rules give the pre-eligibility verdict.
    package var call: Call
    /// Clusters with fewer firms are not made candidates (default: the call's minimum of committed firms,
    /// since a smaller cluster cannot be eligible).
    package var minimumFirms: Int
    /// How many candidates are built at once (default: the active processor count); the result does not
    /// depend on it.
    package var workers: Int
    /// Türkiye's district polygons for the exact places each candidate touches; `nil` for district points.
    package var boundaries: AdministrativeBoundaries?
    /// The family-wise risk level of the concentration test (Holm-adjusted p ≤ this is significant).
    package var alpha: Double = 0.05
    /// Whether institutions were given at all (without them chamber and university are unknown).
    package var institutionsGiven: Bool = true
    /// Where the clustering runs: kume itself, or inside PostgreSQL/PostGIS (DBSCAN only).
    package var engine: DetectionEngine = .kume

    /// Creates the settings.
    package init(
        sectors: SectorSelection, method: ClusteringMethod, geography: GeographyParameters = GeographyParameters(),
        institutionsWithinKilometres: Double = 10, call: Call, boundaries: AdministrativeBoundaries? = nil,
        minimumFirms: Int? = nil, workers: Int = DBSCAN.defaultWorkers
    ) {
        self.minimumFirms = minimumFirms ?? call.minimumCommittedFirms
        self.workers = workers
        self.boundaries = boundaries
        self.sectors = sectors
        self.method = method
        self.geography = geography
        self.institutionsWithinKilometres = institutionsWithinKilometres
        self.call = call
    }
}

/// Where `kume detect` clusters the firms.
package enum DetectionEngine: Sendable, Hashable {
    /// kume's own DBSCAN or HDBSCAN.
    case kume
    /// `ST_ClusterDBSCAN` in the PostgreSQL/PostGIS database of this libpq conninfo (see ``PostGISDBSCAN``).
    case postgis(conninfo: String)
}
