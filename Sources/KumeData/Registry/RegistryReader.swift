import Foundation

/// Reads a registry (analysts' and planners' tables of firms: the roster contract with `type`
/// defaulting to `firm`) into a column-wise ``Registry``, streaming the file in blocks. Workbooks, GeoPackage,
/// Shapefile and FlatGeobuf files (told by their first bytes) are read through GDAL into the same CSV rows.
///
/// Memory stays bounded by the block size plus the columns themselves: the file is never held whole.
/// Each block is cut at a record boundary (outside quotes) and, in ``readConcurrently(path:options:)``, its parts are
/// parsed at once in a `TaskGroup`; results are joined in file order, so the answer does not depend on
/// scheduling or the number of cores.
public enum RegistryReader {
    /// Reading options.
    public struct Options: Sendable {
        /// The most problems listed in one ``InputError``, and the most warnings kept.
        public var maximumIssues: Int
        /// The longest line accepted, in bytes.
        public var maximumLineBytes: Int
        /// The bytes read per block.
        public var blockBytes: Int
        /// How many parts of a block are parsed at once (async form only).
        public var parallelParts: Int
        /// What to do with probably swapped coordinates.
        public var swappedCoordinates: RosterReader.SwappedCoordinates
        /// Whether to check that ids are unique (costs one hash table over all ids).
        public var checkDuplicateIDs: Bool
        /// Headers mapped to columns beyond the aliases kume knows.
        public var columnMapping: ColumnMapping
        /// The sheet of a workbook, or the layer of a GeoPackage, to read: its name, or its number from 1
        /// (`nil`: the first with a header row naming kume's columns). Refused for CSV.
        public var sheet: String?

        /// Creates options.
        public init(maximumIssues: Int = 50, maximumLineBytes: Int = 1 << 20, blockBytes: Int = 8 << 20,
                    parallelParts: Int = 2, swappedCoordinates: RosterReader.SwappedCoordinates = .swap,
                    checkDuplicateIDs: Bool = true, columnMapping: ColumnMapping = ColumnMapping(), sheet: String? = nil) {
            self.maximumIssues = maximumIssues
            self.maximumLineBytes = maximumLineBytes
            self.blockBytes = max(blockBytes, 1 << 16)
            self.parallelParts = max(parallelParts, 1)
            self.swappedCoordinates = swappedCoordinates
            self.checkDuplicateIDs = checkDuplicateIDs
            self.columnMapping = columnMapping
            self.sheet = sheet
        }
    }

    /// Reads a registry file, parsing the parts of each block in parallel.
    /// - Parameters:
    ///   - path: The CSV file; also the name used in issues.
    ///   - options: Reading options.
    /// - Throws: ``InputError`` listing every problem found (up to the limit).
    public static func readConcurrently(path: String, options: Options = Options()) async throws(InputError) -> Registry {
        switch try open(path, options: options) {
        case .table(let table): return try table.registry(options: options)
        case .text(let source):
            var reading = try RegistryReading(source: source, file: path, options: options, totalBytes: fileSize(path))
            return try await reading.run(parallel: true)
        }
    }

    /// Reads a registry file on the calling thread.
    /// - Throws: ``InputError`` listing every problem found (up to the limit).
    public static func read(path: String, options: Options = Options()) throws(InputError) -> Registry {
        switch try open(path, options: options) {
        case .table(let table): return try table.registry(options: options)
        case .text(let source):
            var reading = try RegistryReading(source: source, file: path, options: options, totalBytes: fileSize(path))
            return try reading.runSequentially()
        }
    }

    /// A registry file's content: a workbook or GIS file (by its first bytes) read through GDAL into CSV rows,
    /// or the text itself (UTF-16 turned into UTF-8), its first bytes kept in front of the rest (so a pipe is
    /// read once, whole).
    private enum Opened {
        case table(GDALTable)
        case text(ByteSource)
    }

    private static func open(_ path: String, options: Options) throws(InputError) -> Opened {
        switch try OpenedTable.open(path: path) {
        case .table(let kind):
            return .table(try GDALTableReader.read(path: path, kind: kind, sheet: options.sheet))
        case .text(let source, _):
            do {
                try RosterReader.refuseSheet(options.sheet, file: path)
            } catch {
                source.close()
                throw error
            }
            return .text(source)
        }
    }

    /// Reads a registry from bytes in memory, on the calling thread.
    /// - Parameters:
    ///   - data: The CSV bytes.
    ///   - name: The name used in issues.
    /// - Throws: ``InputError`` listing every problem found (up to the limit).
    public static func read(data: [UInt8], name: String, options: Options = Options()) throws(InputError) -> Registry {
        let data = try UTF16Text.normalized(data, file: name)
        var reading = try RegistryReading(source: ByteSource(bytes: data), file: name, options: options, totalBytes: data.count)
        return try reading.runSequentially()
    }

    private static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int
    }
}
