import KumeGeo

/// The kept firms' points split into groups, each with its convex hull and the verdict on its triangulation:
/// everything a hull needs that does not depend on the concavity, computed once so that every concavity's
/// hull costs one concave-hull call per group.
struct HullInput {
    /// One group's concavity-independent facts.
    struct Group {
        /// Indices into the points.
        var firms: [Int]
        /// The group's convex outline (a point, a line, a polygon, or the rectangle standing in for a broken
        /// convex hull).
        var outline: ConvexOutline
        /// The triangulation's flaw, or `nil` when the concave hull may be asked for (polygonal groups only).
        var flaw: TriangulationCheck.Flaw?
    }

    /// The kept firms' points, metres.
    let points: [Coordinate]
    /// The groups, in the order of their first point.
    let groups: [Group]
    /// The context every geometry lives in.
    let context: GeometryContext

    /// Groups `points` (linked within `groupDistanceMetres`) and prepares each group.
    /// - Throws: ``GeometryError`` when GEOS fails.
    init(points: [Coordinate], groupDistanceMetres: Double, context: GeometryContext) throws {
        self.points = points
        self.context = context
        groups = try FirmGroups.components(of: points, linkedWithin: groupDistanceMetres).map { firms in
            let groupPoints = firms.map { points[$0] }
            let outline = try ConvexOutline(points: groupPoints, context: context)
            let flaw = outline.kind == .polygon
                ? try TriangulationCheck(points: groupPoints, convexHullArea: outline.geometry.area(), context: context).flaw
                : TriangulationCheck.Flaw.noTriangles
            return Group(firms: firms, outline: outline, flaw: flaw)
        }
    }

    /// The hull at `concavity` (0 most concave, 1 convex).
    /// - Throws: ``GeometryError`` when GEOS fails.
    func hull(concavity: Double) throws -> FirmHull {
        var parts: [FirmHull.Part] = []
        var geometries: [Geometry] = []
        for group in groups {
            let (geometry, shape) = try hull(of: group, concavity: concavity)
            parts.append(FirmHull.Part(firms: group.firms, shape: shape))
            geometries.append(geometry)
        }
        let collection = try Geometry.collection(geometries, as: .geometryCollection, in: context)
        return FirmHull(geometry: collection, parts: parts, concavity: concavity)
    }

    private func hull(of group: Group, concavity: Double) throws -> (Geometry, FirmHull.Shape) {
        let convex = group.outline.geometry
        switch group.outline.kind {
        case .point: return (convex, .point)
        case .line: return (convex, .line)
        case .rectangle: return (convex, .convex(.invalidConvexHull))
        case .polygon: break
        }
        if concavity >= 1 { return (convex, .concave) }
        if group.flaw != nil { return (convex, .convex(.unsoundTriangulation)) }
        let concave = try Geometry.multiPoint(group.firms.map { points[$0] }, in: context)
            .concaveHull(ratio: concavity, allowHoles: false)
        // GEOS 3.11 can also return a self-intersecting ring on nearly flat groups, on which predicates throw.
        guard try concave.isValid() else { return (convex, .convex(.invalidHull)) }
        guard try ConvexOutline.holds(concave, group.firms.map { points[$0] }, context: context) else {
            return (convex, .convex(.firmsLeftOut))
        }
        return (concave, .concave)
    }
}
