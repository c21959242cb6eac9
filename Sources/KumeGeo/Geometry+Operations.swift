internal import CGEOS

extension Geometry {
    /// The smallest convex polygon containing the geometry (`GEOSConvexHull_r`). GEOS returns a clockwise shell.
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func convexHull() throws -> Geometry {
        try derived("GEOSConvexHull_r") { GEOSConvexHull_r($0, $1) }
    }

    /// A concave hull of the geometry's vertices (`GEOSConcaveHull_r`, GEOS ≥ 3.11).
    ///
    /// - Parameters:
    ///   - ratio: The target ratio of maximum edge length, 0...1: **1 gives the convex hull, 0 the most
    ///     concave hull**; 0.1–0.3 are usual choices.
    ///   - allowHoles: Whether the hull may have holes.
    /// - Throws: ``GeometryError`` when `ratio` is outside 0...1, or GEOS's message.
    public func concaveHull(ratio: Double, allowHoles: Bool) throws -> Geometry {
        guard (0...1).contains(ratio) else {
            throw GeometryError(operation: "GEOSConcaveHull_r", message: "ratio \(ratio) is outside 0...1")
        }
        return try derived("GEOSConcaveHull_r") { GEOSConcaveHull_r($0, $1, ratio, allowHoles ? 1 : 0) }
    }

    /// The Delaunay triangulation of the geometry's vertices, as a collection of triangles
    /// (`GEOSDelaunayTriangulation_r`, triangles not edges). Duplicate vertices are taken once; collinear
    /// vertices give an empty collection.
    ///
    /// GEOS 3.11's concave hull runs the same triangulation (same builder, same sites), so inspecting it first
    /// tells whether that hull can be traced (see GEOS issues 719 and 946, fixed in 3.12.1).
    /// - Parameter tolerance: Snapping tolerance in units of the frame; 0 snaps nothing.
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func delaunayTriangles(tolerance: Double = 0) throws -> Geometry {
        try derived("GEOSDelaunayTriangulation_r") { GEOSDelaunayTriangulation_r($0, $1, tolerance, 0) }
    }

    /// The area within `distance` of the geometry, with round joins and caps (`GEOSBuffer_r`).
    ///
    /// - Parameters:
    ///   - distance: Buffer width in units of the geometry's frame (metres once projected; negative shrinks).
    ///   - quadrantSegments: Segments used to approximate a quarter circle.
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func buffer(distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        try derived("GEOSBuffer_r") { GEOSBuffer_r($0, $1, distance, Int32(clamping: quadrantSegments)) }
    }

    /// The union of all parts of this geometry (`GEOSUnaryUnion_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message (for example a topology exception on invalid input).
    public func unaryUnion() throws -> Geometry {
        try derived("GEOSUnaryUnion_r") { GEOSUnaryUnion_r($0, $1) }
    }

    /// The union with `other` (`GEOSUnion_r`).
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message.
    public func union(_ other: Geometry) throws -> Geometry {
        try requireSameContext(other, "GEOSUnion_r")
        return try derived("GEOSUnion_r") { GEOSUnion_r($0, $1, other.handle) }
    }

    /// The intersection with `other` (`GEOSIntersection_r`).
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message.
    public func intersection(_ other: Geometry) throws -> Geometry {
        try requireSameContext(other, "GEOSIntersection_r")
        return try derived("GEOSIntersection_r") { GEOSIntersection_r($0, $1, other.handle) }
    }

    /// This geometry minus `other` (`GEOSDifference_r`).
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message.
    public func difference(_ other: Geometry) throws -> Geometry {
        try requireSameContext(other, "GEOSDifference_r")
        return try derived("GEOSDifference_r") { GEOSDifference_r($0, $1, other.handle) }
    }

    /// A simplified copy (Douglas–Peucker): `GEOSTopologyPreserveSimplify_r` when `preserveTopology`,
    /// else `GEOSSimplify_r`.
    ///
    /// - Parameters:
    ///   - tolerance: Maximum deviation, in units of the geometry's frame.
    ///   - preserveTopology: Keep the result valid (no self-intersections, holes stay inside).
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func simplify(tolerance: Double, preserveTopology: Bool) throws -> Geometry {
        if preserveTopology {
            return try derived("GEOSTopologyPreserveSimplify_r") {
                GEOSTopologyPreserveSimplify_r($0, $1, tolerance)
            }
        }
        return try derived("GEOSSimplify_r") { GEOSSimplify_r($0, $1, tolerance) }
    }

    /// A copy with every coordinate snapped to a grid of `gridSize`, kept valid (`GEOSGeom_setPrecision_r`,
    /// flags 0: collapsed parts are removed and the topology repaired).
    ///
    /// - Parameter gridSize: Grid spacing in units of the frame (1e-6 for 6 decimals of degrees).
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func snappedToGrid(gridSize: Double) throws -> Geometry {
        try derived("GEOSGeom_setPrecision_r") { GEOSGeom_setPrecision_r($0, $1, gridSize, 0) }
    }

    /// Repairs an invalid geometry without losing vertices (`GEOSMakeValid_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func makeValid() throws -> Geometry {
        try derived("GEOSMakeValid_r") { GEOSMakeValid_r($0, $1) }
    }
}
