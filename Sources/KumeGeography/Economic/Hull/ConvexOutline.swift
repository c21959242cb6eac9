import KumeGeo

/// A group of firms' convex outline: GEOS's convex hull when it is a valid geometry holding every firm, else
/// the narrowest rectangle along the firms' longest direction (a segment when they lie within a millimetre of
/// one line).
///
/// GEOS 3.11's convex hull is not always sound either: for 17 evenly spaced points on a 67 m line whose
/// coordinates are off the line by rounding alone (10⁻¹⁴ m), it returns a self-crossing ring of 10⁻¹³ m²
/// that leaves one of them 4.2 m outside (found by the geography fuzz target; the same with shapely 2.0.1 on
/// GEOS 3.11.1). The rectangle is computed here because it needs only two dot products per point.
struct ConvexOutline {
    /// What the outline is.
    enum Kind: Sendable, Hashable {
        /// One distinct point.
        case point
        /// A segment: the points are collinear (or within a millimetre of the segment).
        case line
        /// GEOS's convex hull, a polygon with area.
        case polygon
        /// The rectangle standing in for a convex hull GEOS could not compute soundly.
        case rectangle
    }

    /// The outline.
    let geometry: Geometry
    /// What it is.
    let kind: Kind

    /// The outline of `points` (planar, metres; at least one).
    /// - Throws: ``GeometryError`` when GEOS fails.
    init(points: [Coordinate], context: GeometryContext) throws {
        let hull = try Geometry.multiPoint(points, in: context).convexHull()
        if try hull.isValid(), try Self.holds(hull, points, context: context) {
            switch try hull.type {
            case .point:
                (geometry, kind) = (hull, .point)
                return
            case .lineString:
                (geometry, kind) = (hull, .line)
                return
            case .polygon where try hull.area() > 0:
                (geometry, kind) = (hull, .polygon)
                return
            default:
                break
            }
        }
        (geometry, kind) = try Self.rectangle(points, context: context)
    }

    /// Whether every point lies in `geometry` (on its border counts; 1 mm allowed for rounding).
    /// - Throws: ``GeometryError`` when GEOS fails.
    static func holds(_ geometry: Geometry, _ points: [Coordinate], context: GeometryContext) throws -> Bool {
        let covered = try geometry.prepared().covers(points: points)
        for (point, isCovered) in zip(points, covered) where !isCovered {
            if try geometry.distance(to: Geometry.point(point, in: context)) > 1e-3 { return false }
        }
        return true
    }

    /// The rectangle along the line from the leftmost point to the point farthest from it, just wide enough
    /// to hold every point; a segment when it would be under 1 mm wide, a point when all points coincide.
    private static func rectangle(_ points: [Coordinate], context: GeometryContext) throws -> (Geometry, Kind) {
        let start = points.min { ($0.x, $0.y) < ($1.x, $1.y) } ?? points[0]
        let squared = { (p: Coordinate) in (p.x - start.x) * (p.x - start.x) + (p.y - start.y) * (p.y - start.y) }
        let end = points.max { squared($0) < squared($1) } ?? start
        let length = squared(end).squareRoot()
        guard length > 0 else { return (try Geometry.point(start, in: context), .point) }
        let u = Coordinate(x: (end.x - start.x) / length, y: (end.y - start.y) / length)
        let n = Coordinate(x: -u.y, y: u.x)
        let along = points.map { ($0.x - start.x) * u.x + ($0.y - start.y) * u.y }
        let across = points.map { ($0.x - start.x) * n.x + ($0.y - start.y) * n.y }
        let (s0, s1) = (along.min() ?? 0, along.max() ?? 0)
        let (w0, w1) = (across.min() ?? 0, across.max() ?? 0)
        let corner = { (s: Double, w: Double) in Coordinate(x: start.x + s * u.x + w * n.x, y: start.y + s * u.y + w * n.y) }
        if w1 - w0 < 1e-3 {
            let middle = (w0 + w1) / 2
            return (try Geometry.lineString([corner(s0, middle), corner(s1, middle)], in: context), .line)
        }
        let ring = [corner(s0, w0), corner(s1, w0), corner(s1, w1), corner(s0, w1), corner(s0, w0)]
        return (try Geometry.polygon(shell: ring, holes: [], in: context), .rectangle)
    }
}
