@_exported import KumeAnalytics
@_exported import KumeData
@_exported import KumeGeography
import KumeGeo

/// Facts about this build of kume.
public enum KumeInfo {
    /// kume's own version.
    public static let version = "0.1.0"

    /// The version line printed by `kume --version`: kume's, GEOS's and PROJ's.
    public static var versionLine: String {
        "kume \(version) (GEOS \(LibraryVersions.geos), PROJ \(LibraryVersions.proj))"
    }
}
