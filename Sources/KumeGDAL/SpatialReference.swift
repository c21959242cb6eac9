internal import CGDAL

/// A GDAL spatial reference: owns one `OGRSpatialReferenceH` (released with `OSRRelease`).
///
/// References kume makes use GDAL's traditional GIS axis order (`OAMS_TRADITIONAL_GIS_ORDER`): longitude,
/// latitude for geographic CRSs such as EPSG:4326, easting, northing for projected ones, which is the order
/// GeoPackage, FlatGeobuf, Shapefile and GeoJSON store and the order KumeGeo's transformers work in. A layer's
/// reference (``VectorLayer/spatialReference()``) is a copy that says how its data's axes map to the CRS's
/// (``dataAxisToCRSAxisMapping``). Not `Sendable`: one per task.
public final class SpatialReference {
    /// The `OGRSpatialReferenceH`.
    let handle: UnsafeMutableRawPointer

    private init(owning handle: UnsafeMutableRawPointer) {
        self.handle = handle
    }

    deinit {
        OSRRelease(handle)
    }

    /// The CRS with EPSG code `code`, in traditional GIS axis order (`OSRImportFromEPSG`).
    ///
    /// - Parameter code: An EPSG code, for example 4326 (WGS84) or 32636 (UTM zone 36N).
    /// - Throws: ``GDALError`` with GDAL's message for an unknown code.
    public convenience init(epsg code: Int) throws {
        try self.init(operation: "OSRImportFromEPSG", source: "EPSG:\(code)") { handle in
            OSRImportFromEPSG(handle, Int32(clamping: code))
        }
    }

    /// The CRS described by `definition`, in traditional GIS axis order (`OSRSetFromUserInput`): `EPSG:n`,
    /// WKT1 or WKT2, PROJJSON, a PROJ string, or `OGC:CRS84`.
    ///
    /// - Parameter definition: The description. GDAL 3.6 also reads a file when given a path: pass text.
    /// - Throws: ``GDALError`` with GDAL's message when GDAL cannot read it.
    public convenience init(definition: String) throws {
        try self.init(operation: "OSRSetFromUserInput", source: nil) { handle in
            OSRSetFromUserInput(handle, definition)
        }
    }

    /// WGS84 longitude, latitude in degrees: EPSG:4326 in traditional GIS order.
    ///
    /// - Throws: ``GDALError`` when GDAL cannot find EPSG:4326 (its `proj.db` is missing).
    public static func wgs84() throws -> SpatialReference {
        try SpatialReference(epsg: 4326)
    }

    private init(operation: String, source: String?, _ importing: (UnsafeMutableRawPointer) -> OGRErr) throws {
        GDALLibrary.registerOnce()
        let handle = try GDALCall.handle("OSRNewSpatialReference", source: source) { OSRNewSpatialReference(nil) }
        do {
            try GDALCall.ogr(operation, source: source) { importing(handle) }
        } catch {
            OSRRelease(handle)
            throw error
        }
        OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER)
        self.handle = handle
    }

    /// A copy of a reference owned by someone else (a layer's), with its axis mapping (`OSRClone`).
    static func cloning(_ borrowed: UnsafeMutableRawPointer, source: String?) throws -> SpatialReference {
        let handle = try GDALCall.handle("OSRClone", source: source) { OSRClone(borrowed) }
        return SpatialReference(owning: handle)
    }

    /// The reference as WKT (`OSRExportToWktEx`), WKT2:2019 by default, which PROJ (and so KumeGeo's `CRS.wkt`)
    /// reads without loss.
    ///
    /// - Parameter version: The WKT dialect.
    /// - Throws: ``GDALError`` with GDAL's message when the CRS cannot be expressed in that dialect.
    public func wkt(_ version: WKTVersion = .wkt2_2019) throws -> String {
        let options = StringList(options: ["FORMAT": version.rawValue])
        return try exported("OSRExportToWktEx") { OSRExportToWktEx(handle, &$0, options.constPointer) }
    }

    /// The reference as PROJJSON (`OSRExportToPROJJSON`), single-line.
    ///
    /// - Throws: ``GDALError`` with GDAL's message.
    public func projjson() throws -> String {
        let options = StringList(options: ["MULTILINE": "NO"])
        return try exported("OSRExportToPROJJSON") { OSRExportToPROJJSON(handle, &$0, options.constPointer) }
    }

    /// Runs an `OSRExportTo…` call that hands back text the caller frees (`CPLFree`), on success and failure alike.
    private func exported(_ operation: String, _ call: (inout UnsafeMutablePointer<CChar>?) -> OGRErr) throws -> String {
        var text: UnsafeMutablePointer<CChar>?
        defer { VSIFree(text) }
        try GDALCall.ogr(operation, source: nil) { call(&text) }
        return text.map { String(cString: $0) } ?? ""
    }

    /// The authority and code the reference carries, for example `EPSG:4326` (`OSRGetAuthorityName`,
    /// `OSRGetAuthorityCode` on the root); when it carries none, the one CRS of PROJ's database that GDAL finds
    /// equivalent with confidence 90 or more (`OSRFindMatches`, the test GDAL's Shapefile driver applies to a
    /// `.prj`); nil otherwise (a bare PROJ string matches EPSG:4326 only at 70 and is not claimed).
    public var authority: AuthorityCode? {
        if let code = Self.rootAuthority(handle) { return code }
        GDALCall.reset()
        var count: Int32 = 0
        var confidences: UnsafeMutablePointer<Int32>?
        guard let matches = OSRFindMatches(handle, nil, &count, &confidences) else {
            VSIFree(confidences)
            return nil
        }
        defer {
            OSRFreeSRSArray(matches)
            VSIFree(confidences)
        }
        guard let confidences else { return nil }
        let strong = (0..<Int(count)).filter { confidences[$0] >= 90 }
        guard strong.count == 1, let match = matches[strong[0]] else { return nil }
        return Self.rootAuthority(match)
    }

    private static func rootAuthority(_ handle: UnsafeMutableRawPointer) -> AuthorityCode? {
        guard let name = OSRGetAuthorityName(handle, nil), let code = OSRGetAuthorityCode(handle, nil) else { return nil }
        return AuthorityCode(name: String(cString: name), code: String(cString: code))
    }

    /// The CRS's name, for example `"WGS 84"` (`OSRGetName`).
    public var name: String { GDALCall.string(OSRGetName(handle)) }

    /// True for a geographic CRS (degrees; `OSRIsGeographic`).
    public var isGeographic: Bool { OSRIsGeographic(handle) != 0 }

    /// True for a projected CRS (`OSRIsProjected`).
    public var isProjected: Bool { OSRIsProjected(handle) != 0 }

    /// For each axis of the data (x, y, …), the CRS axis it holds, 1-based and negative when reversed
    /// (`OSRGetDataAxisToSRSAxisMapping`): `[2, 1]` for EPSG:4326 in traditional GIS order (x is longitude, the
    /// CRS's second axis), `[1, 2]` when the data follow the CRS's own order.
    public var dataAxisToCRSAxisMapping: [Int] {
        var count: Int32 = 0
        guard let mapping = OSRGetDataAxisToSRSAxisMapping(handle, &count) else { return [] }
        return (0..<Int(count)).map { Int(mapping[$0]) }
    }

    /// True when both describe the same CRS, axis mapping aside (`OSRIsSame`).
    public func isSame(as other: SpatialReference) -> Bool {
        OSRIsSame(handle, other.handle) != 0
    }
}

/// An authority's code for a CRS, for example EPSG 4326.
public struct AuthorityCode: Sendable, Hashable, CustomStringConvertible {
    /// The authority, for example `"EPSG"`.
    public let name: String
    /// The code within the authority, for example `"4326"`.
    public let code: String

    /// The code `code` of authority `name`.
    public init(name: String, code: String) {
        self.name = name
        self.code = code
    }

    /// `EPSG:4326`: the form PROJ (and KumeGeo's `CRS`) reads.
    public var description: String { "\(name):\(code)" }
}

/// The WKT dialects GDAL writes (`OSRExportToWktEx`'s `FORMAT` option).
public enum WKTVersion: String, Sendable {
    /// OGC 18-010r7, the current standard (`WKT2_2019`).
    case wkt2_2019 = "WKT2_2019"
    /// OGC 12-063r5 (`WKT2_2015`).
    case wkt2_2015 = "WKT2_2015"
    /// The older OGC 01-009 form GDAL 2 wrote (`WKT1`).
    case wkt1 = "WKT1"
}
