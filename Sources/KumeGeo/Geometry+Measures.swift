internal import CGEOS

extension Geometry {
    /// The planar area, in square units of the geometry's frame (`GEOSArea_r`); 0 for points and lines.
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func area() throws -> Double {
        var value = 0.0
        try context.status("GEOSArea_r") { GEOSArea_r($0, handle, &value) }
        return value
    }

    /// The planar length (perimeter for polygons), in units of the geometry's frame (`GEOSLength_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func length() throws -> Double {
        var value = 0.0
        try context.status("GEOSLength_r") { GEOSLength_r($0, handle, &value) }
        return value
    }

    /// The planar distance to `other`, 0 when they touch or overlap, in units of the frame (`GEOSDistance_r`).
    ///
    /// - Parameter other: A geometry in the same context and frame.
    /// - Throws: ``GeometryError`` for another context or GEOS's message (for example an empty geometry).
    public func distance(to other: Geometry) throws -> Double {
        try requireSameContext(other, "GEOSDistance_r")
        var value = 0.0
        try context.status("GEOSDistance_r") { GEOSDistance_r($0, handle, other.handle, &value) }
        return value
    }

    /// The centroid as a point (`GEOSGetCentroid_r`); an empty point for an empty geometry.
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func centroid() throws -> Geometry {
        try derived("GEOSGetCentroid_r") { GEOSGetCentroid_r($0, $1) }
    }

    /// The bounding rectangle as a polygon (or a point when degenerate) (`GEOSEnvelope_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func envelope() throws -> Geometry {
        try derived("GEOSEnvelope_r") { GEOSEnvelope_r($0, $1) }
    }

    /// The bounding box as its minimum and maximum corners, in the geometry's frame (`GEOSGeom_getExtent_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message (an empty geometry has no extent).
    public func bounds() throws -> (min: Coordinate, max: Coordinate) {
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        try context.status("GEOSGeom_getExtent_r") {
            GEOSGeom_getExtent_r($0, handle, &minX, &minY, &maxX, &maxY)
        }
        return (Coordinate(x: minX, y: minY), Coordinate(x: maxX, y: maxY))
    }
}
