/// Ring orientation for output formats that prescribe it, such as GeoJSON (RFC 7946 §3.1.6: exterior rings
/// counter-clockwise, holes clockwise).
///
/// GEOS's buffer, hulls, union and precision reducer return clockwise shells (the JTS convention), and
/// GEOS 3.11 has no `GEOSOrientPolygons_r` (added in 3.12), so rings are reoriented here by the sign of their
/// shoelace area. Apply it after the last operation and after rounding coordinates.
public enum RingOrientation {
    /// Twice the signed area of a ring by the shoelace formula, positive when counter-clockwise in a frame
    /// whose y axis points up (north). Computed relative to the first vertex to limit cancellation.
    ///
    /// - Parameter ring: A ring, closed or not, in any planar or longitude, latitude frame.
    /// - Returns: Twice the signed area in squared units of the frame; 0 for fewer than three vertices.
    public static func doubledSignedArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 3, let origin = ring.first else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            sum += (a.x - origin.x) * (b.y - origin.y) - (b.x - origin.x) * (a.y - origin.y)
        }
        return sum
    }

    /// True when the ring runs counter-clockwise (positive signed area).
    ///
    /// - Parameter ring: A ring in a frame whose y axis points up.
    public static func isCounterClockwise(_ ring: [Coordinate]) -> Bool {
        doubledSignedArea(ring) > 0
    }

    /// The polygons with every exterior ring counter-clockwise and every hole clockwise (RFC 7946).
    ///
    /// Rings are reversed where needed, keeping their first vertex; degenerate rings (zero area) are kept as
    /// they are.
    /// - Parameter polygons: Polygons as rings, exterior first (as ``Geometry/polygons()`` returns them).
    /// - Returns: The same polygons, reoriented.
    public static func rfc7946(_ polygons: [[[Coordinate]]]) -> [[[Coordinate]]] {
        polygons.map { rings in
            rings.enumerated().map { index, ring in
                let area = doubledSignedArea(ring)
                let wantCounterClockwise = index == 0
                if area == 0 || (area > 0) == wantCounterClockwise { return ring }
                return reversedKeepingStart(ring)
            }
        }
    }

    /// The ring traversed backwards from the same starting vertex (a closed ring stays closed).
    private static func reversedKeepingStart(_ ring: [Coordinate]) -> [Coordinate] {
        guard let first = ring.first, let last = ring.last else { return ring }
        if first == last { return ring.reversed() }
        return [first] + ring.dropFirst().reversed()
    }
}

extension Array where Element == [[Coordinate]] {
    /// These polygons with exterior rings counter-clockwise and holes clockwise, as RFC 7946 requires
    /// (see ``RingOrientation/rfc7946(_:)``).
    public func orientedForRFC7946() -> [[[Coordinate]]] {
        RingOrientation.rfc7946(self)
    }
}
