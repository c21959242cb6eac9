import KumeData
import KumeAnalytics
import Testing

/// Clustering one sector group of a registry (hand-built layouts whose answers are read off the geometry).
@Suite("SectorClusters")
struct SectorClustersTests {
    static func firm(_ id: Int, _ nace: String, type: MemberType = .firm) -> Member {
        Member(id: String(id), name: "Firm \(id)", type: type, nace: NaceCode(canonical: nace))
    }

    // Members 0–4: class 29.10, 100 m apart on a line at x = 0 … 400 m.
    // Member 5: class 29.32 at x = 10 km (alone). Members 6–8: class 13.20 at x = 0 … 200 m (other sector).
    // Member 9: a university at x = 50 m (not a firm). Members 10–12: class 29.31 at x = 20 km … 20.2 km.
    static let members: [Member] = (0 ..< 5).map { firm($0, "29.10") } + [firm(5, "29.32")]
        + (6 ..< 9).map { firm($0, "13.20") } + [firm(9, "85.42", type: .university)]
        + (10 ..< 13).map { firm($0, "29.31") }
    static let xs: [Double] = [0, 100, 200, 300, 400, 10_000, 0, 100, 200, 50, 20_000, 20_100, 20_200]
    static let ys = [Double](repeating: 0, count: 13)

    @Test("Only the sector's firms are clustered, and members are indices into the registry")
    func sectorFirms() async throws {
        let result = try await SectorClusters.detect(
            members: Self.members, xMetres: Self.xs, yMetres: Self.ys, sector: [NaceCode(canonical: "29")],
            method: .dbscan(try DBSCAN(epsMetres: 150, minPoints: 3)))
        #expect(result.sectorMemberIndices == [0, 1, 2, 3, 4, 5, 10, 11, 12])
        // Points 100 m apart with eps 150 m: interior points have 3 neighbours (themselves included), the
        // ends 2 → core 1, 2, 3 and 11; ends 0, 4, 10, 12 are border points; member 5 is noise.
        #expect(result.clusters.count == 2)
        let first = try #require(result.clusters.first)
        #expect(first.memberIndices == [0, 1, 2, 3, 4])
        #expect(first.coreMemberIndices == [1, 2, 3])
        #expect(abs(first.centroidXMetres - 200) < 1e-9)
        #expect(result.clusters[1].memberIndices == [10, 11, 12])
        #expect(result.clusters[1].coreMemberIndices == [11])
        #expect(result.clustering.labels == [0, 0, 0, 0, 0, -1, 1, 1, 1])
        #expect(result.rankedBySize.map(\.label) == [0, 1])
    }

    @Test("A group of classes takes exactly those classes")
    func classGroup() async throws {
        let result = try await SectorClusters.detect(
            members: Self.members, xMetres: Self.xs, yMetres: Self.ys,
            sector: [NaceCode(canonical: "29.31"), NaceCode(canonical: "13.20")],
            method: .dbscan(try DBSCAN(epsMetres: 150, minPoints: 3)))
        #expect(result.sectorMemberIndices == [6, 7, 8, 10, 11, 12])
        #expect(result.rankedBySize.map(\.memberIndices) == [[6, 7, 8], [10, 11, 12]])
    }

    @Test("The method names its parameters in kilometres")
    func methodDescription() throws {
        #expect(ClusteringMethod.dbscan(try DBSCAN(epsMetres: 2000, minPoints: 10)).description == "dbscan(eps_km=2.0, min_points=10)")
        #expect(ClusteringMethod.hdbscan(try HDBSCAN(minClusterSize: 50)).description == "hdbscan(min_cluster_size=50, min_samples=50)")
    }

    @Test("Coordinates must be given for every member")
    func mismatch() async throws {
        await #expect(throws: DetectionError.self) {
            try await SectorClusters.detect(
                members: Self.members, xMetres: [0], yMetres: [0], sector: [NaceCode(canonical: "29")],
                method: .dbscan(try DBSCAN(epsMetres: 150, minPoints: 3)))
        }
    }
}
