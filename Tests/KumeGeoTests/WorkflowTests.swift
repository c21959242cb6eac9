import KumeGeo
import Testing

/// The economic-geography path end to end, as the README shows it: local projection, concave hull, buffer,
/// back to longitude, latitude, RFC 7946 orientation.
@Suite("Workflow")
struct WorkflowTests {
    @Test("A buffered concave hull of firms near Bursa, back in lon/lat, is valid, counter-clockwise and covers every firm")
    func hullBufferRoundTrip() throws {
        var random = SplitMix64(seed: 16)
        let firms = (0..<200).map { _ in
            Coordinate(longitude: 29.0 + random.unit() * 0.3, latitude: 40.1 + random.unit() * 0.2)
        }
        let local = try LocalProjection.equalArea(around: firms)
        let toLocal = try Transformer(from: .wgs84, to: local.crs, in: try ProjectionContext())
        let context = try GeometryContext()
        let hull = try Geometry.multiPoint(try toLocal.forward(firms), in: context)
            .concaveHull(ratio: 0.3, allowHoles: false)
            .buffer(distance: 2_000)
        // At least one 2 km disc (π · 2² km², minus the 8-segment polygon's shortfall of under 3 %).
        #expect(try hull.area() / 1e6 > 0.97 * Double.pi * 4)
        let rings = try hull.polygons().map { polygon in try polygon.map { try toLocal.inverse($0) } }
            .orientedForRFC7946()
        let exterior = try #require(rings.first?.first)
        #expect(RingOrientation.isCounterClockwise(exterior))
        let geography = try Geometry.polygon(shell: exterior, holes: Array(rings[0].dropFirst()), in: context)
        #expect(try geography.isValid())
        #expect(try geography.prepared().covers(points: firms).allSatisfy { $0 })
    }
}
