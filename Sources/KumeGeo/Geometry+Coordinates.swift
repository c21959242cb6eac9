internal import CGEOS

extension Geometry {
    /// The vertices of a point, line string or linear ring, copied out in one call
    /// (`GEOSGeom_getCoordSeq_r`, borrowed; `GEOSCoordSeq_copyToBuffer_r`).
    ///
    /// - Returns: The coordinates in the geometry's frame; empty for an empty geometry.
    /// - Throws: ``GeometryError`` with GEOS's message for other types ("Geometry must be a Point or
    ///   LineString"); use ``polygons()`` or ``part(_:)`` for those.
    public func coordinates() throws -> [Coordinate] {
        try Geometry.coordinates(of: handle, in: context)
    }

    /// Each polygon of a polygon, multipolygon or collection of them, as rings (exterior first, then holes),
    /// each ring closed and in the orientation GEOS holds (GEOS's own operations give clockwise shells; see
    /// ``RingOrientation`` for RFC 7946 order).
    ///
    /// Rings are read through borrowed handles (`GEOSGetExteriorRing_r`, `GEOSGetInteriorRingN_r`), never
    /// freed. Empty polygons are skipped.
    /// - Throws: ``GeometryError`` when the geometry (or a part of a collection) is not polygonal, or GEOS's
    ///   message.
    public func polygons() throws -> [[[Coordinate]]] {
        var result: [[[Coordinate]]] = []
        try Geometry.appendPolygons(of: handle, to: &result, in: context)
        return result
    }

    private static func appendPolygons(
        of geometry: OpaquePointer, to result: inout [[[Coordinate]]], in context: GeometryContext
    ) throws {
        let id = try context.count("GEOSGeomTypeId_r") { GEOSGeomTypeId_r($0, geometry) }
        switch GeometryType(geosTypeID: Int32(id)) {
        case .polygon:
            if try context.predicate("GEOSisEmpty_r", { GEOSisEmpty_r($0, geometry) }) { return }
            // Borrowed rings: owned by the polygon.
            let exterior = try context.object("GEOSGetExteriorRing_r") { GEOSGetExteriorRing_r($0, geometry) }
            var rings = [try coordinates(of: exterior, in: context)]
            let holes = try context.count("GEOSGetNumInteriorRings_r") { GEOSGetNumInteriorRings_r($0, geometry) }
            for index in 0..<holes {
                let hole = try context.object("GEOSGetInteriorRingN_r") {
                    GEOSGetInteriorRingN_r($0, geometry, Int32(index))
                }
                rings.append(try coordinates(of: hole, in: context))
            }
            result.append(rings)
        case .multiPolygon, .geometryCollection:
            let parts = try context.count("GEOSGetNumGeometries_r") { GEOSGetNumGeometries_r($0, geometry) }
            for index in 0..<parts {
                // Borrowed part: owned by `geometry`.
                let part = try context.object("GEOSGetGeometryN_r") { GEOSGetGeometryN_r($0, geometry, Int32(index)) }
                try appendPolygons(of: part, to: &result, in: context)
            }
        default:
            let name = GeometryType(geosTypeID: Int32(id))?.rawValue ?? "type \(id)"
            throw GeometryError(
                operation: "polygons",
                message: "a \(name) has no polygons; only polygons, multipolygons and collections of them do")
        }
    }

    /// Copies the coordinate sequence of a point, line string or ring out in one call.
    static func coordinates(of geometry: OpaquePointer, in context: GeometryContext) throws -> [Coordinate] {
        // Borrowed sequence: owned by the geometry, never destroyed here.
        let sequence = try context.object("GEOSGeom_getCoordSeq_r") { GEOSGeom_getCoordSeq_r($0, geometry) }
        var size: UInt32 = 0
        try context.status("GEOSCoordSeq_getSize_r") { GEOSCoordSeq_getSize_r($0, sequence, &size) }
        let count = Int(size)
        guard count > 0 else { return [] }
        var failed = false
        let result = [Coordinate](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.withMemoryRebound(to: Double.self) { values in
                context.clearMessage()
                failed = GEOSCoordSeq_copyToBuffer_r(context.handle, sequence, values.baseAddress, 0, 0) == 0
            }
            initialized = failed ? 0 : count
        }
        if failed { throw context.failure("GEOSCoordSeq_copyToBuffer_r") }
        return result
    }
}
