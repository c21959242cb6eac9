import Foundation
import KumeData
import KumeGeo
import Testing
@testable import KumeGeography

/// The hull-buffer geography of the bundled Bursa roster against shapely 2.0 (GEOS 3.11) and pyproj:
/// Tests/Fixtures/hullbuffer/bursa_automotive_shapely.json, written by scripts/reference/hull_buffer_shapely.py.
@Suite("HullBufferBuilder against shapely")
struct HullBufferShapelyTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            var concavity: Double
            var buffer_km: Double
            var area_m2: Double
        }
        var roster: String
        var firms: Int
        var projection: String
        var cases: [Case]
    }

    static let root = BoundaryTestSupport.repositoryRoot

    static func reference() throws -> Reference {
        let url = URL(fileURLWithPath: root + "/Tests/Fixtures/hullbuffer/bursa_automotive_shapely.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    static func firms(_ reference: Reference) throws -> [Member] {
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + reference.roster))
        return try RosterReader.read(data: data, name: reference.roster).firms
    }

    @Test("The buffered geography's area at concavities 0.1, 0.3, 0.5 and 1, buffers 5 and 10 km, equals shapely's to 1e-6")
    func bufferedAreas() throws {
        let reference = try Self.reference()
        let firms = try Self.firms(reference)
        #expect(firms.count == reference.firms)
        let buffered = reference.cases.filter { $0.buffer_km > 0 }
        #expect(buffered.count == 8)
        for item in buffered {
            let parameters = GeographyParameters(concavity: item.concavity, bufferKilometres: item.buffer_km)
            let geography = try HullBufferBuilder(parameters: parameters).build(firms: firms, members: firms, source: reference.roster)
            #expect(geography.projection == reference.projection)
            #expect(geography.firmsUsed.count == reference.firms)
            let area = geography.areaSquareKilometres * 1_000_000
            #expect(abs(area - item.area_m2) / item.area_m2 < 1e-6,
                    "concavity \(item.concavity), buffer \(item.buffer_km) km: kume \(area) m², shapely \(item.area_m2) m²")
        }
    }

    @Test("The hull itself (no buffer) at each concavity has shapely's area to 1e-6")
    func hullAreas() throws {
        let reference = try Self.reference()
        let firms = try Self.firms(reference)
        let context = try GeometryContext()
        let projection = try LocalProjection.equalArea(around: firms.compactMap(\.location))
        #expect(projection.definition == reference.projection)
        let transformer = try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
        let planar = try transformer.forward(firms.compactMap(\.location))
        let frame = try PlanarHullBuffer(firms: planar, parameters: GeographyParameters(), context: context)
        #expect(frame.outliers.allSatisfy { !$0 })
        for item in reference.cases where item.buffer_km == 0 {
            let hull = try frame.input.hull(concavity: item.concavity)
            #expect(hull.notes.isEmpty, "concavity \(item.concavity): \(hull.notes)")
            let area = try hull.geometry.area()
            #expect(abs(area - item.area_m2) / item.area_m2 < 1e-6,
                    "concavity \(item.concavity): kume \(area) m², shapely \(item.area_m2) m²")
        }
    }
}
