import KumeGeo
import Testing

@Suite("PreparedGeometry")
struct PreparedGeometryTests {
    @Test("Bulk contains and covers of 2000 points in a 100-vertex star equal shapely's contains_xy and covers")
    func matchesShapely() throws {
        let fixture = try ShapelyFixture.load().pointInPolygon
        let context = try GeometryContext()
        let prepared = try Geometry(wkt: fixture.polygon, in: context).prepared()
        let points = fixture.points.map { Coordinate(x: $0[0], y: $0[1]) }
        #expect(try prepared.contains(points: points) == fixture.contains)
        #expect(try prepared.covers(points: points) == fixture.covers)
        // The fixture includes vertices, where contains and covers differ.
        #expect(fixture.contains != fixture.covers)
        #expect(try prepared.containsPoint(points[0]) == fixture.contains[0])
        #expect(try prepared.coversPoint(points[1999]) == fixture.covers[1999])
    }

    @Test("A point on the unit square's edge is covered but not contained; one outside is neither")
    func boundary() throws {
        let context = try GeometryContext()
        let square = try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", in: context).prepared()
        #expect(try square.containsPoint(Coordinate(x: 0.5, y: 0.5)))
        #expect(try !square.containsPoint(Coordinate(x: 1, y: 0.5)))
        #expect(try square.coversPoint(Coordinate(x: 1, y: 0.5)))
        #expect(try !square.coversPoint(Coordinate(x: 1.5, y: 0.5)))
        let inner = try Geometry(wkt: "LINESTRING (0.2 0.2, 0.8 0.8)", in: context)
        let crossing = try Geometry(wkt: "LINESTRING (0.5 0.5, 2 2)", in: context)
        #expect(try square.contains(inner) && square.covers(inner) && square.intersects(inner))
        #expect(try !square.contains(crossing) && square.intersects(crossing))
    }

    @Test("The prepared geometry keeps its base alive")
    func keepsBase() throws {
        let context = try GeometryContext()
        var base: Geometry? = try Geometry(wkt: "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", in: context)
        let prepared = try #require(try base?.prepared())
        base = nil
        #expect(try prepared.containsPoint(Coordinate(x: 2, y: 2)))
        #expect(try prepared.base.area() == 16)
    }
}
