/// What kind of table a file holds, told from its first bytes (its "magic"), not from its name: a workbook
/// saved as `roster.csv` is still read as a workbook, and a PDF named `roster.xlsx` gets a clear message.
enum TableKind: Equatable {
    /// Text: CSV (or GeoJSON when it starts with `{`), read by kume's own readers.
    case text
    /// A ZIP archive: an Excel (`.xlsx`) or OpenDocument (`.ods`) workbook, read through GDAL.
    case workbook
    /// An SQLite database: a GeoPackage, read through GDAL.
    case geoPackage
    /// An ESRI Shapefile's `.shp`, read through GDAL with its `.dbf`, `.shx`, `.prj` and `.cpg`.
    case shapefile
    /// A FlatGeobuf file, read through GDAL.
    case flatGeobuf

    /// The kind of a file starting with `bytes` (at least its first 16 bytes when the file has them).
    ///
    /// - Throws: ``InputError`` naming the kind for files kume does not read (an Excel 97–2003 `.xls`, a PDF,
    ///   an image, a Word document), with what to do.
    static func of(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> TableKind {
        let head = Array(bytes.prefix(16))
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head.prefix(magic.count)) == magic }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        if starts(Array("SQLite format 3".utf8) + [0]) { return .geoPackage }
        if starts([0x00, 0x00, 0x27, 0x0A]) { return .shapefile }
        if starts(Array("fgb".utf8) + [0x03]) { return .flatGeobuf }
        let refused: [(magic: [UInt8], kind: String, remedy: String)] = [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an Excel 97–2003 workbook (.xls) or another old Office file",
             "save it as an Excel workbook (.xlsx) or as CSV (UTF-8)"),
            (Array("%PDF".utf8), "a PDF document", "give the table itself as .xlsx, .ods or CSV"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image", "give the table itself as .xlsx, .ods or CSV"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image", "give the table itself as .xlsx, .ods or CSV"),
            ([0x1F, 0x8B], "a gzip archive", "unpack it first (gunzip) and give the table inside"),
            (Array("Rar!".utf8), "a RAR archive", "unpack it first and give the table inside"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive", "unpack it first and give the table inside"),
        ]
        for entry in refused where starts(entry.magic) {
            throw InputError(issues: [InputIssue(
                file: file, line: 0, column: 0, problem: "this is \(entry.kind), which kume does not read",
                remedy: entry.remedy)])
        }
        return .text
    }
}
