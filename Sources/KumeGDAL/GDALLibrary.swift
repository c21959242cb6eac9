internal import CGDAL

/// GDAL as a whole: its version, and the one-time set-up every entry point of this module goes through.
///
/// Set-up (``registerOnce()``) happens once per process, the first time any dataset or spatial reference is made:
/// it installs GDAL's quiet error handler (`CPLSetErrorHandler(CPLQuietErrorHandler)`), so GDAL never prints to
/// standard error and its messages reach callers only inside ``GDALError``, then registers all drivers
/// (`GDALAllRegister`). Both are process-wide; Swift runs a global's initialiser exactly once, also when many
/// tasks race to it.
///
/// Thread safety: GDAL's error state is per thread, and each wrapped call resets it, calls GDAL and reads it
/// without suspending, so errors never cross between tasks. Datasets and everything borrowed from them (layers,
/// features, definitions) are not thread-safe and are deliberately not `Sendable`: one dataset belongs to one
/// task; other tasks open their own. ``SpatialReference`` objects are likewise per task.
public enum GDALLibrary {
    /// GDAL's release name, for example `"3.6.2"` (`GDALVersionInfo("RELEASE_NAME")`).
    public static var version: String {
        registerOnce()
        guard let text = GDALVersionInfo("RELEASE_NAME") else { return "unknown" }
        return String(cString: text)
    }

    /// Installs the quiet error handler and registers GDAL's drivers, once per process.
    static func registerOnce() {
        _ = registration
    }
}

/// Runs once (Swift initialises globals lazily and atomically): quiet errors first, so that nothing driver
/// registration reports is printed.
private let registration: Void = {
    _ = CPLSetErrorHandler(CPLQuietErrorHandler)
    GDALAllRegister()
}()
