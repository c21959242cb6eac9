/// A failure in kume's GDAL layer, carrying GDAL's own message where GDAL gave one.
///
/// Every wrapped call resets GDAL's per-thread error state (`CPLErrorReset`) before it runs and reads
/// `CPLGetLastErrorMsg`/`CPLGetLastErrorNo` when it fails, so ``gdalMessage`` is the message of that call, never
/// of an earlier one. Checks kume makes before calling GDAL (a driver that is not allowed, a layer that does not
/// exist, a value of the wrong type) have a ``Kind`` of their own and no GDAL message.
///
/// ``source`` names the file or connection; a PostgreSQL connection's password is replaced by `***` (see
/// ``ConnectionString/redacted(_:)``), and so is any password GDAL repeats in its message.
public struct GDALError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, with the facts a message needs.
    public enum Kind: Sendable, Equatable {
        /// The file does not exist (or cannot be read).
        case fileNotFound
        /// No GDAL vector driver recognises the file's content.
        case unrecognisedFormat
        /// A GDAL driver recognises the file, but it is not among the drivers the caller allowed.
        case driverNotAllowed(detected: String, allowed: [String])
        /// An allowed driver recognised the source but could not open it (corrupt file, refused connection).
        case openFailed
        /// A file or layer that the call would create already exists.
        case alreadyExists
        /// The dataset has no layer of this name.
        case noSuchLayer(name: String, available: [String])
        /// A layer index beyond the dataset's layer count.
        case layerIndexOutOfRange(index: Int, count: Int)
        /// The layer has no field of this name.
        case noSuchField(name: String, available: [String])
        /// A field index beyond the layer's field count.
        case fieldIndexOutOfRange(index: Int, count: Int)
        /// A value that the field's type cannot hold (a string into an integer field, an integer beyond 32 bits).
        case valueDoesNotFitField(field: String, fieldType: String, value: String)
        /// The driver does not support the operation (creating datasets, transactions, a field type).
        case unsupported
        /// An open, creation or layer creation option the driver does not know.
        case unsupportedOption(name: String, driver: String, known: [String])
        /// Bytes that are not Well-Known Binary, or a geometry GDAL cannot export.
        case invalidGeometry
        /// The dataset was closed with ``VectorDataset/close()`` before this call.
        case closed
        /// Any other failure GDAL reported.
        case failed
    }

    /// What went wrong.
    public let kind: Kind
    /// The GDAL function (or kume method) that failed, for example `"GDALOpenEx"`.
    public let operation: String
    /// The file path or connection string the call worked on, with any password replaced by `***`.
    public let source: String?
    /// GDAL's own message (`CPLGetLastErrorMsg`), or nil when GDAL gave none or was not called.
    public let gdalMessage: String?
    /// GDAL's error number (`CPLGetLastErrorNo`) or OGR error code (`OGRErr`), 0 when none.
    public let errorNumber: Int

    /// Creates an error; `source` and `gdalMessage` are redacted of passwords here.
    public init(kind: Kind, operation: String, source: String?, gdalMessage: String? = nil, errorNumber: Int = 0) {
        self.kind = kind
        self.operation = operation
        self.source = source.map(ConnectionString.redacted)
        self.gdalMessage = gdalMessage.flatMap { $0.isEmpty ? nil : ConnectionString.redacted($0) }
        self.errorNumber = errorNumber
    }

    /// `SOURCE: what is wrong — what to do (GDAL: message)`, one line.
    public var description: String {
        let prefix = source.map { "\($0): " } ?? ""
        let gdal = gdalMessage.map { " (GDAL \(operation): \($0))" } ?? ""
        return prefix + explanation + gdal
    }

    /// What is wrong and what to do, without the source.
    private var explanation: String {
        switch kind {
        case .fileNotFound:
            return "no such file — check the path"
        case .unrecognisedFormat:
            return "not a format kume reads — give a CSV, GeoJSON, XLSX, ODS, GeoPackage, Shapefile or FlatGeobuf file"
        case .driverNotAllowed(let detected, let allowed):
            return "GDAL reads this as \(detected), which is not accepted here — give one of: "
                + allowed.joined(separator: ", ")
        case .openFailed:
            return "GDAL recognised the format but could not open it — check that the file is complete and "
                + "not damaged (open it in QGIS or with ogrinfo)"
        case .alreadyExists:
            return "already exists — remove it or choose another name"
        case .noSuchLayer(let name, let available):
            return "no layer or sheet '\(name)' — use one of: " + Self.list(available)
        case .layerIndexOutOfRange(let index, let count):
            return "no layer or sheet number \(index + 1) — the source has \(count)"
        case .noSuchField(let name, let available):
            return "no field '\(name)' — the fields are: " + Self.list(available)
        case .fieldIndexOutOfRange(let index, let count):
            return "no field number \(index + 1) — the layer has \(count)"
        case .valueDoesNotFitField(let field, let fieldType, let value):
            return "field '\(field)' (\(fieldType)) cannot hold \(value) — write a value of the field's type"
        case .unsupported:
            return "the driver does not support \(operation) — use a format that does (GeoPackage or PostgreSQL)"
        case .unsupportedOption(let name, let driver, let known):
            return "the \(driver) driver has no option '\(name)' — known options: " + Self.list(known)
        case .invalidGeometry:
            return "the geometry is not valid Well-Known Binary — check the geometry that was passed"
        case .closed:
            return "the dataset was closed before \(operation) — keep it open while its layers are used"
        case .failed:
            return "GDAL reported a failure in \(operation) — see GDAL's message"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "(none)" : names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
