import Foundation
import Testing

/// Every bundled example saved by GDAL's own ogr2ogr (an independent writer) as .xlsx, .ods and .gpkg gets the
/// verdict its CSV or GeoJSON gets.
@Suite("Examples as workbooks and GeoPackages")
struct SpreadsheetVerdictTests {
    static let examples = ExampleVerdictTests.examples

    static let conversions: [(format: String, fileExtension: String)] = [("XLSX", "xlsx"), ("ODS", "ods"), ("GPKG", "gpkg")]

    /// The verdict's checks and eligibility, the parts that must not depend on the file format.
    private func verdict(_ path: String, _ extra: [String] = []) throws -> (status: Int32, checks: [String]) {
        let result = try KumeExecutable.run(["check", path, "--report", "json"] + extra)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                "\(result.standardError)")
        let checks = try #require(json["checks"] as? [[String: Any]])
        return (result.status, checks.map { "\($0["id"] ?? ""): \($0["status"] ?? "") — \($0["message"] ?? "")" })
    }

    @Test("Each example as .xlsx, .ods and .gpkg gets its CSV's verdict, check by check", arguments: [
        "bursa-automotive.csv", "bursa-automotive.geojson", "aksehir-food-tso-only.csv",
        "denizli-textiles-far-university.csv", "kayseri-furniture-19-committed.csv",
        "eskisehir-rail-ineligible-member.csv", "konya-machinery-excel-1254.csv",
    ])
    func sameVerdict(example: String) throws {
        let ogr2ogr = try #require(
            ["/usr/bin/ogr2ogr", "/usr/local/bin/ogr2ogr"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogr2ogr is missing: scripts/test installs gdal-bin")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = Self.examples.appendingPathComponent(example)
        // GDAL's CSV reader takes UTF-8: the Windows-1254 example is re-encoded first (same text).
        var source = original
        let bytes = try Data(contentsOf: original)
        if String(data: bytes, encoding: .utf8) == nil {
            let text = try #require(String(data: bytes, encoding: .windowsCP1254))
            source = folder.appendingPathComponent("utf8-" + example)
            try text.write(to: source, atomically: true, encoding: .utf8)
        }
        let expected = try verdict(original.path)
        for (format, fileExtension) in Self.conversions {
            let converted = folder.appendingPathComponent("roster.\(fileExtension)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ogr2ogr)
            process.arguments = ["-f", format, converted.path, source.path, "-nln", "Üyeler"]
            process.standardError = Pipe()
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "ogr2ogr -f \(format) failed")
            let got = try verdict(converted.path)
            #expect(got.status == expected.status, "\(example) as \(format)")
            #expect(got.checks == expected.checks, "\(example) as \(format)")
            try FileManager.default.removeItem(at: converted)
        }
    }
}
