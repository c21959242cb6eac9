import KumeGDAL
import KumeGeo

/// A table read through GDAL (a workbook's sheet, a GeoPackage, Shapefile or FlatGeobuf layer), turned into
/// the CSV text kume's own readers take, so that the same column aliases, checks and messages apply to every
/// format: the rows become CSV records, then the same row builder reads them.
///
/// The CSV keeps the table's row numbers: line 1 is the header row, and each later row stays on its own line
/// (rows before the header, such as a merged title, are left out; empty rows become blank lines, which the
/// readers skip), so a CSV line number plus ``lineShift`` is the row number in the table. Line breaks inside a
/// cell become spaces, for the same reason. The delimiter is `;`, so a decimal comma stored as text
/// (`40,1875`) reads as it does in a `;`-delimited CSV.
struct GDALTable {
    /// The name issues use: `FILE:SHEET` for a workbook or a multi-layer GeoPackage, else `FILE`.
    var name: String
    /// The table as `;`-delimited UTF-8 CSV.
    var csv: [UInt8]
    /// Added to a CSV line number to give the row in the table (its spreadsheet row, or its feature number).
    var lineShift: Int
    /// Problems with geometries (not points, not transformable), at their row; the CSV has no point for them.
    var issues: [InputIssue]
    /// Warnings about the source (a layer without a CRS read as WGS84).
    var warnings: [InputWarning]
}

/// Reads a ``GDALTable`` from a workbook or GIS file.
enum GDALTableReader {
    /// The most rows at the top of a sheet searched for the header row.
    static let headerSearchRows = 20

    /// Reads `path`, of `kind`, choosing the sheet or layer `sheet` (a name, or a 1-based number), by default the
    /// first one with a header row naming at least two of kume's columns.
    ///
    /// - Throws: ``InputError`` for a file GDAL cannot open, an unknown sheet, or no header row.
    static func read(path: String, kind: TableKind, sheet: String?) throws(InputError) -> GDALTable {
        let drivers: [VectorDriver]
        switch kind {
        case .workbook: drivers = [.xlsx, .ods]
        case .geoPackage: drivers = [.geoPackage]
        case .shapefile: drivers = [.shapefile]
        case .flatGeobuf: drivers = [.flatGeobuf]
        case .text: drivers = []
        }
        do {
            // Every cell as the text the file stores, and no header row taken by GDAL: kume finds it.
            let dataset = try VectorDataset.open(
                path, drivers: drivers, spreadsheet: SpreadsheetOptions(headers: .none, fieldTypes: .text))
            let names = try dataset.layerNames()
            let isSpreadsheet = dataset.driver == .xlsx || dataset.driver == .ods
            let candidates = try chosenLayers(names, sheet: sheet, file: path)
            var firstFound: GDALTable?
            for index in candidates {
                let layer = try dataset.layer(at: index)
                let name = isSpreadsheet || names.count > 1 ? "\(path):\(layer.name)" : path
                let rows = try TableRows(layer, isSpreadsheet: isSpreadsheet, name: name)
                if let table = try rows.table(requireHeader: sheet == nil) {
                    firstFound = table
                    break
                }
            }
            guard let table = firstFound else {
                let listed = names.map { "'\($0)'" }.joined(separator: ", ")
                throw InputError(issues: [InputIssue(
                    file: path, line: 0, column: 0,
                    problem: "no sheet or layer has a header row naming kume's columns (id, name, type, nace, lat, lon, … "
                        + "in its first \(headerSearchRows) rows); the file has \(listed)",
                    remedy: "give the header row (e.g. Sıra, Firma Unvanı, Tür, NACE, Enlem, Boylam), or choose the sheet with \(Setting.sheet.words)")])
            }
            return table
        } catch let error as InputError {
            throw error
        } catch let error as GDALError {
            throw InputError(issues: [issue(for: error, file: path, kind: kind)])
        } catch {
            throw InputError(issues: [InputIssue(file: path, line: 0, column: 0, problem: "\(error)",
                                                 remedy: "check that the file opens in QGIS or a spreadsheet program")])
        }
    }

    /// The layer indexes to try: the one `sheet` names (by name, then as a 1-based number), or all in order.
    private static func chosenLayers(_ names: [String], sheet: String?, file: String) throws(InputError) -> [Int] {
        guard let sheet else { return Array(names.indices) }
        if let index = names.firstIndex(of: sheet) ?? names.firstIndex(where: { TurkishText.folded($0) == TurkishText.folded(sheet) }) {
            return [index]
        }
        if let number = Int(sheet), (1...names.count).contains(number) { return [number - 1] }
        let listed = names.enumerated().map { "\($0.offset + 1) '\($0.element)'" }.joined(separator: ", ")
        throw InputError(issues: [InputIssue(
            file: file, line: 0, column: 0, problem: "no sheet or layer '\(sheet)'; the file has \(listed)",
            remedy: "give \(Setting.sheet.words) one of these names or numbers")])
    }

    /// A GDAL failure as an input issue about the whole file.
    private static func issue(for error: GDALError, file: String, kind: TableKind) -> InputIssue {
        switch error.kind {
        case .driverNotAllowed(let detected, _) where kind == .workbook:
            return InputIssue(file: file, line: 0, column: 0,
                              problem: "this ZIP archive is not an .xlsx or .ods workbook (GDAL reads it as \(detected))",
                              remedy: "give the workbook itself, or unpack the archive")
        case .driverNotAllowed(let detected, _) where kind == .geoPackage:
            return InputIssue(file: file, line: 0, column: 0,
                              problem: "this SQLite database is not a GeoPackage (GDAL reads it as \(detected))",
                              remedy: "export the table as a GeoPackage, .xlsx or CSV")
        default:
            return InputIssue(file: file, line: 0, column: 0, problem: "GDAL cannot read it: \(error.gdalMessage ?? "\(error.kind)")",
                              remedy: "check that the file is complete and opens in QGIS or a spreadsheet program")
        }
    }
}
