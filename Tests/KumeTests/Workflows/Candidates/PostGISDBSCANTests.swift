import Foundation
import KumeGeo
import KumePostgresTesting
import Testing

@testable import Kume

/// DBSCAN inside PostGIS (`ST_ClusterDBSCAN` and the border rule in SQL) against kume's own DBSCAN, on a synthetic
/// registry clustered per NACE division, as `kume detect --level division` does.
///
/// 2·10⁴ firms here: at 10⁵ the test took about 3 minutes on a loaded 2-core machine (the core counts and the border
/// rule are per-point SQL); `scripts/bench/postgis/run` compares the two engines' candidates at 10⁵ and 10⁶.
@Suite("PostGISDBSCAN")
struct PostGISDBSCANTests {
    @Test("On 2·10⁴ synthetic firms, every division's core points, clusters and noise are kume's own DBSCAN's")
    func sameClustersAsKume() async throws {
        let members = try SyntheticRegistry.turkiye(firms: 20_000, seed: 11).members
        let coordinates = members.map { $0.location ?? Coordinate(longitude: .nan, latitude: .nan) }
        var byDivision: [String: [Int]] = [:]
        for (row, member) in members.enumerated() where member.location != nil {
            if let division = member.nace?.truncated(to: .division) { byDivision[division.code, default: []].append(row) }
        }
        let groups = byDivision.keys.sorted().compactMap { byDivision[$0] }
        let projection = try LocalProjection.equalArea(around: coordinates.filter { !$0.longitude.isNaN })
        let transformer = try Transformer(from: .wgs84, to: projection.crs, in: ProjectionContext())
        let dbscan = try DBSCAN(epsMetres: 2000, minPoints: 10)
        let database = try await PostgresTestCluster.shared().withDatabase { database in
            try PostGISDBSCAN(conninfo: database.conninfo, dbscan: dbscan)
                .cluster(groups: groups, coordinates: coordinates, projection: projection)
        }
        var expectedAssignments: Set<PostGISDBSCAN.Assignment> = []
        var expectedClusters: [[[Int]]] = []
        for (group, rows) in groups.enumerated() {
            let planar = try transformer.forward(rows.map { coordinates[$0] })
            let result = try await dbscan.cluster(xMetres: planar.map(\.x), yMetres: planar.map(\.y))
            for (local, label) in result.labels.enumerated() where label >= 0 {
                expectedAssignments.insert(.init(row: rows[local], group: group, label: label, isCore: result.isCore[local]))
            }
            expectedClusters.append(result.clustering.members.map { $0.map { rows[$0] } })
        }
        #expect(expectedAssignments.count > 300, "the registry must hold clusters worth comparing")
        #expect(expectedAssignments.contains { !$0.isCore }, "and border points")
        #expect(Set(database.assignments) == expectedAssignments)
        #expect(database.clusters == expectedClusters)
    }
}
