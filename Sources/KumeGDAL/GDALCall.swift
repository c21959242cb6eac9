internal import CGDAL

/// The one seam every GDAL call of this module goes through: reset GDAL's per-thread error state, call, and turn
/// GDAL's return convention into a thrown ``GDALError`` carrying `CPLGetLastErrorMsg`.
enum GDALCall {
    /// Forgets the previous error of this thread (`CPLErrorReset`); called before every GDAL call that can fail.
    static func reset() {
        CPLErrorReset()
    }

    /// True when the call since ``reset()`` reported a failure (`CPLGetLastErrorType() >= CE_Failure`).
    static var failed: Bool {
        CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
    }

    /// GDAL's last message on this thread, or nil when empty.
    static var lastMessage: String? {
        guard let text = CPLGetLastErrorMsg() else { return nil }
        let message = String(cString: text)
        return message.isEmpty ? nil : message
    }

    /// GDAL's last error number on this thread (`CPLGetLastErrorNo`), 0 when none.
    static var lastNumber: Int {
        Int(CPLGetLastErrorNo())
    }

    /// The error for a failed `operation`: GDAL's last message and number.
    static func failure(_ operation: String, source: String?, kind: GDALError.Kind = .failed) -> GDALError {
        GDALError(
            kind: kind, operation: operation, source: source, gdalMessage: lastMessage,
            errorNumber: lastNumber)
    }

    /// Runs a call returning a handle, NULL on failure.
    static func handle<Handle>(
        _ operation: String, source: String?, kind: GDALError.Kind = .failed, _ call: () -> Handle?
    ) throws -> Handle {
        reset()
        guard let result = call() else { throw failure(operation, source: source, kind: kind) }
        return result
    }

    /// Runs a call that returns nothing and reports failure only through `CPLError`.
    static func void(_ operation: String, source: String?, _ call: () -> Void) throws {
        reset()
        call()
        if failed { throw failure(operation, source: source) }
    }

    /// Runs a call returning an `OGRErr` (`OGRERR_NONE`, 0, on success).
    static func ogr(_ operation: String, source: String?, _ call: () -> OGRErr) throws {
        reset()
        let code = call()
        guard code != OGRERR_NONE else { return }
        let kind: GDALError.Kind
        switch code {
        case OGRERR_UNSUPPORTED_OPERATION: kind = .unsupported
        case OGRERR_NOT_ENOUGH_DATA, OGRERR_CORRUPT_DATA, OGRERR_UNSUPPORTED_GEOMETRY_TYPE: kind = .invalidGeometry
        default: kind = .failed
        }
        throw GDALError(
            kind: kind, operation: operation, source: source,
            gdalMessage: lastMessage ?? "OGR error \(code) (\(name(of: code)))", errorNumber: Int(code))
    }

    /// The name of an `OGRErr` code, as `ogr_core.h` defines it.
    static func name(of code: OGRErr) -> String {
        switch code {
        case OGRERR_NONE: return "OGRERR_NONE"
        case OGRERR_NOT_ENOUGH_DATA: return "OGRERR_NOT_ENOUGH_DATA"
        case OGRERR_NOT_ENOUGH_MEMORY: return "OGRERR_NOT_ENOUGH_MEMORY"
        case OGRERR_UNSUPPORTED_GEOMETRY_TYPE: return "OGRERR_UNSUPPORTED_GEOMETRY_TYPE"
        case OGRERR_UNSUPPORTED_OPERATION: return "OGRERR_UNSUPPORTED_OPERATION"
        case OGRERR_CORRUPT_DATA: return "OGRERR_CORRUPT_DATA"
        case OGRERR_FAILURE: return "OGRERR_FAILURE"
        case OGRERR_UNSUPPORTED_SRS: return "OGRERR_UNSUPPORTED_SRS"
        case OGRERR_INVALID_HANDLE: return "OGRERR_INVALID_HANDLE"
        case OGRERR_NON_EXISTING_FEATURE: return "OGRERR_NON_EXISTING_FEATURE"
        default: return "unknown"
        }
    }

    /// A C string GDAL returned, or "" for NULL (GDAL returns NULL for a missing name or text).
    static func string(_ text: UnsafePointer<CChar>?) -> String {
        text.map { String(cString: $0) } ?? ""
    }
}
