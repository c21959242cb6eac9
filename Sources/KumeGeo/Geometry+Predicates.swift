internal import CGEOS

extension Geometry {
    /// True when the geometry is valid in the OGC sense (`GEOSisValid_r`).
    ///
    /// - Throws: ``GeometryError`` when GEOS reports an exception (return value 2).
    public func isValid() throws -> Bool {
        try context.predicate("GEOSisValid_r") { GEOSisValid_r($0, handle) }
    }

    /// GEOS's explanation of validity: `"Valid Geometry"` or the problem and where, such as
    /// `"Self-intersection[0.5 0.5]"` (`GEOSisValidReason_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func validityReason() throws -> String {
        // The returned buffer is freed with GEOSFree_r inside `string`.
        try context.string("GEOSisValidReason_r") { GEOSisValidReason_r($0, handle) }
    }

    /// True when the two geometries share at least one point (`GEOSIntersects_r`).
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2 (an exception).
    public func intersects(_ other: Geometry) throws -> Bool {
        try requireSameContext(other, "GEOSIntersects_r")
        return try context.predicate("GEOSIntersects_r") { GEOSIntersects_r($0, handle, other.handle) }
    }

    /// True when no point of `other` lies outside this geometry (`GEOSCovers_r`); boundary points count.
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2 (an exception).
    public func covers(_ other: Geometry) throws -> Bool {
        try requireSameContext(other, "GEOSCovers_r")
        return try context.predicate("GEOSCovers_r") { GEOSCovers_r($0, handle, other.handle) }
    }

    /// True when `other` lies inside this geometry and touches its interior (`GEOSContains_r`); a point on the
    /// boundary is not contained.
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2 (an exception).
    public func contains(_ other: Geometry) throws -> Bool {
        try requireSameContext(other, "GEOSContains_r")
        return try context.predicate("GEOSContains_r") { GEOSContains_r($0, handle, other.handle) }
    }

    /// True when this geometry lies inside `other` (`GEOSWithin_r`), the converse of ``contains(_:)``.
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2 (an exception).
    public func within(_ other: Geometry) throws -> Bool {
        try requireSameContext(other, "GEOSWithin_r")
        return try context.predicate("GEOSWithin_r") { GEOSWithin_r($0, handle, other.handle) }
    }
}
