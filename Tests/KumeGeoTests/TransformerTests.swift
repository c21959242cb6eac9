import Foundation
import KumeGeo
import Testing

@Suite("Transformer")
struct TransformerTests {
    static let transforms = (try? ProjectionFixture.load().transforms) ?? []

    static func crs(_ definition: String) -> CRS {
        if definition.hasPrefix("EPSG:"), let code = Int(definition.dropFirst(5)) { return .epsg(code) }
        return .projString(definition)
    }

    @Test("Bursa goes to the documented UTM 35N, 36N and LAEA Europe coordinates (pyproj and cs2cs)")
    func bursaKnownAnswers() throws {
        // Values from GEOS-PROJ-NOTES.md (pyproj 3.7 / PROJ 9.5, same on cs2cs); EPSG:3035 is northing first
        // in the registry, easting first here after normalisation.
        let context = try ProjectionContext()
        let bursa = Coordinate(longitude: 29.06111, latitude: 40.18222)
        let expected: [(Int, Double, Double)] = [
            (32635, 675_473.596, 4_450_019.081), (32636, 164_628.297, 4_455_426.573),
            (3035, 5_933_326.147, 2_102_692.738),
        ]
        for (code, easting, northing) in expected {
            let result = try Transformer(from: .wgs84, to: .epsg(code), in: context).forward(bursa)
            #expect(abs(result.x - easting) < 0.001, "EPSG:\(code) easting \(result.x)")
            #expect(abs(result.y - northing) < 0.001, "EPSG:\(code) northing \(result.y)")
        }
    }

    @Test("Forward transforms equal pyproj's to 0.1 mm", arguments: transforms)
    func forwardMatchesPyproj(_ transform: ProjectionFixture.Transform) throws {
        let context = try ProjectionContext()
        let transformer = try Transformer(from: .wgs84, to: Self.crs(transform.target), in: context)
        let result = try transformer.forward(Coordinate(x: transform.lonLat[0], y: transform.lonLat[1]))
        #expect(abs(result.x - transform.xy[0]) < 1e-4)
        #expect(abs(result.y - transform.xy[1]) < 1e-4)
    }

    @Test("Bulk forward then inverse of every place returns to the start within 1e-7 degrees (about 1 cm)")
    func bulkRoundTrip() throws {
        let context = try ProjectionContext()
        let groups = Dictionary(grouping: Self.transforms, by: \.target)
        for (target, rows) in groups {
            let transformer = try Transformer(from: .wgs84, to: Self.crs(target), in: context)
            let lonLat = rows.map { Coordinate(x: $0.lonLat[0], y: $0.lonLat[1]) }
            let projected = try transformer.forward(lonLat)
            for (row, point) in zip(rows, projected) {
                #expect(abs(point.x - row.xy[0]) < 1e-4 && abs(point.y - row.xy[1]) < 1e-4)
            }
            let back = try transformer.inverse(projected)
            for (start, end) in zip(lonLat, back) {
                // Ellipsoidal LAEA inverts the authalic latitude by a series: about 1e-8° (pyproj shows the same).
                #expect(abs(start.x - end.x) < 1e-7 && abs(start.y - end.y) < 1e-7)
            }
        }
    }

    @Test("An unknown EPSG code throws a ProjectionError with PROJ's message")
    func unknownCRS() throws {
        let context = try ProjectionContext()
        let error = try #require(throws: ProjectionError.self) {
            try Transformer(from: .wgs84, to: .epsg(999_999), in: context)
        }
        #expect(error.operation.contains("proj_create_crs_to_crs"))
        #expect(error.log.joined().contains("crs not found"))
        #expect(error.description.contains("crs not found"))
    }

    @Test("Latitude 95 throws naming its index instead of returning infinity")
    func invalidCoordinate() throws {
        let context = try ProjectionContext()
        let transformer = try Transformer(from: .wgs84, to: .epsg(32636), in: context)
        let points = [Coordinate(longitude: 33, latitude: 39), Coordinate(longitude: 33, latitude: 40),
                      Coordinate(longitude: 33, latitude: 95), Coordinate(longitude: 33, latitude: 41)]
        let error = try #require(throws: ProjectionError.self) { try transformer.forward(points) }
        #expect(error.index == 2)
        #expect(error.log.joined().contains("Invalid latitude"))
        #expect(error.code != 0)
        #expect(!error.message.isEmpty)
        #expect(throws: ProjectionError.self) { try transformer.forward(points[2]) }
        // The transformer stays usable after the failure.
        #expect(try transformer.forward(points[0]).x.isFinite)
    }

    @Test("A PROJ string without +type=crs is read as a CRS")
    func projStringCRS() throws {
        let crs = CRS.projString("+proj=laea +lat_0=39 +lon_0=35 +datum=WGS84 +units=m")
        #expect(crs.definition.hasSuffix("+type=crs"))
        let origin = try Transformer(from: .wgs84, to: crs, in: try ProjectionContext())
            .forward(Coordinate(longitude: 35, latitude: 39))
        // The projection centre maps to the origin, by definition of +x_0=0 +y_0=0.
        #expect(abs(origin.x) < 1e-6 && abs(origin.y) < 1e-6)
    }
}
