import Foundation
import KumeGDAL
import Testing

@Suite("VectorDataset errors")
struct VectorDatasetErrorTests {
    /// Runs `body` and returns the ``GDALError`` it throws (recording an issue when it throws none or another).
    private func gdalError(_ body: () throws -> Void) -> GDALError? {
        do {
            try body()
            Issue.record("no error was thrown")
        } catch let error as GDALError {
            return error
        } catch {
            Issue.record("not a GDALError: \(error)")
        }
        return nil
    }

    @Test("A missing file is named, with 'check the path'")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.xlsx")
        let error = try #require(gdalError { _ = try VectorDataset.open(path, drivers: [.xlsx]) })
        #expect(error.kind == .fileNotFound)
        #expect(error.description.hasPrefix("\(path): no such file — check the path"))
    }

    @Test("A GeoJSON file offered where only GeoPackage is allowed names both")
    func driverNotAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("members.gpkg")  // the name lies: the content decides
        try #"{"type": "FeatureCollection", "features": []}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(gdalError { _ = try VectorDataset.open(path, drivers: [.geoPackage]) })
        #expect(error.kind == .driverNotAllowed(detected: "GeoJSON", allowed: ["GPKG"]))
        #expect(error.description == "\(path): GDAL reads this as GeoJSON, which is not accepted here — give one of: GPKG")
    }

    @Test("A workbook offered to the CSV and GeoJSON drivers is recognised as XLSX and refused")
    func workbookNotAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.xlsx")
        try SpreadsheetTests.writeWorkbook(path, driver: .xlsx)
        let error = try #require(gdalError { _ = try VectorDataset.open(path, drivers: [.csv, .geoJSON]) })
        #expect(error.kind == .driverNotAllowed(detected: "XLSX", allowed: ["CSV", "GeoJSON"]))
    }

    @Test("Bytes no vector driver reads are an unrecognised format")
    func unrecognised() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("picture.bin")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: path))
        let error = try #require(gdalError { _ = try VectorDataset.open(path, drivers: []) })
        #expect(error.kind == .unrecognisedFormat)
        #expect(error.description.contains("not a format kume reads"))
    }

    @Test("A truncated GeoPackage is recognised but fails to open, with SQLite's message")
    func truncatedGeoPackage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("broken.gpkg")
        let dataset = try VectorDataset.create(path, driver: .geoPackage)
        let layer = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84())
        try layer.add(values: [], geometryWKB: HandWKB.point(29, 40))
        try dataset.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(2048).write(to: URL(fileURLWithPath: path))
        let error = try #require(gdalError { _ = try VectorDataset.open(path, drivers: [.geoPackage]) })
        #expect(error.kind == .openFailed)
        #expect(error.gdalMessage == "database disk image is malformed")
        #expect(error.description.hasPrefix("\(path): GDAL recognised the format but could not open it"))
    }

    @Test("A sheet that does not exist lists the sheets there are; a sheet number beyond them says how many")
    func badLayer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.ods")
        try SpreadsheetTests.writeWorkbook(path, driver: .ods)
        let workbook = try VectorDataset.open(path, drivers: [.ods])
        let error = try #require(gdalError { _ = try workbook.layer(named: "Sayfa1") })
        #expect(error.kind == .noSuchLayer(name: "Sayfa1", available: ["Üyeler", "Notlar"]))
        #expect(error.description == "\(path): no layer or sheet 'Sayfa1' — use one of: 'Üyeler', 'Notlar'")
        let beyond = try #require(gdalError { _ = try workbook.layer(at: 2) })
        #expect(beyond.kind == .layerIndexOutOfRange(index: 2, count: 2))
        #expect(beyond.description.contains("no layer or sheet number 3 — the source has 2"))
    }

    @Test("An open option the driver does not document is refused, with the driver's options listed")
    func unknownOpenOption() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("members.gpkg")
        let dataset = try VectorDataset.create(path, driver: .geoPackage)
        _ = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84())
        try dataset.close()
        let error = try #require(gdalError {
            _ = try VectorDataset.open(path, drivers: [.geoPackage], options: ["HEADERS": "DISABLE"])
        })
        guard case .unsupportedOption(let name, let driver, let known) = error.kind else {
            Issue.record("unexpected kind \(error.kind)")
            return
        }
        #expect(name == "HEADERS")
        #expect(driver == "GPKG")
        #expect(known.contains("LIST_ALL_TABLES"))
        // A documented one is accepted.
        _ = try VectorDataset.open(path, drivers: [.geoPackage], options: ["LIST_ALL_TABLES": "NO"])
    }

    @Test("Creating over an existing file is refused; the file is left as it was")
    func createOverExisting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("map.fgb")
        try "keep".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(gdalError { _ = try VectorDataset.create(path, driver: .flatGeobuf) })
        #expect(error.kind == .alreadyExists)
        #expect(error.description == "\(path): already exists — remove it or choose another name")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep")
    }

    @Test("After close, the dataset and its layers refuse calls; features already read stay readable")
    func useAfterClose() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("roster.xlsx")
        try SpreadsheetTests.writeWorkbook(path, driver: .xlsx)
        let workbook = try VectorDataset.open(path, drivers: [.xlsx])
        let sheet = try workbook.layer(at: 0)
        let definition = try sheet.definition()
        let feature = try #require(try sheet.nextFeature())
        try workbook.close()
        try workbook.close()  // a second close does nothing
        #expect(!workbook.isOpen)
        #expect(gdalError { _ = try sheet.nextFeature() }?.kind == .closed)
        #expect(gdalError { _ = try definition.fields() }?.kind == .closed)
        #expect(gdalError { _ = try workbook.layerCount() }?.kind == .closed)
        #expect(feature.values() == SpreadsheetTests.rows[0])
    }

    @Test("A refused PostgreSQL connection is an open failure whose text never shows the password")
    func postgreSQLPasswordHidden() throws {
        // Port 1 on the loopback refuses at once; nothing listens there.
        let source = "PG:dbname=kume host=127.0.0.1 port=1 user=planner password=hunter2 connect_timeout=2"
        let error = try #require(gdalError { _ = try VectorDataset.open(source, drivers: [.postgreSQL]) })
        #expect(error.kind == .openFailed)
        #expect(!error.description.contains("hunter2"))
        #expect(error.source == "PG:dbname=kume host=127.0.0.1 port=1 user=planner password=*** connect_timeout=2")
        #expect(error.gdalMessage?.isEmpty == false)
    }
}

@Suite("ConnectionString")
struct ConnectionStringTests {
    @Test("Passwords are hidden in conninfo (plain, quoted, spaced) and URI forms; other text is unchanged",
          arguments: [
              ("PG:dbname=kume password=secret host=db", "PG:dbname=kume password=*** host=db"),
              ("PG:password = 'se cr\\'et' dbname=kume", "PG:password=*** dbname=kume"),
              ("PG:postgresql://planner:secret@db:5432/kume", "PG:postgresql://planner:***@db:5432/kume"),
              ("PG:postgresql://planner@db/kume", "PG:postgresql://planner@db/kume"),
              ("roster.xlsx", "roster.xlsx"),
          ])
    func redaction(source: String, expected: String) {
        #expect(ConnectionString.redacted(source) == expected)
    }

    @Test("PG: in any case marks a PostgreSQL source; file paths do not")
    func recognition() {
        #expect(ConnectionString.isPostgreSQL("PG:dbname=kume"))
        #expect(ConnectionString.isPostgreSQL("pg:dbname=kume"))
        #expect(!ConnectionString.isPostgreSQL("pg.gpkg"))
    }
}
