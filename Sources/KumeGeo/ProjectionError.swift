/// A failure reported by PROJ, carrying PROJ's own error text and the lines its logger wrote.
///
/// `proj_context_errno_string` often says only "Unknown error (code 4096)"; the useful text ("crs not
/// found", "Invalid latitude") goes to PROJ's log, which the ``ProjectionContext`` collects and attaches here.
public struct ProjectionError: Error, CustomStringConvertible, Sendable {
    /// The operation that failed (the PROJ function or the kume method).
    public let operation: String
    /// PROJ's error number (`proj_context_errno` or `proj_errno`), 0 when the check happened in kume.
    public let code: Int
    /// PROJ's text for `code` (`proj_context_errno_string`), or kume's explanation.
    public let message: String
    /// The lines PROJ logged during the failed call, in order.
    public let log: [String]
    /// For a bulk transform, the index of the first coordinate that failed; nil otherwise.
    public let index: Int?

    /// Creates an error.
    public init(operation: String, code: Int, message: String, log: [String] = [], index: Int? = nil) {
        self.operation = operation
        self.code = code
        self.message = message
        self.log = log
        self.index = index
    }

    /// One line: what failed, PROJ's message and log, and what to do.
    public var description: String {
        var text = "\(operation) failed"
        if let index { text += " at coordinate \(index)" }
        text += ": \(message)"
        if code != 0 { text += " (PROJ error \(code))" }
        if !log.isEmpty { text += "; PROJ says: " + log.joined(separator: "; ") }
        return text + " — check the CRS definitions (EPSG code, PROJ string with +type=crs, WKT) and that "
            + "coordinates are longitude, latitude in degrees within ±180, ±90 (or metres in the source CRS)"
    }
}
