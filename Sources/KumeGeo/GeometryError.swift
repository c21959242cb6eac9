/// A failure reported by GEOS, carrying GEOS's own message.
///
/// Every GEOS call that fails (a constructor or operation returning NULL, a predicate returning 2, a status
/// function returning 0) becomes one of these, with the name of the operation and the text GEOS passed to the
/// context's error handler (for example `ParseException: Expected word but encountered end of stream`).
public struct GeometryError: Error, CustomStringConvertible, Sendable {
    /// The operation that failed, named after the GEOS function or the kume method (`"GEOSWKTReader_read_r"`).
    public let operation: String
    /// GEOS's own message, or kume's explanation when the check happened before calling GEOS.
    public let message: String

    /// Creates an error for `operation` with `message`.
    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    /// `operation: message — remedy`, one line.
    public var description: String {
        "\(operation) failed: \(message) — check the geometry's input (coordinates, ring closure, validity with "
            + "isValid()/validityReason()) and retry, or repair it with makeValid()"
    }
}
