internal import CGDAL

/// A GDAL vector dataset (a file, a folder of shapefiles or a database connection): owns one `GDALDatasetH`,
/// closed with `GDALClose` by ``close()`` or, at the latest, when the last reference goes.
///
/// Layers (``VectorLayer``) are borrowed from their dataset and keep it alive; SQL result layers are released
/// with `GDALDatasetReleaseResultSet` before the dataset closes. After ``close()`` every call on the dataset or
/// its layers throws ``GDALError/Kind/closed``; features already read stay usable (they own their values).
///
/// Not thread-safe, and deliberately not `Sendable` (GDAL datasets are not): a dataset belongs to the task that
/// opened it. Tasks that read in parallel open their own datasets.
public final class VectorDataset {
    /// How a dataset is opened.
    public enum Access: Sendable {
        /// Reading only (`GDAL_OF_READONLY`).
        case readOnly
        /// Reading and writing: adding layers and features (`GDAL_OF_UPDATE`).
        case update
    }

    /// The `GDALDatasetH`; nil once closed.
    private var handle: UnsafeMutableRawPointer?
    /// The driver that opened or created the dataset.
    public let driver: VectorDriver
    /// The path or connection string, with any password replaced by `***`: what errors and reports name.
    public let source: String
    /// Thread-local configuration set around every GDAL call on this dataset (spreadsheet options).
    let configuration: ThreadConfiguration
    /// SQL result layers not yet released, released by ``close()`` before the dataset closes.
    private var resultSets: [WeakLayer] = []

    private init(handle: UnsafeMutableRawPointer, driver: VectorDriver, source: String, configuration: ThreadConfiguration) {
        self.handle = handle
        self.driver = driver
        self.source = ConnectionString.redacted(source)
        self.configuration = configuration
    }

    deinit {
        // Layers hold their dataset, so none is alive here; only an unclosed handle is left to close.
        if let handle { configuration.apply { GDALClose(handle) } }
    }

    /// Opens a file, folder or connection with one of `drivers` (`GDALOpenEx` with `GDAL_OF_VECTOR`).
    ///
    /// - Parameters:
    ///   - path: A file or folder path (GDAL's virtual paths such as `/vsimem/…` too), or `PG:…` for PostgreSQL.
    ///   - drivers: The drivers allowed to open it (empty: all of ``VectorDriver/allCases``); the one that did is
    ///     ``driver``.
    ///   - access: Read-only (the default) or update.
    ///   - options: The driver's open options (`NAME: VALUE`), each checked against the driver's documented list.
    ///   - spreadsheet: How XLSX and ODS sheets are read (header row, field types); nil for GDAL's defaults.
    /// - Throws: ``GDALError`` — ``GDALError/Kind/fileNotFound``, ``GDALError/Kind/driverNotAllowed(detected:allowed:)``
    ///   (naming the driver that would read it), ``GDALError/Kind/unrecognisedFormat``, ``GDALError/Kind/openFailed``
    ///   with GDAL's message, or ``GDALError/Kind/unsupportedOption(name:driver:known:)``.
    public static func open(
        _ path: String, drivers: [VectorDriver], access: Access = .readOnly, options: [String: String] = [:],
        spreadsheet: SpreadsheetOptions? = nil
    ) throws -> VectorDataset {
        GDALLibrary.registerOnce()
        let allowed = drivers.isEmpty ? VectorDriver.allCases : drivers
        try requireKnownOpenOptions(options, drivers: allowed, source: path)
        let configuration = ThreadConfiguration(options: spreadsheet?.configuration ?? [])
        let allowedList = StringList(allowed.map(\.rawValue))
        let optionList = StringList(options: options)
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_VERBOSE_ERROR) | (access == .update ? UInt32(GDAL_OF_UPDATE) : 0)
        let opened = configuration.apply { () -> UnsafeMutableRawPointer? in
            GDALCall.reset()
            return GDALOpenEx(path, flags, allowedList.constPointer, optionList.constPointer, nil)
        }
        guard let handle = opened else {
            throw openFailure(path, allowed: allowed)
        }
        let name = GDALCall.string(GDALGetDriverShortName(GDALGetDatasetDriver(handle)))
        guard let driver = VectorDriver(rawValue: name) else {
            configuration.apply { GDALClose(handle) }
            throw GDALError(
                kind: .driverNotAllowed(detected: name, allowed: allowed.map(\.rawValue)), operation: "GDALOpenEx",
                source: path)
        }
        return VectorDataset(handle: handle, driver: driver, source: path, configuration: configuration)
    }

    /// Creates an empty dataset with `driver` (`GDALCreate` with no raster bands), opened for update.
    ///
    /// A file that exists is never replaced: write to a new (temporary) path and rename it into place.
    /// For PostgreSQL, `path` is a `PG:…` connection to an existing database, which GDAL opens for update.
    /// - Parameters:
    ///   - path: The new file's path, or `PG:…`.
    ///   - driver: A driver that can create datasets (``VectorDriver/canCreate``).
    ///   - options: The driver's dataset creation options, checked against its documented list.
    /// - Throws: ``GDALError`` — ``GDALError/Kind/alreadyExists``, ``GDALError/Kind/unsupported`` for a driver that
    ///   cannot create, ``GDALError/Kind/unsupportedOption(name:driver:known:)``, or GDAL's failure.
    public static func create(_ path: String, driver: VectorDriver, options: [String: String] = [:]) throws -> VectorDataset {
        GDALLibrary.registerOnce()
        guard let driverHandle = driver.handle, driver.canCreate else {
            throw GDALError(kind: .unsupported, operation: "GDALCreate (\(driver.rawValue))", source: path)
        }
        try driver.requireKnownOptions(options, in: "DMD_CREATIONOPTIONLIST", operation: "GDALCreate", source: path)
        if driver.isFileBased, fileExists(path) {
            throw GDALError(kind: .alreadyExists, operation: "GDALCreate", source: path)
        }
        let optionList = StringList(options: options)
        let handle = try GDALCall.handle("GDALCreate", source: path) {
            GDALCreate(driverHandle, path, 0, 0, 0, GDT_Unknown, optionList.pointer)
        }
        return VectorDataset(handle: handle, driver: driver, source: path, configuration: .none)
    }

    /// Closes the dataset (`GDALClose`), first releasing any SQL result layers still alive; GDAL writes what it
    /// buffered (a FlatGeobuf index, a GeoJSON file's end) here. Calling it again does nothing.
    ///
    /// - Throws: ``GDALError`` when GDAL reports a failure while closing (the file may then be incomplete).
    public func close() throws {
        guard let handle else { return }
        for entry in resultSets { entry.layer?.releaseResultSet() }
        resultSets.removeAll()
        self.handle = nil
        try configuration.apply {
            try GDALCall.void("GDALClose", source: source) { GDALClose(handle) }
        }
    }

    /// True until ``close()``.
    public var isOpen: Bool { handle != nil }

    /// Runs `body` with the live handle and the dataset's configuration: the one seam all calls go through.
    func withHandle<T>(_ operation: String, _ body: (UnsafeMutableRawPointer) throws -> T) throws -> T {
        guard let handle else { throw GDALError(kind: .closed, operation: operation, source: source) }
        return try configuration.apply { try body(handle) }
    }

    /// Remembers a result layer so that ``close()`` can release it first.
    func track(resultSet layer: VectorLayer) {
        resultSets.removeAll { $0.layer == nil }
        resultSets.append(WeakLayer(layer: layer))
    }

    /// The error for a failed `GDALOpenEx`: missing file, a driver that is not allowed, an unknown format, or the
    /// allowed driver's own failure. GDAL's message is read before anything else resets it.
    private static func openFailure(_ path: String, allowed: [VectorDriver]) -> GDALError {
        let message = GDALCall.lastMessage
        let number = GDALCall.lastNumber
        let isConnection = ConnectionString.isPostgreSQL(path)
        if !isConnection, !fileExists(path) {
            return GDALError(kind: .fileNotFound, operation: "GDALOpenEx", source: path, gdalMessage: message, errorNumber: number)
        }
        // Which driver would read it at all? (GDALIdentifyDriverEx over every registered vector driver.)
        if let detected = GDALIdentifyDriverEx(path, UInt32(GDAL_OF_VECTOR), nil, nil) {
            let name = GDALCall.string(GDALGetDriverShortName(detected))
            if !allowed.contains(where: { $0.rawValue == name }) {
                return GDALError(
                    kind: .driverNotAllowed(detected: name, allowed: allowed.map(\.rawValue)), operation: "GDALOpenEx",
                    source: path)
            }
            return GDALError(kind: .openFailed, operation: "GDALOpenEx", source: path, gdalMessage: message, errorNumber: number)
        }
        if isConnection {
            return GDALError(kind: .openFailed, operation: "GDALOpenEx", source: path, gdalMessage: message, errorNumber: number)
        }
        return GDALError(kind: .unrecognisedFormat, operation: "GDALOpenEx", source: path, gdalMessage: message, errorNumber: number)
    }

    /// Throws for an open option that none of `drivers` documents (`DMD_OPENOPTIONLIST`).
    private static func requireKnownOpenOptions(_ options: [String: String], drivers: [VectorDriver], source: String) throws {
        guard !options.isEmpty else { return }
        let known = drivers.flatMap { $0.optionNames("DMD_OPENOPTIONLIST") }
        let knownUpper = Set(known.map { $0.uppercased() })
        for name in options.keys.sorted() where !knownUpper.contains(name.uppercased()) {
            throw GDALError(
                kind: .unsupportedOption(name: name, driver: drivers.map(\.rawValue).joined(separator: ", "), known: known),
                operation: "GDALOpenEx", source: source)
        }
    }

    /// True when GDAL's virtual file layer sees `path` (`VSIStatExL`, so `/vsimem/` paths count too).
    static func fileExists(_ path: String) -> Bool {
        // VSIStatBufL is `struct stat64`, which Swift imports as incomplete: a zeroed buffer larger than it on every
        // Linux and macOS ABI (144 bytes on x86_64 glibc) stands in for it.
        let status = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { status.deallocate() }
        status.initializeMemory(as: UInt8.self, repeating: 0, count: 512)
        return VSIStatExL(path, OpaquePointer(status), VSI_STAT_EXISTS_FLAG) == 0
    }
}

/// A weak reference to a result layer, so that tracking it does not keep it alive.
final class WeakLayer {
    weak var layer: VectorLayer?

    init(layer: VectorLayer) {
        self.layer = layer
    }
}
