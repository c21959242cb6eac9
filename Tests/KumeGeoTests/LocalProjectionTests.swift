import KumeGeo
import Testing

@Suite("LocalProjection")
struct LocalProjectionTests {
    @Test("The centre is the rounded median longitude and latitude, and the projection equals pyproj's to 0.1 mm")
    func matchesPyproj() throws {
        let local = try ProjectionFixture.load().local
        let points = local.points.map { Coordinate(x: $0[0], y: $0[1]) }
        let projection = try LocalProjection.equalArea(around: points)
        #expect(projection.centre == Coordinate(x: local.centre[0], y: local.centre[1]))
        #expect(projection.definition.hasPrefix("+proj=laea"))
        #expect(projection.definition.contains("+datum=WGS84"))
        let transformer = try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
        let projected = try transformer.forward(points)
        for (actual, expected) in zip(projected, local.projected) {
            #expect(abs(actual.x - expected[0]) < 1e-4 && abs(actual.y - expected[1]) < 1e-4)
        }
    }

    @Test("Two far outliers among three points do not move the median centre off the others")
    func robustCentre() throws {
        let points = [Coordinate(longitude: 29, latitude: 40), Coordinate(longitude: 29.2, latitude: 40.1),
                      Coordinate(longitude: 29.1, latitude: 40.2), Coordinate(longitude: 44, latitude: 37),
                      Coordinate(longitude: 26, latitude: 42)]
        // Sorted longitudes 26, 29, 29.1, 29.2, 44 → 29.1; latitudes 37, 40, 40.1, 40.2, 42 → 40.1.
        let projection = try LocalProjection.equalArea(around: points)
        #expect(projection.centre == Coordinate(longitude: 29.1, latitude: 40.1))
    }

    @Test("No points, or latitude 95, throw a ProjectionError")
    func invalidInput() throws {
        #expect(throws: ProjectionError.self) { try LocalProjection.equalArea(around: []) }
        let error = try #require(throws: ProjectionError.self) {
            try LocalProjection.equalArea(around: [Coordinate(longitude: 30, latitude: 40),
                                                   Coordinate(longitude: 30, latitude: 95)])
        }
        #expect(error.index == 1)
    }
}
