/// A coordinate reference system, as a definition PROJ understands.
///
/// The value only names the CRS; PROJ resolves it when a ``Transformer`` is created (an unknown code fails
/// there, with PROJ's message). Whatever axis order the definition's authority prescribes, kume's transformers
/// work in longitude, latitude (geographic) or easting, northing (projected) order.
public struct CRS: Hashable, Sendable, CustomStringConvertible {
    /// The text passed to PROJ: `"EPSG:4326"`, a PROJ string with `+type=crs`, or WKT.
    public let definition: String

    private init(definition: String) {
        self.definition = definition
    }

    /// WGS84 longitude, latitude in degrees (EPSG:4326, used in longitude, latitude order).
    public static let wgs84 = CRS(definition: "EPSG:4326")

    /// The CRS with EPSG code `code`, for example 32636 for UTM zone 36N.
    ///
    /// - Parameter code: An EPSG code; whether it exists is checked by PROJ when a transformer is created.
    public static func epsg(_ code: Int) -> CRS {
        CRS(definition: "EPSG:\(code)")
    }

    /// A CRS from a PROJ string such as `+proj=laea +lat_0=39 +lon_0=35 +datum=WGS84 +units=m`.
    ///
    /// `+type=crs` is appended when missing, so PROJ reads the string as a CRS rather than an operation.
    /// - Parameter string: The PROJ string.
    public static func projString(_ string: String) -> CRS {
        let trimmed = string.trimmingWhitespace()
        if trimmed.split(separator: " ").contains("+type=crs") { return CRS(definition: trimmed) }
        return CRS(definition: trimmed + " +type=crs")
    }

    /// A CRS from its WKT (WKT1 or WKT2) description.
    ///
    /// - Parameter text: The WKT.
    public static func wkt(_ text: String) -> CRS {
        CRS(definition: text)
    }

    /// The definition.
    public var description: String { definition }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (no Foundation in this module).
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
