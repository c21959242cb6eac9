import KumeGeo

/// Distances from planar points to a hull: 0 for the points it covers (a prepared point-in-polygon test),
/// GEOS's planar distance for the others.
enum HullDistances {
    /// One distance per point, in the frame's units (metres once projected).
    /// - Throws: ``GeometryError`` when GEOS fails.
    static func metres(from points: [Coordinate], to hull: Geometry, context: GeometryContext) throws -> [Double] {
        guard !points.isEmpty else { return [] }
        let covered = try hull.prepared().covers(points: points)
        return try zip(points, covered).map { point, isCovered in
            isCovered ? 0 : try hull.distance(to: Geometry.point(point, in: context))
        }
    }
}
