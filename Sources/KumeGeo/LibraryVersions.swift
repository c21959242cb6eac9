internal import CGEOS
internal import CPROJ

/// The versions of the C libraries kume runs on, as they report themselves at run time.
public enum LibraryVersions {
    /// GEOS's version string, from `GEOSversion()`.
    public static var geos: String {
        guard let text = GEOSversion() else { return "unknown" }
        return String(cString: text)
    }

    /// PROJ's version string, from `proj_info().version`.
    public static var proj: String {
        guard let text = proj_info().version else { return "unknown" }
        return String(cString: text)
    }
}
