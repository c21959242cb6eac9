internal import CPROJ

/// A PROJ context: owns one `PJ_CONTEXT` (`proj_context_create`, freed with `proj_context_destroy`) whose
/// logger (`proj_log_func`) collects PROJ's error messages for ``ProjectionError``.
///
/// PROJ contexts and the transformations made in them are not thread-safe: create one per task or worker,
/// never a global one. This class is deliberately not `Sendable`. Creating a context and a transformer costs
/// about 2 ms.
public final class ProjectionContext {
    /// The `PJ_CONTEXT*`.
    let handle: OpaquePointer
    /// Lines PROJ logged since ``clearLog()``.
    fileprivate var logLines: [String] = []

    /// Creates a PROJ context that logs errors into this object (never to standard error).
    ///
    /// - Throws: ``ProjectionError`` when `proj_context_create` returns NULL (out of memory).
    public init() throws {
        guard let handle = proj_context_create() else {
            throw ProjectionError(
                operation: "proj_context_create", code: 0, message: "PROJ could not allocate a context")
        }
        self.handle = handle
        // app_data is this object, unretained: the context dies in deinit, before the object does.
        proj_log_func(handle, Unmanaged.passUnretained(self).toOpaque()) { appData, _, message in
            guard let appData, let message else { return }
            let context = Unmanaged<ProjectionContext>.fromOpaque(appData).takeUnretainedValue()
            context.logLines.append(String(cString: message))
        }
        _ = proj_log_level(handle, PJ_LOG_ERROR)
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// Forgets logged lines; called before every PROJ call that can fail. (PROJ 9.1 has no public way to reset
    /// the context's error number; it is only read after a call has failed.)
    func clearLog() {
        logLines.removeAll(keepingCapacity: true)
    }

    /// The error for `operation` with PROJ error number `code` (the context's when nil), its text and the log.
    func failure(_ operation: String, code explicitCode: Int32? = nil, index: Int? = nil) -> ProjectionError {
        let code = explicitCode ?? proj_context_errno(handle)
        let text = code == 0 ? nil : proj_context_errno_string(handle, code).map { String(cString: $0) }
        return ProjectionError(
            operation: operation, code: Int(code), message: text ?? "PROJ reported a failure without an error number",
            log: logLines, index: index)
    }
}
