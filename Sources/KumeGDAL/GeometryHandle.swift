internal import CGDAL

/// An OGR geometry owned while it passes between WKB and a feature: owns one `OGRGeometryH` (freed with
/// `OGR_G_DestroyGeometry`) until ``release()`` hands it to GDAL. Internal: the public API speaks WKB.
final class GeometryHandle {
    /// The `OGRGeometryH`.
    private(set) var handle: UnsafeMutableRawPointer
    private var owned = true

    /// Takes ownership of a geometry GDAL created for the caller.
    init(owning handle: UnsafeMutableRawPointer) {
        self.handle = handle
    }

    /// Parses Well-Known Binary, ISO or extended, either byte order (`OGR_G_CreateFromWkbEx`).
    ///
    /// - Throws: ``GDALError/Kind/invalidGeometry`` with GDAL's message for bytes that are not WKB.
    convenience init(wkb: [UInt8], source: String?) throws {
        // The shortest WKB (an empty point collection) has 9 bytes; GDAL is never handed fewer.
        guard wkb.count >= 9 else {
            throw GDALError(
                kind: .invalidGeometry, operation: "OGR_G_CreateFromWkbEx", source: source,
                gdalMessage: "\(wkb.count) bytes are too few for Well-Known Binary")
        }
        var geometry: UnsafeMutableRawPointer?
        try wkb.withUnsafeBytes { bytes in
            try GDALCall.ogr("OGR_G_CreateFromWkbEx", source: source) {
                OGR_G_CreateFromWkbEx(bytes.baseAddress, nil, &geometry, bytes.count)
            }
        }
        guard let geometry else {
            throw GDALError(kind: .invalidGeometry, operation: "OGR_G_CreateFromWkbEx", source: source)
        }
        self.init(owning: geometry)
    }

    deinit {
        if owned { OGR_G_DestroyGeometry(handle) }
    }

    /// Gives the geometry to GDAL (for a call that takes ownership); this object no longer frees it.
    func release() -> UnsafeMutableRawPointer {
        owned = false
        return handle
    }

    /// The geometry converted to `type` (`OGR_G_ForceTo`, which consumes its input).
    func forced(to type: OGRwkbGeometryType, source: String?) throws -> GeometryHandle {
        let converted = try GDALCall.handle("OGR_G_ForceTo", source: source) { OGR_G_ForceTo(release(), type, nil) }
        return GeometryHandle(owning: converted)
    }

    /// A geometry's ISO WKB, little-endian (`OGR_G_WkbSizeEx`, `OGR_G_ExportToIsoWkb`).
    static func isoWKB(_ geometry: UnsafeMutableRawPointer, source: String?) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: OGR_G_WkbSizeEx(geometry))
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try GDALCall.ogr("OGR_G_ExportToIsoWkb", source: source) {
                OGR_G_ExportToIsoWkb(geometry, wkbNDR, buffer.baseAddress)
            }
        }
        return bytes
    }
}
