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
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func wkt(decimals: Int? = nil) throws -> String {
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
