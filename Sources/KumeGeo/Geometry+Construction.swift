internal import CGEOS

extension Geometry {
    /// A point at `coordinate` (`GEOSGeom_createPointFromXY_r`).
    ///
    /// - Parameters:
    ///   - coordinate: The point, in the caller's frame.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's message if GEOS cannot create it.
    public static func point(_ coordinate: Coordinate, in context: GeometryContext) throws -> Geometry {
        let handle = try context.object("GEOSGeom_createPointFromXY_r") {
            GEOSGeom_createPointFromXY_r($0, coordinate.x, coordinate.y)
        }
        return Geometry(owning: handle, in: context)
    }

    /// A multipoint of `coordinates`, built in one pass of C calls without a Swift object per point.
    ///
    /// GEOS 3.11 has no multipoint-from-sequence constructor, so each point is created with
    /// `GEOSGeom_createPointFromXY_r` straight from the array and handed to `GEOSGeom_createCollection_r`.
    /// - Parameters:
    ///   - coordinates: The points, in the caller's frame; empty gives an empty multipoint.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's message if GEOS cannot create a point or the collection.
    public static func multiPoint(_ coordinates: [Coordinate], in context: GeometryContext) throws -> Geometry {
        var points: [OpaquePointer?] = []
        points.reserveCapacity(coordinates.count)
        for coordinate in coordinates {
            context.clearMessage()
            guard let point = GEOSGeom_createPointFromXY_r(context.handle, coordinate.x, coordinate.y) else {
                let error = context.failure("GEOSGeom_createPointFromXY_r")
                for made in points { GEOSGeom_destroy_r(context.handle, made) }
                throw error
            }
            points.append(point)
        }
        return try collection(handles: &points, typeID: Int32(GEOS_MULTIPOINT.rawValue), in: context)
    }

    /// A line string through `coordinates` (`GEOSCoordSeq_copyFromBuffer_r`, `GEOSGeom_createLineString_r`).
    ///
    /// - Parameters:
    ///   - coordinates: Zero, or two or more vertices in the caller's frame.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's message (for example a single vertex).
    public static func lineString(_ coordinates: [Coordinate], in context: GeometryContext) throws -> Geometry {
        if coordinates.isEmpty {
            let handle = try context.object("GEOSGeom_createEmptyLineString_r") {
                GEOSGeom_createEmptyLineString_r($0)
            }
            return Geometry(owning: handle, in: context)
        }
        let sequence = try coordinateSequence(coordinates, in: context)
        // Takes ownership of the sequence, also when it fails.
        let handle = try context.object("GEOSGeom_createLineString_r") { GEOSGeom_createLineString_r($0, sequence) }
        return Geometry(owning: handle, in: context)
    }

    /// A polygon from an exterior ring and holes (`GEOSGeom_createLinearRing_r`, `GEOSGeom_createPolygon_r`).
    ///
    /// A ring whose last coordinate differs from its first is closed by repeating the first. Ring orientation
    /// is kept as given (GEOS accepts either).
    /// - Parameters:
    ///   - shell: The exterior ring, at least 3 distinct vertices; empty gives an empty polygon.
    ///   - holes: Interior rings.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's message (for example a ring with too few points).
    public static func polygon(
        shell: [Coordinate], holes: [[Coordinate]] = [], in context: GeometryContext
    ) throws -> Geometry {
        if shell.isEmpty {
            guard holes.isEmpty else {
                throw GeometryError(operation: "polygon", message: "an empty shell cannot have holes")
            }
            let handle = try context.object("GEOSGeom_createEmptyPolygon_r") { GEOSGeom_createEmptyPolygon_r($0) }
            return Geometry(owning: handle, in: context)
        }
        var rings: [OpaquePointer?] = []
        do {
            for ring in [shell] + holes {
                let sequence = try coordinateSequence(closed(ring), in: context)
                // Takes ownership of the sequence.
                rings.append(try context.object("GEOSGeom_createLinearRing_r") {
                    GEOSGeom_createLinearRing_r($0, sequence)
                })
            }
        } catch {
            for ring in rings { GEOSGeom_destroy_r(context.handle, ring) }
            throw error
        }
        let exterior = rings[0]
        var interiors = Array(rings.dropFirst())
        // Takes ownership of all rings (also on failure), not of the array.
        let handle = try interiors.withUnsafeMutableBufferPointer { buffer in
            try context.object("GEOSGeom_createPolygon_r") {
                GEOSGeom_createPolygon_r($0, exterior, buffer.baseAddress, UInt32(buffer.count))
            }
        }
        return Geometry(owning: handle, in: context)
    }

    /// A collection of copies of `parts` (`GEOSGeom_clone_r`, then `GEOSGeom_createCollection_r`, which takes
    /// ownership of the copies).
    ///
    /// - Parameters:
    ///   - parts: The members; for `.multiPoint`, `.multiLineString` and `.multiPolygon` each part must be a
    ///     point, line string or polygon respectively. All must belong to `context`.
    ///   - type: One of the collection types.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` for a non-collection type, a part of the wrong type or context, or GEOS's
    ///   message when it fails.
    public static func collection(
        _ parts: [Geometry], as type: GeometryType, in context: GeometryContext
    ) throws -> Geometry {
        guard type.isCollection else {
            throw GeometryError(operation: "collection", message: "\(type) is not a collection type")
        }
        for (index, part) in parts.enumerated() {
            guard part.context === context else {
                throw GeometryError(
                    operation: "collection", message: "part \(index) belongs to another GeometryContext")
            }
            if let required = type.requiredPartType, try part.type != required {
                throw GeometryError(
                    operation: "collection",
                    message: "part \(index) is a \(try part.type), but a \(type) holds only \(required) parts")
            }
        }
        var copies: [OpaquePointer?] = []
        copies.reserveCapacity(parts.count)
        for part in parts {
            context.clearMessage()
            guard let copy = GEOSGeom_clone_r(context.handle, part.handle) else {
                let error = context.failure("GEOSGeom_clone_r")
                for made in copies { GEOSGeom_destroy_r(context.handle, made) }
                throw error
            }
            copies.append(copy)
        }
        return try collection(handles: &copies, typeID: type.geosTypeID, in: context)
    }

    /// Hands `handles` (owned, non-NULL) to `GEOSGeom_createCollection_r`, which takes ownership of them.
    private static func collection(
        handles: inout [OpaquePointer?], typeID: Int32, in context: GeometryContext
    ) throws -> Geometry {
        let handle = try handles.withUnsafeMutableBufferPointer { buffer in
            try context.object("GEOSGeom_createCollection_r") {
                GEOSGeom_createCollection_r($0, typeID, buffer.baseAddress, UInt32(buffer.count))
            }
        }
        return Geometry(owning: handle, in: context)
    }

    /// A GEOS coordinate sequence copied from `coordinates` in one call (`GEOSCoordSeq_copyFromBuffer_r`).
    static func coordinateSequence(
        _ coordinates: [Coordinate], in context: GeometryContext
    ) throws -> OpaquePointer {
        try coordinates.withUnsafeBufferPointer { points in
            try points.withMemoryRebound(to: Double.self) { values in
                try context.object("GEOSCoordSeq_copyFromBuffer_r") {
                    GEOSCoordSeq_copyFromBuffer_r($0, values.baseAddress, UInt32(points.count), 0, 0)
                }
            }
        }
    }

    /// `ring` with its first coordinate repeated at the end when it is not already closed.
    private static func closed(_ ring: [Coordinate]) -> [Coordinate] {
        guard let first = ring.first, let last = ring.last, first != last else { return ring }
        return ring + [first]
    }
}
