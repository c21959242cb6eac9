import ArgumentParser
import Foundation
import KumeGDAL

/// `kume-bench gdal`: exercises the KumeGDAL layer (GDAL's vector C API) on small files, for the memory checks.
///
/// `--operation smoke` runs every wrapped call once in a fresh folder: writing and reading GeoPackage,
/// FlatGeobuf, GeoJSON, XLSX and ODS with every field type, points and polygons, spatial references and their
/// exports, SQL in the native and SQLite dialects, transactions committed and rolled back, a result layer
/// outliving its dataset's close, and every error path (missing file, driver not allowed, unrecognised bytes,
/// bad sheet, unknown option, unknown EPSG code, bad WKB, a value the field cannot hold, a closed dataset).
/// `scripts/sanitize` and `scripts/sanitize-ci` run it under valgrind. Prints `smoke,CALLS,ok`.
struct GDAL: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exercises KumeGDAL (GDAL's vector C API) on small files, for the memory checks.")

    /// What to run.
    enum Operation: String, ExpressibleByArgument, CaseIterable {
        /// Every wrapped call once, and every error path.
        case smoke
    }

    @Option(help: "The operation: \(Operation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var operation: Operation

    @Option(help: "An empty folder to write into (default: a new temporary folder, removed after).")
    var directory: String?

    func validate() throws {
        if let directory, let contents = try? FileManager.default.contentsOfDirectory(atPath: directory), !contents.isEmpty {
            throw ValidationError("'--directory' must be an empty folder: \(directory) has files in it")
        }
    }

    func run() throws {
        let folder = directory ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("kume-gdal-smoke-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if directory == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let smoke = GDALSmoke(folder: folder)
        try smoke.run()
        print("smoke,\(smoke.checks),ok")
    }
}

/// The smoke run's steps; each check that fails throws with what was expected.
final class GDALSmoke {
    let folder: String
    private(set) var checks = 0

    init(folder: String) {
        self.folder = folder
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private func check(_ condition: Bool, _ what: @autoclosure () -> String) throws {
        checks += 1
        if !condition { throw Failure(description: "smoke check failed: \(what())") }
    }

    /// Runs `body` and checks that it throws a ``GDALError`` of `kind`'s case.
    private func expectError(_ what: String, _ body: () throws -> Void, matches: (GDALError.Kind) -> Bool) throws {
        do {
            try body()
            try check(false, "\(what): no error")
        } catch let error as GDALError {
            try check(matches(error.kind) && !error.description.isEmpty, "\(what): \(error)")
        }
    }

    func run() throws {
        try check(GDALLibrary.version.hasPrefix("3."), "GDAL version")
        for (driver, name) in [(VectorDriver.geoPackage, "a.gpkg"), (.flatGeobuf, "a.fgb"), (.geoJSON, "a.geojson")] {
            try roundTrip(driver, path: "\(folder)/\(name)")
        }
        for (driver, name) in [(VectorDriver.xlsx, "a.xlsx"), (.ods, "a.ods")] {
            try spreadsheet(driver, path: "\(folder)/\(name)")
        }
        try sqlAndTransactions(path: "\(folder)/a.gpkg")
        try spatialReferences()
        try errors()
    }

    private static let fields: [FieldDefinition] = [
        .init(name: "code", type: .string), .init(name: "count", type: .integer), .init(name: "big", type: .integer64),
        .init(name: "share", type: .real), .init(name: "active", type: .boolean), .init(name: "joined", type: .date),
        .init(name: "stamp", type: .dateTime),
    ]

    private static let values: [FieldValue] = [
        .string("Şişecam"), .integer(7), .integer(1 << 40), .real(0.25), .boolean(true),
        .date(FieldDate(year: 2024, month: 3, day: 7)),
        .dateTime(FieldDateTime(date: FieldDate(year: 2024, month: 3, day: 7), hour: 9, minute: 30, second: 0.5)),
    ]

    private static func pointWKB(_ x: Double, _ y: Double) -> [UInt8] {
        [1] + withUnsafeBytes(of: UInt32(1).littleEndian, Array.init)
            + withUnsafeBytes(of: x.bitPattern.littleEndian, Array.init) + withUnsafeBytes(of: y.bitPattern.littleEndian, Array.init)
    }

    private static func squareWKB(_ x: Double, _ y: Double) -> [UInt8] {
        let ring = [(x, y), (x + 1, y), (x + 1, y + 1), (x, y + 1), (x, y)]
        let header: [UInt8] = [1] + withUnsafeBytes(of: UInt32(3).littleEndian, Array.init)
            + withUnsafeBytes(of: UInt32(1).littleEndian, Array.init) + withUnsafeBytes(of: UInt32(5).littleEndian, Array.init)
        return header + ring.flatMap {
            withUnsafeBytes(of: $0.0.bitPattern.littleEndian, Array.init) + withUnsafeBytes(of: $0.1.bitPattern.littleEndian, Array.init)
        }
    }

    private func roundTrip(_ driver: VectorDriver, path: String) throws {
        let dataset = try VectorDataset.create(path, driver: driver)
        let points = try dataset.createLayer(named: "points", geometryType: .point, spatialReference: try .wgs84())
        for field in Self.fields { try points.createField(field) }
        try points.add(values: Self.values, geometryWKB: Self.pointWKB(29, 40))
        if driver == .flatGeobuf {
            try expectError("FlatGeobuf without geometry", { try points.add(values: [.string("null row")], geometryWKB: nil) }) {
                $0 == .unsupported
            }
            try points.add(values: [.string("second row")], geometryWKB: Self.pointWKB(30, 41))
        } else {
            try points.add(values: [.string("null row")], geometryWKB: nil)
        }
        if driver == .geoPackage {
            let areas = try dataset.createLayer(
                named: "areas", geometryType: .multiPolygon, spatialReference: try .wgs84(),
                options: LayerCreationOptions(geometryColumnName: "shape", overwrite: true))
            try areas.add(values: [], geometryWKB: Self.squareWKB(29, 40))
        }
        try dataset.close()

        let reopened = try VectorDataset.open(path, drivers: [driver])
        for name in try reopened.layerNames() {
            let layer = try reopened.layer(named: name)
            _ = try layer.fields()
            _ = try layer.definition().geometryType()
            _ = try layer.geometryColumnName()
            _ = try layer.fidColumnName()
            _ = try layer.featureCount(exact: false)
            if let reference = try layer.spatialReference() {
                _ = try reference.wkt()
                _ = try reference.projjson()
                try check(reference.authority?.description == "EPSG:4326", "\(driver) CRS")
            }
            var count = 0
            try layer.forEachFeature { feature in
                _ = feature.values()
                _ = try feature.geometryWKB()
                _ = try feature.geometryWKB(.xy)
                count += 1
            }
            try check(count == (name == "points" ? 2 : 1), "\(driver) \(name) count")
        }
        _ = try reopened.layer(at: 0).feature(id: 1)
    }

    private func spreadsheet(_ driver: VectorDriver, path: String) throws {
        let workbook = try VectorDataset.create(path, driver: driver)
        let sheet = try workbook.createLayer(named: "Üyeler", geometryType: .none, spatialReference: nil)
        for field in Self.fields.prefix(4) { try sheet.createField(field) }
        try sheet.add(values: Array(Self.values.prefix(4)), geometryWKB: nil)
        try workbook.close()
        for options in [nil, SpreadsheetOptions(headers: .none), SpreadsheetOptions(headers: .firstRow, fieldTypes: .text)] {
            let reopened = try VectorDataset.open(path, drivers: [.xlsx, .ods], spreadsheet: options)
            var rows = 0
            try reopened.layer(named: "Üyeler").forEachFeature { _ = $0.values(); rows += 1 }
            try check(rows == (options?.headers == SpreadsheetOptions.Headers.none ? 2 : 1), "\(driver) rows")
        }
    }

    private func sqlAndTransactions(path: String) throws {
        let dataset = try VectorDataset.open(path, drivers: [.geoPackage], access: .update)
        let points = try dataset.layer(named: "points")
        try dataset.beginTransaction()
        try points.add(values: [.string("rolled back")], geometryWKB: Self.pointWKB(30, 40))
        try dataset.rollbackTransaction()
        try dataset.inTransaction { try points.add(values: [.string("kept")], geometryWKB: Self.pointWKB(31, 40)) }
        try? dataset.inTransaction { throw Failure(description: "abandoned") }
        let count = try dataset.executeSQL("SELECT COUNT(*) FROM points")
        try check(try count?.nextFeature()?.values() == [.integer(3)], "transactions")
        _ = try dataset.executeSQL("CREATE INDEX points_code ON points (code)")
        let spatial = try dataset.executeSQL("SELECT ST_IsValid(shape) AS valid FROM areas", dialect: .sqlite)
        try check(try spatial?.nextFeature()?.values() == [.integer(1)], "validity")
        let open = try dataset.executeSQL("SELECT code FROM points")
        _ = try open?.nextFeature()
        try dataset.close()  // releases `open` first
        try expectError("result after close", { _ = try open?.nextFeature() }) { $0 == .closed }
    }

    private func spatialReferences() throws {
        let utm = try SpatialReference(epsg: 32636)
        let copy = try SpatialReference(definition: try utm.wkt())
        try check(copy.isSame(as: utm) && utm.isProjected && utm.dataAxisToCRSAxisMapping == [1, 2], "UTM")
        _ = try SpatialReference(definition: try utm.projjson()).authority
        _ = try SpatialReference(definition: "+proj=longlat +datum=WGS84 +no_defs").authority
    }

    private func errors() throws {
        try expectError("missing", { _ = try VectorDataset.open("\(folder)/missing.gpkg", drivers: [.geoPackage]) }) {
            $0 == .fileNotFound
        }
        try expectError("not allowed", { _ = try VectorDataset.open("\(folder)/a.geojson", drivers: [.geoPackage]) }) {
            if case .driverNotAllowed = $0 { return true } else { return false }
        }
        let junk = "\(folder)/junk.bin"
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: junk))
        try expectError("unrecognised", { _ = try VectorDataset.open(junk, drivers: []) }) { $0 == .unrecognisedFormat }
        try expectError("option", { _ = try VectorDataset.open("\(folder)/a.gpkg", drivers: [.geoPackage], options: ["X": "1"]) }) {
            if case .unsupportedOption = $0 { return true } else { return false }
        }
        try expectError("existing", { _ = try VectorDataset.create("\(folder)/a.fgb", driver: .flatGeobuf) }) { $0 == .alreadyExists }
        try expectError("EPSG", { _ = try SpatialReference(epsg: 999_999) }) { $0 == .failed }
        try expectError("PG", { _ = try VectorDataset.open("PG:host=127.0.0.1 port=1 dbname=x password=y", drivers: [.postgreSQL]) }) {
            $0 == .openFailed
        }
        let workbook = try VectorDataset.open("\(folder)/a.xlsx", drivers: [.xlsx])
        try expectError("sheet", { _ = try workbook.layer(named: "Sayfa9") }) {
            if case .noSuchLayer = $0 { return true } else { return false }
        }
        let dataset = try VectorDataset.open("\(folder)/a.gpkg", drivers: [.geoPackage], access: .update)
        let points = try dataset.layer(named: "points")
        let feature = try points.makeFeature()
        try expectError("bad WKB", { try feature.setGeometry(wkb: [1, 3, 0, 0, 0, 1, 0, 0, 0, 200, 0, 0, 0]) }) {
            $0 == .invalidGeometry || $0 == .failed
        }
        try expectError("value", { try feature.set(.string("x"), named: "count") }) {
            if case .valueDoesNotFitField = $0 { return true } else { return false }
        }
        try expectError("SQL", { _ = try dataset.executeSQL("SELECT * FROM nowhere") }) { $0 == .failed }
        try expectError("layer exists", {
            _ = try dataset.createLayer(named: "points", geometryType: .point, spatialReference: nil)
        }) { $0 == .alreadyExists }
        try dataset.close()
        try expectError("closed", { _ = try points.featureCount() }) { $0 == .closed }
    }
}
