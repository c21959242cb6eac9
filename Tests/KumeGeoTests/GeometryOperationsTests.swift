import Foundation
import KumeGeo
import Testing

/// Compares GEOS operations through KumeGeo with shapely 2 on the inputs in Fixtures/geo_shapely.json
/// (scripts/reference/geo_shapely.py). shapely bundles a newer GEOS (3.14) than ours (3.11): areas of
/// convex hulls, buffers, unions and overlays agree to 1e-9 relative; concave hulls are checked separately.
@Suite("Geometry operations")
struct GeometryOperationsTests {
    /// Runs `testCase`'s operation through KumeGeo.
    static func run(_ testCase: ShapelyFixture.Case, in context: GeometryContext) throws -> Geometry {
        let inputs = try testCase.inputs.map { try Geometry(wkt: $0, in: context) }
        let first = try #require(inputs.first)
        let parameters = testCase.parameters
        switch testCase.operation {
        case "convexHull": return try first.convexHull()
        case "concaveHull":
            return try first.concaveHull(
                ratio: try #require(parameters.ratio), allowHoles: try #require(parameters.allowHoles as Bool?))
        case "buffer":
            return try first.buffer(
                distance: try #require(parameters.distance),
                quadrantSegments: try #require(parameters.quadrantSegments))
        case "unaryUnion": return try first.unaryUnion()
        case "union": return try first.union(inputs[1])
        case "intersection": return try first.intersection(inputs[1])
        case "difference": return try first.difference(inputs[1])
        case "makeValid": return try first.makeValid()
        case "simplify":
            return try first.simplify(
                tolerance: try #require(parameters.tolerance),
                preserveTopology: try #require(parameters.preserveTopology as Bool?))
        case "snappedToGrid": return try first.snappedToGrid(gridSize: try #require(parameters.gridSize))
        default:
            Issue.record("unknown operation \(testCase.operation)")
            return first
        }
    }

    static let stableCases = (try? ShapelyFixture.load().cases.filter { $0.operation != "concaveHull" }) ?? []
    static let concaveCases = (try? ShapelyFixture.load().cases.filter { $0.operation == "concaveHull" }) ?? []

    @Test("The fixture loads and holds both stable and concave-hull cases")
    func fixtureLoads() throws {
        let fixture = try ShapelyFixture.load()
        #expect(fixture.producer.hasPrefix("shapely 2"))
        #expect(Self.stableCases.count >= 10)
        #expect(Self.concaveCases.count == 3)
    }

    @Test("Area, length, validity, type and bounds equal shapely's to 1e-9 relative", arguments: stableCases)
    func matchesShapely(_ testCase: ShapelyFixture.Case) throws {
        let context = try GeometryContext()
        let result = try Self.run(testCase, in: context)
        let expected = testCase.expected
        #expect(Fixtures.close(try result.area(), expected.area, relative: 1e-9))
        #expect(Fixtures.close(try result.length(), expected.length, relative: 1e-9))
        #expect(try result.isValid() == expected.valid)
        #expect(try result.type == Self.type(named: expected.type))
        let bounds = try result.bounds()
        let actual = [bounds.min.x, bounds.min.y, bounds.max.x, bounds.max.y]
        for (a, e) in zip(actual, expected.bounds) {
            #expect(Fixtures.close(a, e, relative: 1e-9))
        }
        if let count = expected.vertexCount {
            let rings = try result.polygons()
            #expect(rings.flatMap { $0 }.map(\.count).reduce(0, +) == count)
        }
    }

    @Test("A bowtie is invalid with GEOS's self-intersection reason, and makeValid repairs it")
    func bowtie() throws {
        let context = try GeometryContext()
        let testCase = try #require(Self.stableCases.first { $0.operation == "makeValid" })
        let bowtie = try Geometry(wkt: testCase.inputs[0], in: context)
        #expect(try bowtie.isValid() == false)
        #expect(try bowtie.validityReason() == testCase.expected.inputReason)
        let repaired = try bowtie.makeValid()
        #expect(try repaired.isValid())
        #expect(try repaired.type == .multiPolygon)
    }

    /// The concave hull's definition (GEOSConcaveHull_r) must hold whatever the GEOS version: a valid polygon
    /// that covers every input point, no larger than the convex hull and at least a positive share of it.
    @Test("A concave hull is valid, covers every point and lies between a lower bound and the convex hull",
          arguments: concaveCases)
    func concaveHullInvariants(_ testCase: ShapelyFixture.Case) throws {
        let context = try GeometryContext()
        let points = try Geometry(wkt: testCase.inputs[0], in: context)
        let hull = try Self.run(testCase, in: context)
        #expect(try hull.type == .polygon)
        #expect(try hull.isValid())
        #expect(try hull.covers(points))
        let convexArea = try #require(testCase.expected.convexHullArea)
        let area = try hull.area()
        #expect(area <= convexArea * (1 + 1e-12))
        // Lower bound: with ratio r the hull keeps at least r of the convex hull's area on these 3 blobs
        // (shapely's value is about 0.6 at r = 0.1); a hull that collapsed would fail here.
        #expect(area >= convexArea * 0.3)
    }

    @Test("A concave hull's area equals shapely's (GEOS 3.14) for these inputs", arguments: concaveCases)
    func concaveHullMatchesShapely(_ testCase: ShapelyFixture.Case) throws {
        let context = try GeometryContext()
        let hull = try Self.run(testCase, in: context)
        #expect(Fixtures.close(try hull.area(), testCase.expected.area, relative: 1e-9))
    }

    static func type(named name: String) -> GeometryType? {
        GeometryType.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }
}
