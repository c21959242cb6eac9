import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

/// The guarded hull steps in the projection's frame, on the point sets that broke GEOS 3.11.
@Suite("HullInput")
struct HullInputTests {
    /// Every point's distance to the hull at `concavity`, metres.
    func distances(_ points: [Coordinate], concavity: Double) throws -> [Double] {
        let context = try GeometryContext()
        let input = try HullInput(points: points, groupDistanceMetres: 50_000, context: context)
        let hull = try input.hull(concavity: concavity)
        return try HullDistances.metres(from: points, to: hull.geometry, context: context)
    }

    @Test("17 evenly spaced points on a 67 m line, off it by rounding only, all lie in the outline (GEOS's convex hull left one 4.2 m out)")
    func roundingOffALine() throws {
        // The fuzz target's first finding (input 40 2d a0 60 84 ff): length 10^(1 + 45/255·4.7) m, angle 160/255·π.
        let length = pow(10, 1 + 45.0 / 255 * 4.7), angle = 160.0 / 255 * Double.pi
        let points = (0..<17).map { i -> Coordinate in
            let t = Double(i) / 16 - 0.5
            return Coordinate(x: t * length * cos(angle), y: t * length * sin(angle))
        }
        let context = try GeometryContext()
        let gEOSHull = try Geometry.multiPoint(points, in: context).convexHull()
        #expect(try !gEOSHull.isValid())  // GEOS 3.11.1's own answer: a self-crossing ring
        let outline = try ConvexOutline(points: points, context: context)
        #expect(outline.kind == .line)
        for concavity in [0, 0.3, 1.0] {
            #expect(try distances(points, concavity: concavity).allSatisfy { $0 <= 1e-3 })
        }
    }

    @Test("Points within a metre of a 200 km line get a sound hull: the convex hull, with a note")
    func nearLine() throws {
        var state: UInt64 = 7
        let points = (0..<25).map { index -> Coordinate in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let t = Double(state >> 11) / Double(1 << 53)
            return Coordinate(x: t * 200_000, y: 0.5 * t * 200_000 + (index.isMultiple(of: 2) ? 1 : -1))
        }
        let context = try GeometryContext()
        let input = try HullInput(points: points, groupDistanceMetres: 50_000, context: context)
        let hull = try input.hull(concavity: 0.3)
        #expect(hull.notes == [.convexHull(firms: 25, reason: .unsoundTriangulation)])
        #expect(try HullDistances.metres(from: points, to: hull.geometry, context: context).allSatisfy { $0 <= 1e-3 })
    }

    @Test("A compact cloud gets GEOS's concave hull, with no note")
    func cloud() throws {
        let points = (0..<40).map { (i: Int) -> Coordinate in
            let x = Double(i % 8) * 1000 + Double(i % 3) * 170
            let y = Double(i / 8) * 1000 + Double(i % 5) * 90
            return Coordinate(x: x, y: y)
        }
        let context = try GeometryContext()
        let input = try HullInput(points: points, groupDistanceMetres: 50_000, context: context)
        let hull = try input.hull(concavity: 0.3)
        #expect(hull.parts.map { $0.shape } == [FirmHull.Shape.concave])
        #expect(hull.notes.isEmpty)
        // The concave hull is GEOS's own: the same call on the same points.
        let direct = try Geometry.multiPoint(points, in: context).concaveHull(ratio: 0.3, allowHoles: false)
        #expect(abs(try hull.geometry.area() - direct.area()) < 1e-6)
    }
}
