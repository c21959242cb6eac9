internal import CGEOS

/// A GEOS context: the handle every GEOS call goes through, and the place GEOS's error messages land.
///
/// Owns one `GEOSContextHandle_t` (`GEOS_init_r`, freed with `GEOS_finish_r`). The context's error handler
/// (`GEOSContext_setErrorMessageHandler_r`) receives this object through `userdata` and keeps the last message,
/// which each wrapped call clears before it starts and turns into a ``GeometryError`` when the call fails.
///
/// A context is not thread-safe and is deliberately not `Sendable`: create one per task or worker, never a
/// global one. Every ``Geometry`` keeps its context alive.
public final class GeometryContext {
    /// The GEOS handle (`GEOSContextHandle_t`).
    let handle: OpaquePointer
    /// The last message GEOS sent to the error handler since ``clearMessage()``.
    fileprivate var lastMessage: String?

    /// Creates a GEOS context with an error handler that collects GEOS's messages.
    ///
    /// - Throws: ``GeometryError`` when `GEOS_init_r` returns NULL (out of memory).
    public init() throws {
        guard let handle = GEOS_init_r() else {
            throw GeometryError(operation: "GEOS_init_r", message: "GEOS could not allocate a context")
        }
        self.handle = handle
        // userdata is this object, unretained: the handle dies in deinit, before the object does.
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let userdata else { return }
            let context = Unmanaged<GeometryContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastMessage = message.map { String(cString: $0) } ?? "GEOS gave no message"
        }, userdata)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// Forgets the last message; called before every GEOS call that can fail.
    func clearMessage() {
        lastMessage = nil
    }

    /// The error for a failed `operation`, with GEOS's last message.
    func failure(_ operation: String) -> GeometryError {
        GeometryError(operation: operation, message: lastMessage ?? "GEOS reported a failure without a message")
    }

    /// Throws when GEOS reported an error since ``clearMessage()``, for calls that return nothing.
    func throwIfMessage(_ operation: String) throws {
        if lastMessage != nil { throw failure(operation) }
    }

    /// Runs a GEOS call that returns a new object, or NULL on an exception.
    func object(_ operation: String, _ call: (OpaquePointer) -> OpaquePointer?) throws -> OpaquePointer {
        clearMessage()
        guard let result = call(handle) else { throw failure(operation) }
        return result
    }

    /// Runs a GEOS predicate: 0 false, 1 true, 2 an exception.
    func predicate(_ operation: String, _ call: (OpaquePointer) -> CChar) throws -> Bool {
        clearMessage()
        switch call(handle) {
        case 0: return false
        case 1: return true
        default: throw failure(operation)
        }
    }

    /// Runs a GEOS status function: 0 means an exception, anything else success.
    func status(_ operation: String, _ call: (OpaquePointer) -> Int32) throws {
        clearMessage()
        if call(handle) == 0 { throw failure(operation) }
    }

    /// Runs a GEOS call returning a count: -1 means an exception.
    func count(_ operation: String, _ call: (OpaquePointer) -> Int32) throws -> Int {
        clearMessage()
        let value = call(handle)
        if value < 0 { throw failure(operation) }
        return Int(value)
    }

    /// Runs a GEOS call returning a C string that the caller frees with `GEOSFree_r`; NULL means an exception.
    func string(_ operation: String, _ call: (OpaquePointer) -> UnsafeMutablePointer<CChar>?) throws -> String {
        clearMessage()
        guard let text = call(handle) else { throw failure(operation) }
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }
}
