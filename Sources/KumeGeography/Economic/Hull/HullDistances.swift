import KumeGeo

/// Distances from planar points to a hull: 0 for the points it covers (a prepared point-in-polygon test),
/// GEOS's planar distance for the others. A hull of several groups (a collection whose parts may overlap, as
/// for firms spread over a whole country) is merged first with a unary union, which keeps every point where it
/// was but gives GEOS's prepared predicates the non-overlapping geometry they need (they throw on overlaps).
enum HullDistances {
    /// One distance per point, in the frame's units (metres once projected).
    /// - Throws: ``GeometryError`` when GEOS fails.
    static func metres(from points: [Coordinate], to hull: Geometry, context: GeometryContext) throws -> [Double] {
        guard !points.isEmpty else { return [] }
        var hull = hull
        if try hull.type == .geometryCollection { hull = try hull.unaryUnion() }
        if try !hull.isValid() { hull = try hull.makeValid() }
        let covered = try hull.prepared().covers(points: points)
        return try zip(points, covered).map { point, isCovered in
            isCovered ? 0 : try hull.distance(to: Geometry.point(point, in: context))
        }
    }
}
