import KumeGDAL
import KumeGeo

/// The rows of one GDAL layer as text cells with their row numbers, and the CSV made from them.
///
/// A spreadsheet (read without a header, every cell as text) gives rows numbered as in the program (GDAL's
/// feature id is the row number), and the header row is found among them. A GIS layer's header is its field
/// names, its rows are its features numbered from 1, and its point geometries become `lon` and `lat` cells
/// (transformed to WGS84 with PROJ when the layer has another CRS).
struct TableRows {
    /// One row: its number in the table and its cells in column order.
    struct Row {
        var number: Int
        var cells: [String]
        /// The point from the row's geometry (WGS84 longitude, latitude), when it has one.
        var point: Coordinate?
    }

    let name: String
    let isSpreadsheet: Bool
    private(set) var fieldNames: [String] = []
    private(set) var rows: [Row] = []
    private(set) var issues: [InputIssue] = []
    private(set) var warnings: [InputWarning] = []
    private(set) var hasGeometry = false

    /// Reads every row of `layer`.
    init(_ layer: VectorLayer, isSpreadsheet: Bool, name: String) throws {
        self.name = name
        self.isSpreadsheet = isSpreadsheet
        fieldNames = try layer.fields().map(\.name)
        hasGeometry = try layer.geometryType() != .none
        let toWGS84 = hasGeometry ? try Self.transformer(for: layer, name: name, warnings: &warnings) : nil
        let context = hasGeometry ? try GeometryContext() : nil
        var ordinal = 0
        try layer.forEachFeature { feature in
            ordinal += 1
            let number = isSpreadsheet ? Int(feature.id ?? Int64(ordinal)) : ordinal
            let cells = feature.values().map(Self.text)
            var point: Coordinate?
            if let context, let wkb = try feature.geometryWKB(.xy) {
                point = try readPoint(wkb, row: number, context: context, transformer: toWGS84)
            }
            rows.append(Row(number: number, cells: cells, point: point))
        }
    }

    /// The table as CSV, or nil when `requireHeader` and a spreadsheet has no header row in its first rows.
    func table(requireHeader: Bool) throws -> GDALTable? {
        var header: [String]
        var body: ArraySlice<Row>
        var headerRow: Int
        if isSpreadsheet {
            let nonEmpty = rows.filter { $0.cells.contains { !$0.trimmingSpaces.isEmpty } }
            let found = nonEmpty.prefix(GDALTableReader.headerSearchRows).firstIndex {
                $0.cells.filter { MemberColumn(header: $0) != nil }.count >= 2
            }
            if found == nil, requireHeader { return nil }
            // Without a recognisable header (a sheet chosen by name), the first non-empty row is the header,
            // and the readers say which columns it lacks.
            let headerIndex = found ?? nonEmpty.startIndex
            guard nonEmpty.indices.contains(headerIndex) else {
                throw InputError(issues: [InputIssue(file: name, line: 0, column: 0, problem: "the sheet is empty",
                                                     remedy: "give a header row and one row per member")])
            }
            header = nonEmpty[headerIndex].cells
            headerRow = nonEmpty[headerIndex].number
            body = rows[...].drop { $0.number <= headerRow }
        } else {
            header = fieldNames
            headerRow = 0
            body = rows[...]
        }
        // Points from geometries go into the table's own lat/lon columns, or into two added at the end.
        let latitudeColumn = header.firstIndex { MemberColumn(header: $0) == .latitude }
        let longitudeColumn = header.firstIndex { MemberColumn(header: $0) == .longitude }
        var pointColumns: (longitude: Int, latitude: Int)?
        if hasGeometry {
            if let latitudeColumn, let longitudeColumn {
                pointColumns = (longitudeColumn, latitudeColumn)
            } else {
                pointColumns = (header.count, header.count + 1)
                header += ["lon", "lat"]
            }
        }
        var csv: [UInt8] = []
        csv.reserveCapacity(body.count * 96)
        append(header, to: &csv)
        var line = 1
        for row in body {
            // Blank lines keep every row on the line of its number.
            let target = row.number - headerRow + 1
            while line + 1 < target {
                csv.append(0x0A)
                line += 1
            }
            var cells = row.cells
            if let pointColumns {
                while cells.count < header.count { cells.append("") }
                if let point = row.point {
                    cells[pointColumns.longitude] = Self.text(.real(point.longitude))
                    cells[pointColumns.latitude] = Self.text(.real(point.latitude))
                }
            }
            append(cells, to: &csv)
            line += 1
        }
        return GDALTable(name: name, csv: csv, lineShift: headerRow - 1, issues: issues, warnings: warnings)
    }

    /// Appends one `;`-delimited record, quoting cells as RFC 4180 does and turning line breaks into spaces.
    private func append(_ cells: [String], to csv: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { csv.append(UInt8(ascii: ";")) }
            var text = cell
            if text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                text = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
            }
            if text.contains(where: { $0 == ";" || $0 == "\"" }) {
                csv.append(UInt8(ascii: "\""))
                csv += Array(text.replacing("\"", with: "\"\"").utf8)
                csv.append(UInt8(ascii: "\""))
            } else {
                csv += Array(text.utf8)
            }
        }
        csv.append(0x0A)
    }

    /// A cell's text: as stored for text, shortest round-trip form for numbers, ISO 8601 for dates.
    static func text(_ value: FieldValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .real(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return "\(number)"
        case .boolean(let flag): return flag ? "true" : "false"
        case .date(let date): return date.description
        case .dateTime(let time): return time.description
        }
    }

    /// The point of a WKB geometry in WGS84, or nil with an issue when it is not a point.
    private mutating func readPoint(_ wkb: [UInt8], row: Int, context: GeometryContext, transformer: Transformer?) throws -> Coordinate? {
        let geometry = try Geometry(wkb: wkb, in: context)
        let type = try geometry.type
        let coordinates = try geometry.coordinates()
        guard type == .point || type == .multiPoint, coordinates.count == 1, let point = coordinates.first else {
            if try geometry.isEmpty { return nil }
            issues.append(InputIssue(
                file: name, line: row, column: fieldNames.count + 1,
                problem: "the geometry is \(type == .multiPoint ? "several points" : "a \(type)"), not a point",
                remedy: "give each member as one point, or as lat/lon columns without a geometry"))
            return nil
        }
        return try transformer?.forward(point) ?? point
    }

    /// The transformation from the layer's CRS to WGS84 longitude, latitude; nil when it is WGS84 already, or
    /// has no CRS (then read as WGS84, with a warning).
    private static func transformer(for layer: VectorLayer, name: String, warnings: inout [InputWarning]) throws -> Transformer? {
        guard let reference = try layer.spatialReference() else {
            warnings.append(InputWarning(
                location: name, message: "the layer has no coordinate reference system (a Shapefile without .prj?): "
                    + "its coordinates are read as WGS84 longitude, latitude"))
            return nil
        }
        let wgs84 = try SpatialReference.wgs84()
        if reference.authority?.description == "EPSG:4326" || reference.isSame(as: wgs84) { return nil }
        return try Transformer(from: .wkt(try reference.wkt()), to: .wgs84, in: ProjectionContext())
    }
}
