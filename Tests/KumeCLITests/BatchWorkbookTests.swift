import Foundation
import Testing

/// `kume batch` reads workbooks and GIS layers in a folder like CSV rosters, and names a Shapefile's
/// companion files as parts of it rather than as files it does not read.
@Suite("kume batch with workbooks and Shapefiles")
struct BatchWorkbookTests {
    /// Converts `source` with GDAL's ogr2ogr (an independent writer) to `format` at `target`.
    private func convert(_ source: URL, to target: URL, format: String, extra: [String] = []) throws {
        let ogr2ogr = try #require(
            ["/usr/bin/ogr2ogr", "/usr/local/bin/ogr2ogr"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogr2ogr is missing: scripts/test installs gdal-bin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ogr2ogr)
        process.arguments = ["-f", format, target.path, source.path] + extra
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ogr2ogr -f \(format) failed")
    }

    @Test("An .xlsx roster with its plans and a Shapefile roster are checked; the Shapefile's parts are listed as such")
    func workbooksAndShapefiles() throws {
        let input = try RosterFixture.folder()
        let output = try RosterFixture.folder()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let examples = ReliabilityBatchTests.examples
        try convert(examples.appendingPathComponent("bursa-automotive.csv"), to: input.appendingPathComponent("bursa.xlsx"),
                    format: "XLSX", extra: ["-nln", "Üyeler"])
        try FileManager.default.copyItem(at: examples.appendingPathComponent("bursa-automotive-plans.csv"),
                                         to: input.appendingPathComponent("Bursa-Plans.csv"))
        // The Kayseri roster as points: its geometry from lon/lat (GDAL writes .shp, .shx, .dbf and .prj).
        try convert(examples.appendingPathComponent("kayseri-furniture-19-committed.csv"),
                    to: input.appendingPathComponent("kayseri.shp"), format: "ESRI Shapefile",
                    extra: ["-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "KEEP_GEOM_COLUMNS=NO",
                            "-a_srs", "EPSG:4326", "-lco", "ENCODING=UTF-8"])
        let files = try FileManager.default.contentsOfDirectory(atPath: input.path)
        let parts = files.filter { !$0.hasSuffix(".shp") && $0.hasPrefix("kayseri.") }.sorted()
        try #require(parts.contains("kayseri.dbf") && parts.contains("kayseri.shx"), "\(files)")

        let result = try ReliabilityRunner.run(["batch", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        for part in parts {
            #expect(result.standardOutput.contains("skipped \(part): part of the Shapefile kayseri.shp, read with it"), "\(result.standardOutput)")
        }
        #expect(result.standardOutput.contains(
            "\(files.count) files in \(input.path): 2 rosters checked (1 eligible, 1 not eligible, 0 bad input), 1 plans file paired, \(parts.count) skipped"),
            "\(result.standardOutput)")
        let rows = try ReliabilityBatchTests.summary(output.appendingPathComponent("summary.csv"))
        // The CSV examples' verdicts (data/examples/README.md): Bursa eligible with its budget checked,
        // Kayseri one committed firm short.
        #expect(rows["bursa.xlsx"]?["eligible"] == "yes")
        #expect(rows["bursa.xlsx"]?["budget"] == "pass")
        #expect(rows["bursa.xlsx"]?["paired_with"] == "Bursa-Plans.csv")
        #expect(rows["kayseri.shp"]?["eligible"] == "no")
        #expect(rows["kayseri.shp"]?["committed_firms"] == "fail")
        #expect(rows["kayseri.dbf"]?["kind"] == "skipped")
    }
}
