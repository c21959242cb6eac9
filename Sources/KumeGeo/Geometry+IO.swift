internal import CGEOS

extension Geometry {
    /// Reads a geometry from Well-Known Text (`GEOSWKTReader_read_r`).
    ///
    /// - Parameters:
    ///   - wkt: Text such as `POLYGON ((0 0, 1 0, 1 1, 0 0))`.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's parse message (`ParseException: ...`).
    public convenience init(wkt: String, in context: GeometryContext) throws {
        let reader = try context.object("GEOSWKTReader_create_r") { GEOSWKTReader_create_r($0) }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        let handle = try context.object("GEOSWKTReader_read_r") { GEOSWKTReader_read_r($0, reader, wkt) }
        self.init(owning: handle, in: context)
    }

    /// Reads a geometry from Well-Known Binary, either byte order (`GEOSWKBReader_read_r`).
    ///
    /// - Parameters:
    ///   - wkb: The bytes.
    ///   - context: The context the geometry will belong to.
    /// - Throws: ``GeometryError`` with GEOS's parse message.
    public convenience init(wkb: [UInt8], in context: GeometryContext) throws {
        let reader = try context.object("GEOSWKBReader_create_r") { GEOSWKBReader_create_r($0) }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        let handle = try wkb.withUnsafeBufferPointer { bytes in
            try context.object("GEOSWKBReader_read_r") {
                GEOSWKBReader_read_r($0, reader, bytes.baseAddress, bytes.count)
            }
        }
        self.init(owning: handle, in: context)
    }

    /// The geometry as 2D Well-Known Text, without trailing zeros (`GEOSWKTWriter_write_r`).
    ///
    /// - Parameter decimals: Digits after the decimal point, or nil for GEOS's full precision.
    /// - Throws: ``GeometryError`` with GEOS's message, or for a coordinate beyond ±1e15 (which overflows GEOS 3.11's writer).
    public func wkt(decimals: Int? = nil) throws -> String {
        // GEOS 3.11's WKT writer formats each number into a fixed buffer that coordinates of about 1e100 and
        // beyond overflow (found by fuzzing): refuse them here rather than hand them over.
        if let box = try? bounds(), [box.min.x, box.min.y, box.max.x, box.max.y].contains(where: { abs($0) > 1e15 }) {
            throw GeometryError(
                operation: "GEOSWKTWriter_write_r",
                message: "a coordinate beyond ±1e15 cannot be written as WKT with GEOS 3.11; write WKB instead")
        }
        let writer = try context.object("GEOSWKTWriter_create_r") { GEOSWKTWriter_create_r($0) }
        defer { GEOSWKTWriter_destroy_r(context.handle, writer) }
        GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
        GEOSWKTWriter_setOutputDimension_r(context.handle, writer, 2)
        GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(clamping: decimals ?? -1))
        // The returned buffer is freed with GEOSFree_r inside `string`.
        return try context.string("GEOSWKTWriter_write_r") { GEOSWKTWriter_write_r($0, writer, handle) }
    }

    /// The geometry as 2D little-endian Well-Known Binary (`GEOSWKBWriter_write_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func wkb() throws -> [UInt8] {
        let writer = try context.object("GEOSWKBWriter_create_r") { GEOSWKBWriter_create_r($0) }
        defer { GEOSWKBWriter_destroy_r(context.handle, writer) }
        GEOSWKBWriter_setOutputDimension_r(context.handle, writer, 2)
        GEOSWKBWriter_setByteOrder_r(context.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
        var size = 0
        context.clearMessage()
        guard let bytes = GEOSWKBWriter_write_r(context.handle, writer, handle, &size) else {
            throw context.failure("GEOSWKBWriter_write_r")
        }
        defer { GEOSFree_r(context.handle, bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }
}
