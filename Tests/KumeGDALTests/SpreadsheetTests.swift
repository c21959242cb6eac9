import Foundation
import KumeGDAL
import Testing

/// The two spreadsheet formats, each written by GDAL's own XLSX or ODS writer in the test and read back.
struct SpreadsheetFormat: Sendable, CustomTestStringConvertible {
    let driver: VectorDriver
    let fileExtension: String
    var testDescription: String { driver.shortName }

    static let all = [
        SpreadsheetFormat(driver: .xlsx, fileExtension: "xlsx"),
        SpreadsheetFormat(driver: .ods, fileExtension: "ods"),
    ]
}

@Suite("Spreadsheets through VectorDataset")
struct SpreadsheetTests {
    /// A roster sheet as a planner keeps it: Turkish headers, a decimal kept as text, an empty cell.
    static let headers = ["Sıra", "Firma Unvanı", "Enlem", "Boylam (metin)", "Çalışan"]
    static let rows: [[FieldValue]] = [
        [.integer(1), .string("Şişecam Çayırova"), .real(40.1875), .string("29,0625"), .integer(120)],
        [.integer(2), .string("Göğüş Otomotiv"), .real(39.9375), .string("32,875"), .null],
    ]

    /// Writes a workbook with the roster sheet "Üyeler" and a second sheet "Notlar".
    static func writeWorkbook(_ path: String, driver: VectorDriver) throws {
        let workbook = try VectorDataset.create(path, driver: driver)
        let members = try workbook.createLayer(named: "Üyeler", geometryType: .none, spatialReference: nil)
        let types: [FieldType] = [.integer, .string, .real, .string, .integer]
        for (name, type) in zip(headers, types) { try members.createField(FieldDefinition(name: name, type: type)) }
        for row in rows { try members.add(values: row, geometryWKB: nil) }
        let notes = try workbook.createLayer(named: "Notlar", geometryType: .none, spatialReference: nil)
        // A number beside the text: GDAL's header detection wants a second row that is not all text.
        try notes.createField(FieldDefinition(name: "Not", type: .string))
        try notes.createField(FieldDefinition(name: "Sayfa", type: .integer))
        try notes.add(values: [.string("İkinci sayfa"), .integer(2)], geometryWKB: nil)
        try workbook.close()
    }

    @Test("Sheets are layers in tab order, the header row names the fields, cells come back typed", arguments: SpreadsheetFormat.all)
    func typedRead(format: SpreadsheetFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.\(format.fileExtension)")
        try Self.writeWorkbook(path, driver: format.driver)

        let workbook = try VectorDataset.open(path, drivers: [.xlsx, .ods, .csv])
        #expect(workbook.driver == format.driver)
        #expect(try workbook.layerNames() == ["Üyeler", "Notlar"])
        let sheet = try workbook.layer(at: 0)
        #expect(sheet.name == "Üyeler")
        #expect(try sheet.geometryType() == .none)
        #expect(try sheet.spatialReference() == nil)
        #expect(try sheet.fields().map(\.name) == Self.headers)
        #expect(try sheet.fields().map(\.type) == [.integer, .string, .real, .string, .integer])
        var read: [[FieldValue]] = []
        var ids: [Int64?] = []
        try sheet.forEachFeature { feature throws in
            read.append(feature.values())
            ids.append(feature.id)
            #expect(try feature.geometryWKB() == nil)
        }
        #expect(read == Self.rows)
        // GDAL numbers a sheet's features by spreadsheet row: the header is row 1.
        #expect(ids == [2, 3])
        let notes = try workbook.layer(named: "Notlar")
        #expect(try notes.nextFeature()?.values() == [.string("İkinci sayfa"), .integer(2)])
    }

    @Test("Without a header row every row is a feature with fields Field1…, and mixed columns are text",
          arguments: SpreadsheetFormat.all)
    func noHeaders(format: SpreadsheetFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.\(format.fileExtension)")
        try Self.writeWorkbook(path, driver: format.driver)

        let workbook = try VectorDataset.open(
            path, drivers: [format.driver], spreadsheet: SpreadsheetOptions(headers: .none))
        let sheet = try workbook.layer(named: "Üyeler")
        #expect(try sheet.fields().map(\.name) == ["Field1", "Field2", "Field3", "Field4", "Field5"])
        #expect(try sheet.fields().map(\.type) == [.string, .string, .string, .string, .string])
        var read: [[FieldValue]] = []
        try sheet.forEachFeature { read.append($0.values()) }
        #expect(read.count == 3)
        #expect(read.first == Self.headers.map { .string($0) })
        // Numbers in a text column arrive as the cell's stored number written out (GDAL's ODS writer stores
        // 16 decimals, its XLSX writer the shortest form).
        let second = try #require(read.dropFirst().first)
        #expect(second[0] == .string("1"))
        #expect(second[1] == .string("Şişecam Çayırova"))
        guard case .string(let latitude) = second[2] else {
            Issue.record("latitude is not text: \(second[2])")
            return
        }
        #expect(Double(latitude) == 40.1875)
        #expect(second[3] == .string("29,0625"))
        #expect(second[4] == .string("120"))
        #expect(read.last?.last == .null)
    }

    @Test("Text field types keep a header row and make every column text", arguments: SpreadsheetFormat.all)
    func textTypes(format: SpreadsheetFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.\(format.fileExtension)")
        try Self.writeWorkbook(path, driver: format.driver)
        let workbook = try VectorDataset.open(
            path, drivers: [format.driver], spreadsheet: SpreadsheetOptions(headers: .firstRow, fieldTypes: .text))
        let sheet = try workbook.layer(at: 0)
        #expect(try sheet.fields().map(\.name) == Self.headers)
        #expect(try sheet.fields().map(\.type) == Array(repeating: .string, count: 5))
        #expect(try sheet.nextFeature()?.values().first == .string("1"))
    }

    @Test("Two workbooks opened with different header settings each keep their own while read in turns",
          arguments: SpreadsheetFormat.all)
    func settingsStayWithTheirDataset(format: SpreadsheetFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.\(format.fileExtension)")
        try Self.writeWorkbook(path, driver: format.driver)
        // Both are opened before either parses a sheet: GDAL reads the settings lazily, at the first parse.
        let raw = try VectorDataset.open(path, drivers: [format.driver], spreadsheet: SpreadsheetOptions(headers: .none))
        let plain = try VectorDataset.open(path, drivers: [format.driver])
        #expect(try plain.layer(at: 0).fields().first?.name == "Sıra")
        #expect(try raw.layer(at: 0).fields().first?.name == "Field1")
        #expect(try plain.layer(at: 0).featureCount() == 2)
        #expect(try raw.layer(at: 0).featureCount() == 3)
    }
}
