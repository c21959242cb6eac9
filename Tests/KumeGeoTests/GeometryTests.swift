import Foundation
import KumeGeo
import Testing

@Suite("Geometry")
struct GeometryTests {
    @Test("A polygon built from coordinates reads back as the same WKT and rings")
    func polygonRoundTrip() throws {
        let context = try GeometryContext()
        let shell = [Coordinate(x: 0, y: 0), Coordinate(x: 4, y: 0), Coordinate(x: 4, y: 3), Coordinate(x: 0, y: 3)]
        let hole = [Coordinate(x: 1, y: 1), Coordinate(x: 1, y: 2), Coordinate(x: 2, y: 2), Coordinate(x: 2, y: 1)]
        let polygon = try Geometry.polygon(shell: shell, holes: [hole], in: context)
        #expect(try polygon.wkt() == "POLYGON ((0 0, 4 0, 4 3, 0 3, 0 0), (1 1, 1 2, 2 2, 2 1, 1 1))")
        #expect(try polygon.type == .polygon)
        // 4 × 3 − 1 × 1, by hand.
        #expect(try polygon.area() == 11)
        let rings = try polygon.polygons()
        #expect(rings == [[shell + [shell[0]], hole + [hole[0]]]])
    }

    @Test("Points, multipoints and line strings keep their coordinates exactly")
    func coordinatesRoundTrip() throws {
        let context = try GeometryContext()
        let coordinates = (0..<1000).map { Coordinate(x: Double($0) * 0.001 + 26, y: 36 + Double($0 % 7) / 3) }
        let line = try Geometry.lineString(coordinates, in: context)
        #expect(try line.coordinates() == coordinates)
        let multiPoint = try Geometry.multiPoint(coordinates, in: context)
        #expect(try multiPoint.count == 1000)
        #expect(try multiPoint.part(999).coordinates() == [coordinates[999]])
        let point = try Geometry.point(Coordinate(x: 29.06111, y: 40.18222), in: context)
        #expect(try point.coordinates() == [Coordinate(x: 29.06111, y: 40.18222)])
        #expect(try Geometry.multiPoint([], in: context).isEmpty)
        #expect(try Geometry.lineString([], in: context).coordinates() == [])
    }

    @Test("WKT with a fixed number of decimals rounds as GEOS does")
    func wktDecimals() throws {
        let context = try GeometryContext()
        let point = try Geometry.point(Coordinate(x: 29.0611149, y: 40.1822251), in: context)
        #expect(try point.wkt(decimals: 6) == "POINT (29.061115 40.182225)")
        #expect(try point.wkt(decimals: 2) == "POINT (29.06 40.18)")
    }

    @Test("WKB equals shapely's bytes and reads back to the same geometry",
          arguments: (try? ShapelyFixture.load().measures) ?? [])
    func wkb(_ measure: ShapelyFixture.Measure) throws {
        let context = try GeometryContext()
        let geometry = try Geometry(wkt: measure.first, in: context)
        let bytes = try geometry.wkb()
        #expect(bytes.map { String(format: "%02X", $0) }.joined() == measure.wkbHex.uppercased())
        let back = try Geometry(wkb: bytes, in: context)
        #expect(try back.wkt() == geometry.wkt())
    }

    @Test("Area, length, distance, centroid and predicates equal shapely's",
          arguments: (try? ShapelyFixture.load().measures) ?? [])
    func measures(_ measure: ShapelyFixture.Measure) throws {
        let context = try GeometryContext()
        let first = try Geometry(wkt: measure.first, in: context)
        let second = try Geometry(wkt: measure.second, in: context)
        #expect(Fixtures.close(try first.area(), measure.area, relative: 1e-12))
        #expect(Fixtures.close(try first.length(), measure.length, relative: 1e-12))
        #expect(Fixtures.close(try first.distance(to: second), measure.distance, relative: 1e-12))
        let centroid = try #require(try first.centroid().coordinates().first)
        #expect(Fixtures.close(centroid.x, measure.centroid[0], relative: 1e-12))
        #expect(Fixtures.close(centroid.y, measure.centroid[1], relative: 1e-12))
        #expect(try first.intersects(second) == measure.intersects)
        #expect(try first.covers(second) == measure.covers)
        #expect(try first.contains(second) == measure.contains)
        #expect(try second.within(first) == measure.within)
    }

    @Test("Envelope and bounds of a line are its corner coordinates")
    func envelope() throws {
        let context = try GeometryContext()
        let line = try Geometry(wkt: "LINESTRING (3 -1, 7 4, 5 9)", in: context)
        let bounds = try line.bounds()
        #expect(bounds.min == Coordinate(x: 3, y: -1))
        #expect(bounds.max == Coordinate(x: 7, y: 9))
        // (7 − 3) × (9 − (−1)) = 40, by hand.
        #expect(try line.envelope().area() == 40)
    }

    @Test("A collection clones its parts, which stay usable, and parts are borrowed from the collection")
    func collection() throws {
        let context = try GeometryContext()
        let a = try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", in: context)
        let b = try Geometry(wkt: "POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))", in: context)
        var collection: Geometry? = try Geometry.collection([a, b], as: .multiPolygon, in: context)
        let part = try #require(try collection?.part(1))
        collection = nil  // the borrowed part keeps its parent alive
        #expect(try part.wkt() == "POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))")
        #expect(try a.area() == 1)
        #expect(throws: GeometryError.self) {
            try Geometry.collection([a, try Geometry(wkt: "POINT (0 0)", in: context)], as: .multiPolygon, in: context)
        }
        #expect(throws: GeometryError.self) { try part.part(1) }
    }

    @Test("Invalid WKT throws a GeometryError with GEOS's parse message")
    func invalidWKT() throws {
        let context = try GeometryContext()
        let error = try #require(throws: GeometryError.self) {
            try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1", in: context)
        }
        #expect(error.operation == "GEOSWKTReader_read_r")
        #expect(error.message.contains("ParseException"))
        #expect(error.description.contains(error.message))
        // The context stays usable and the message does not leak into the next call.
        #expect(try Geometry(wkt: "POINT (1 2)", in: context).wkt() == "POINT (1 2)")
    }

    @Test("A one-point ring and a one-point line throw GEOS's IllegalArgumentException")
    func invalidConstruction() throws {
        let context = try GeometryContext()
        let line = try #require(throws: GeometryError.self) {
            try Geometry.lineString([Coordinate(x: 0, y: 0)], in: context)
        }
        #expect(line.message.contains("IllegalArgumentException"))
        let ring = try #require(throws: GeometryError.self) {
            try Geometry.polygon(shell: [Coordinate(x: 0, y: 0)], in: context)
        }
        #expect(ring.message.contains("IllegalArgumentException"))
        // Two distinct points close into a 3-point ring, which GEOS builds but reports as invalid.
        let sliver = try Geometry.polygon(shell: [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 1)], in: context)
        #expect(try sliver.isValid() == false)
    }

    @Test("A predicate that GEOS answers with 2 (an exception) throws with GEOS's message")
    func predicateException() throws {
        let context = try GeometryContext()
        // GEOS 3.11's relate graph cannot label a collection whose polygons overlap.
        let collection = try Geometry(
            wkt: "GEOMETRYCOLLECTION (POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0)), POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1)))",
            in: context)
        let point = try Geometry(wkt: "POINT (1.5 1.5)", in: context)
        let error = try #require(throws: GeometryError.self) { try collection.contains(point) }
        #expect(error.operation == "GEOSContains_r")
        #expect(error.message.contains("TopologyException: side location conflict"))
    }

    @Test("Geometries from two contexts cannot be combined")
    func mixedContexts() throws {
        let a = try Geometry(wkt: "POINT (0 0)", in: try GeometryContext())
        let b = try Geometry(wkt: "POINT (1 0)", in: try GeometryContext())
        #expect(throws: GeometryError.self) { try a.distance(to: b) }
    }

    @Test("Polygons of a point throw instead of returning nothing")
    func polygonsOfPoint() throws {
        let context = try GeometryContext()
        #expect(throws: GeometryError.self) { try Geometry(wkt: "POINT (0 0)", in: context).polygons() }
        #expect(throws: GeometryError.self) {
            try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 0))", in: context).coordinates()
        }
    }
}
