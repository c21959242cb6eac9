import Foundation
import KumeGDAL
import Testing
@testable import KumeData

/// Tables written through GDAL in the test from the rows of a CSV roster, then read back by kume.
enum GDALTableFixture {
    /// The bundled Bursa example's rows, header first, split on commas (it has no quoted fields).
    static func bursaRows() throws -> [[String]] {
        try InputTestSupport.plainRows("examples/bursa-automotive.csv")
    }

    /// Writes `rows` (header first, all text) as a sheet or layer named `layer` of a new file at `path`;
    /// with `epsg`, a GIS layer gets point geometries from the lat/lon columns, transformed to that CRS by
    /// `transform`, and loses those columns.
    static func write(_ rows: [[String]], to path: String, driver: VectorDriver, layer name: String,
                      extraSheet: Bool = false) throws {
        let dataset = try VectorDataset.create(path, driver: driver)
        if extraSheet {
            let notes = try dataset.createLayer(named: "Notlar", geometryType: .none, spatialReference: nil)
            try notes.createField(FieldDefinition(name: "Not", type: .string))
            try notes.createField(FieldDefinition(name: "Sayfa", type: .integer))
            try notes.add(values: [.string("Başvuru notları"), .integer(1)], geometryWKB: nil)
        }
        let layer = try dataset.createLayer(named: name, geometryType: .none, spatialReference: nil)
        for header in rows[0] { try layer.createField(FieldDefinition(name: header, type: .string)) }
        for row in rows.dropFirst() {
            try layer.add(values: row.map { $0.isEmpty ? .null : .string($0) }, geometryWKB: nil)
        }
        try dataset.close()
    }
}

@Suite("GDALTableReader")
struct GDALTableReaderTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-gdal-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("The Bursa roster as .xlsx, .ods and .gpkg gives the CSV's members, and warnings at the same rows",
          arguments: [(VectorDriver.xlsx, "xlsx"), (.ods, "ods"), (.geoPackage, "gpkg")])
    func sameRoster(driver: VectorDriver, fileExtension: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try RosterReader.read(path: InputTestSupport.dataFile("examples/bursa-automotive.csv").path)
        let path = dir.appendingPathComponent("bursa.\(fileExtension)").path
        try GDALTableFixture.write(try GDALTableFixture.bursaRows(), to: path, driver: driver, layer: "Üyeler")
        let read = try RosterReader.read(path: path)
        #expect(read.members.map(\.id) == csv.members.map(\.id))
        #expect(read.members.map(\.location) == csv.members.map(\.location))
        #expect(read.members.map(\.nace) == csv.members.map(\.nace))
        #expect(read.members.map(\.committed) == csv.members.map(\.committed))
        // A spreadsheet row is its CSV line; a GeoPackage feature number is one less (no header line).
        let shift = driver == .geoPackage ? -1 : 0
        #expect(read.members.map(\.line) == csv.members.map { $0.line + shift })
        let name = driver == .geoPackage ? path : "\(path):Üyeler"
        #expect(read.warnings.map(\.location) == csv.warnings.map {
            $0.location.map { location in
                let line = Int(location.split(separator: ":")[1])! + shift
                return "\(name):\(line)"
            }
        })
    }

    @Test("Problems are reported at FILE:SHEET:ROW:COLUMN of the sheet, after a second sheet without a header")
    func errorsAtSheetRows() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rows = try GDALTableFixture.bursaRows()
        rows[2][3] = "99.99"  // row 3, column D: NACE
        rows[4][4] = "40,5x"  // row 5, column E: latitude
        let path = dir.appendingPathComponent("bursa.xlsx").path
        try GDALTableFixture.write(rows, to: path, driver: .xlsx, layer: "Üyeler", extraSheet: true)
        do {
            _ = try RosterReader.read(path: path)
            Issue.record("no error")
        } catch {
            #expect(error.issues.map { "\($0.file):\($0.line):\($0.column)" } == ["\(path):Üyeler:3:4", "\(path):Üyeler:5:5"])
            #expect(error.issues[0].problem == "unknown NACE code '99.99'")
            #expect(error.issues[1].problem == "latitude '40,5x' is not a number")
        }
    }

    @Test("A title row above the header is skipped; rows keep their spreadsheet numbers")
    func titleRow() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rows = try GDALTableFixture.bursaRows()
        // Row 1 (GDAL writes the field names there) is a title naming no column; the header is row 2.
        let title = ["Bursa Otomotiv Kümesi — Üye Listesi"] + (1..<rows[0].count).map { "Sütun \($0 + 1)" }
        rows.insert(title, at: 0)
        rows[3][3] = "99.99"  // row 4: the roster's third line
        let path = dir.appendingPathComponent("bursa.xlsx").path
        try GDALTableFixture.write(rows, to: path, driver: .xlsx, layer: "Üyeler")
        do {
            _ = try RosterReader.read(path: path)
            Issue.record("no error")
        } catch {
            #expect(error.issues.map { "\($0.file):\($0.line):\($0.column)" } == ["\(path):Üyeler:4:4"])
        }
        rows[3][3] = "29.31"
        try FileManager.default.removeItem(atPath: path)
        try GDALTableFixture.write(rows, to: path, driver: .xlsx, layer: "Üyeler")
        let roster = try RosterReader.read(path: path)
        #expect(roster.members.count == 40)
        #expect(roster.members.first?.line == 3)
    }

    @Test("A decimal comma stored as text reads as in a ';' CSV")
    func decimalComma() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rows = try GDALTableFixture.bursaRows()
        rows[1][4] = rows[1][4].replacing(".", with: ",")
        rows[1][5] = rows[1][5].replacing(".", with: ",")
        let path = dir.appendingPathComponent("bursa.ods").path
        try GDALTableFixture.write(rows, to: path, driver: .ods, layer: "Üyeler")
        let first = try #require(try RosterReader.read(path: path).members.first?.location)
        #expect(first.latitude == Double(try GDALTableFixture.bursaRows()[1][4]))
        #expect(first.longitude == Double(try GDALTableFixture.bursaRows()[1][5]))
    }

    @Test("--sheet chooses by name or number; an unknown one lists the sheets; CSV refuses it")
    func sheets() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bursa.xlsx").path
        try GDALTableFixture.write(try GDALTableFixture.bursaRows(), to: path, driver: .xlsx, layer: "Üyeler", extraSheet: true)
        #expect(try RosterReader.read(path: path, options: .init(sheet: "2")).members.count == 40)
        #expect(try RosterReader.read(path: path, options: .init(sheet: "üyeler")).members.count == 40)
        do {
            _ = try RosterReader.read(path: path, options: .init(sheet: "Sayfa1"))
            Issue.record("no error")
        } catch {
            #expect(error.description == "\(path): no sheet or layer 'Sayfa1'; the file has 1 'Notlar', 2 'Üyeler' — give the sheet setting one of these names or numbers")
        }
        let csv = InputTestSupport.dataFile("examples/bursa-automotive.csv").path
        #expect(throws: InputError.self) { try RosterReader.read(path: csv, options: .init(sheet: "1")) }
    }

    @Test("A file's kind comes from its bytes: a workbook named .csv is read, a PDF named .xlsx is named")
    func kindFromContent() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("roster.csv").path
        try GDALTableFixture.write(try GDALTableFixture.bursaRows(), to: dir.appendingPathComponent("w.xlsx").path,
                                   driver: .xlsx, layer: "Üyeler")
        try FileManager.default.moveItem(atPath: dir.appendingPathComponent("w.xlsx").path, toPath: path)
        #expect(try RosterReader.read(path: path).members.count == 40)
        let pdf = try InputTestSupport.temporaryFile(Array("%PDF-1.7\n".utf8), suffix: ".xlsx")
        defer { try? FileManager.default.removeItem(atPath: pdf) }
        do {
            _ = try RosterReader.read(path: pdf)
            Issue.record("no error")
        } catch {
            #expect(error.description == "\(pdf): this is a PDF document, which kume does not read — give the table itself as .xlsx, .ods or CSV")
        }
        let xls = try InputTestSupport.temporaryFile([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], suffix: ".xls")
        defer { try? FileManager.default.removeItem(atPath: xls) }
        #expect(throws: InputError.self) { try RegistryReader.read(path: xls) }
    }

    @Test("Points of a GeoPackage layer in UTM 35N come back as WGS84 longitude, latitude")
    func projectedGeoPackage() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("firms.gpkg").path
        let dataset = try VectorDataset.create(path, driver: .geoPackage)
        let layer = try dataset.createLayer(named: "firms", geometryType: .point, spatialReference: try SpatialReference(epsg: 32635))
        for name in ["id", "name", "nace"] { try layer.createField(FieldDefinition(name: name, type: .string)) }
        // Bursa (29.06111 E, 40.18222 N) in EPSG:32635, from pyproj and cs2cs (shared GEOS-PROJ notes).
        var point: [UInt8] = [1, 1, 0, 0, 0]
        point += withUnsafeBytes(of: 675_473.596.bitPattern.littleEndian, Array.init)
        point += withUnsafeBytes(of: 4_450_019.081.bitPattern.littleEndian, Array.init)
        try layer.add(values: [.string("F1"), .string("Bursa Döküm"), .string("24.51")], geometryWKB: point)
        try dataset.close()
        let registry = try RegistryReader.read(path: path)
        #expect(registry.count == 1)
        #expect(abs(registry.coordinates[0].longitude - 29.06111) < 1e-6)
        #expect(abs(registry.coordinates[0].latitude - 40.18222) < 1e-6)
        #expect(registry.lines == [1])
    }
}
