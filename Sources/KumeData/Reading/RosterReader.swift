import Foundation

/// Reads an application's roster (members table) from CSV or GeoJSON into a validated ``Roster``.
///
/// CSV: RFC 4180, delimiter `,` `;` or tab detected from the header, UTF-8 (with or without BOM),
/// Windows-1254 or UTF-16; numbers read by ``NumberReader`` in the delimiter's decimal convention. GeoJSON: a FeatureCollection of Point features
/// whose properties are the same columns. Headers and property names may use every alias of
/// ``MemberColumn``. Every problem is reported, up to ``Options/maximumIssues``, as `FILE:LINE:COLUMN`
/// (column = the field's position for CSV, the character for GeoJSON).
public enum RosterReader {
    /// What to do with a point that lies outside Türkiye but inside once latitude and longitude swap.
    public enum SwappedCoordinates: Sendable {
        /// Use the swapped point, with a warning naming the member (the default: an evaluator sees the
        /// warning, and the member is not placed in another country).
        case swap
        /// Keep the point as given, with the same warning.
        case keepAsGiven
    }

    /// The input formats.
    package enum Format: Sendable {
        /// RFC 4180 CSV (also `;`- or tab-delimited).
        case csv
        /// A GeoJSON FeatureCollection of Point features.
        case geoJSON
    }

    /// Reading options.
    public struct Options: Sendable {
        /// The most problems listed in one ``InputError`` (the rest are counted).
        public var maximumIssues: Int
        /// The longest line (CSV record) accepted, in bytes; a longer one stops reading with an error.
        public var maximumLineBytes: Int
        /// The largest GeoJSON file accepted, in bytes (GeoJSON is parsed whole).
        public var maximumGeoJSONBytes: Int
        /// What to do with probably swapped coordinates.
        public var swappedCoordinates: SwappedCoordinates
        /// The type of a member when the table has no `type` column (`nil`: the column is required).
        public var defaultType: MemberType?
        /// Headers mapped to columns beyond the aliases kume knows.
        public var columnMapping: ColumnMapping
        /// The sheet of a workbook, or the layer of a GeoPackage, to read: its name, or its number from 1
        /// (`nil`: the first with a header row naming kume's columns). Refused for CSV and GeoJSON.
        public var sheet: String?

        /// Creates options; the defaults suit rosters.
        public init(maximumIssues: Int = 50, maximumLineBytes: Int = 1 << 20, maximumGeoJSONBytes: Int = 64 << 20,
                    swappedCoordinates: SwappedCoordinates = .swap, defaultType: MemberType? = nil,
                    columnMapping: ColumnMapping = ColumnMapping(), sheet: String? = nil) {
            self.maximumIssues = maximumIssues
            self.maximumLineBytes = maximumLineBytes
            self.maximumGeoJSONBytes = maximumGeoJSONBytes
            self.swappedCoordinates = swappedCoordinates
            self.defaultType = defaultType
            self.columnMapping = columnMapping
            self.sheet = sheet
        }
    }

    /// Reads a roster file. Its kind comes from its first bytes: a workbook (`.xlsx`, `.ods`), GeoPackage,
    /// Shapefile or FlatGeobuf is read through GDAL into the same rows as a CSV (``GDALTableReader``), with
    /// issues at `FILE[:SHEET]:ROW:COLUMN`; text is GeoJSON for a `.geojson`/`.json` name or a first `{`, else CSV.
    /// - Parameters:
    ///   - path: The file's path; it is also the name used in issues.
    ///   - options: Reading options.
    /// - Throws: ``InputError`` listing every problem found.
    public static func read(path: String, options: Options = Options()) throws(InputError) -> Roster {
        // One opening of the file serves both the format sniffing and the reading, so a pipe or FIFO
        // (`kume check <(…)`) is read once, whole.
        let source: ByteSource, first: [UInt8]
        switch try OpenedTable.open(path: path) {
        case .table(let kind):
            return try GDALTableReader.read(path: path, kind: kind, sheet: options.sheet).roster(options: options)
        case .text(let text, let prefix):
            source = text
            first = prefix
        }
        defer { source.close() }
        try refuseSheet(options.sheet, file: path)
        switch format(ofName: path, firstBytes: first[...]) {
        case .csv:
            return try readCSV(source, name: path, options: options)
        case .geoJSON:
            var bytes: [UInt8] = []
            var reader = source
            while try reader.read(into: &bytes, upTo: 1 << 20) > 0 {
                guard bytes.count <= options.maximumGeoJSONBytes else {
                    throw InputError(issues: [InputIssue(
                        file: path, line: 0, column: 0,
                        problem: "the GeoJSON file is more than the \(options.maximumGeoJSONBytes >> 20) MiB read whole",
                        remedy: "give a large table as CSV, which is read in chunks")])
                }
            }
            return try GeoJSONRosterReader.read(bytes: bytes, name: path, options: options)
        }
    }

    /// Reads a roster from bytes in memory.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - name: The name used in issues and to choose the format (like a path).
    ///   - options: Reading options.
    /// - Throws: ``InputError`` listing every problem found.
    public static func read(data: [UInt8], name: String, options: Options = Options()) throws(InputError) -> Roster {
        let data = try UTF16Text.normalized(data, file: name)
        switch format(ofName: name, firstBytes: data.prefix(64)) {
        case .csv: return try readCSV(ByteSource(bytes: data), name: name, options: options)
        case .geoJSON: return try GeoJSONRosterReader.read(bytes: data, name: name, options: options)
        }
    }

    /// Reads a roster from `Data` in memory; see ``read(data:name:options:)-([UInt8],_,_)``.
    public static func read(data: Data, name: String, options: Options = Options()) throws(InputError) -> Roster {
        try read(data: [UInt8](data), name: name, options: options)
    }

    /// Throws for `--sheet` given with a text table, which has no sheets.
    static func refuseSheet(_ sheet: String?, file: String) throws(InputError) {
        guard let sheet else { return }
        throw InputError(issues: [InputIssue(
            file: file, line: 0, column: 0, problem: "a sheet ('\(sheet)') was chosen, but this is a CSV or GeoJSON file, which has none",
            remedy: "leave out \(Setting.sheet.words), or give the workbook (.xlsx, .ods) or GeoPackage")])
    }

    static func format(ofName name: String, firstBytes: ArraySlice<UInt8>) -> Format {
        let lower = name.lowercased()
        if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") { return .geoJSON }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .csv }
        let content = firstBytes.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A
            || $0 == 0x0D || $0 == 0x09 }
        return content.first == UInt8(ascii: "{") ? .geoJSON : .csv
    }

    static func readCSV(_ source: ByteSource, name: String, options: Options) throws(InputError) -> Roster {
        var scanner = try CSVScanner(source: source, file: name, maximumRecordBytes: options.maximumLineBytes)
        if scanner.isEmpty {
            throw InputError(issues: [InputIssue(file: name, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "give a header row and one row per member")])
        }
        var fields: [CSVField] = []
        guard let headerLine = try scanner.next(into: &fields) else {
            throw InputError(issues: [InputIssue(file: name, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "give a header row and one row per member")])
        }
        var columnAt: [MemberColumn?] = []
        var firstPosition: [MemberColumn: Int] = [:]
        var headerIssues = IssueCollector(file: name, limit: options.maximumIssues)
        var headers: [String] = []
        for (index, field) in fields.enumerated() {
            let header = scanner.string(of: field)
            headers.append(header.trimmingSpaces)
            let column = options.columnMapping.column(forHeader: header)
            if let column, let first = firstPosition[column] {
                headerIssues.add(line: headerLine, column: index + 1,
                                 "column '\(header.trimmingSpaces)' means '\(column.header)', like column \(first)",
                                 "keep only one of them")
                columnAt.append(nil)
                continue
            }
            if let column { firstPosition[column] = index + 1 }
            columnAt.append(column)
        }
        var builder = MemberRowBuilder(file: name, columns: Set(firstPosition.keys), options: options,
                                       numbers: NumberReader(delimiter: scanner.delimiter))
        if let error = headerIssues.error { throw error }
        guard builder.checkHeader(line: headerLine, headers: headers) else {
            throw builder.issues.error ?? InputError(issues: [])
        }
        var extraIssues = IssueCollector(file: name, limit: options.maximumIssues)
        var rows = 0
        while let line = try scanner.next(into: &fields) {
            if fields.count == 1, fields[0].start == fields[0].end { continue }  // a blank line
            if fields.allSatisfy({ $0.start == $0.end }) { continue }  // a row of empty cells (;;;;)
            rows += 1
            if fields.count != columnAt.count {
                extraIssues.add(line: line, column: min(fields.count, columnAt.count) + 1,
                                "this row has \(fields.count) fields, the header has \(columnAt.count)",
                                "give every row as many fields as the header (quote fields that contain '\(String(UnicodeScalar(scanner.delimiter)))')")
                continue
            }
            var cells: [MemberColumn: RawCell] = [:]
            for (index, field) in fields.enumerated() {
                if field.textAfterClosingQuote {
                    extraIssues.add(line: field.line, column: index + 1, "text follows a closing quote",
                                    "quote the whole field and double each quote inside it (\"\")")
                }
                guard let column = columnAt[index] else { continue }
                cells[column] = RawCell(text: scanner.string(of: field), line: field.line, column: index + 1)
            }
            builder.add(RawRow(line: line, cells: cells))
        }
        if rows == 0 {
            throw InputError(issues: [InputIssue(file: name, line: headerLine, column: 1,
                                                 problem: "the file has a header but no rows",
                                                 remedy: "add one row per member below the header")])
        }
        var all = extraIssues
        all.add(builder.issues.error ?? InputError(issues: []))
        if let error = merged(all, name: name, limit: options.maximumIssues) { throw error }
        return Roster(source: name, members: builder.members, warnings: builder.warnings)
    }

    /// Puts issues in file order (line, then column) before throwing.
    static func merged(_ collector: IssueCollector, name: String, limit: Int) -> InputError? {
        guard var error = collector.error else { return nil }
        error.issues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return error
    }
}
