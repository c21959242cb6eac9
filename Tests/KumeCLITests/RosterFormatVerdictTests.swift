import Foundation
import Testing

/// Every roster kume reads as CSV or GeoJSON (the bundled examples, the portfolio's rosters, the UTF-16 test
/// roster), saved as .xlsx (openpyxl), .ods (odfpy) and .gpkg (ogr2ogr) by
/// `scripts/reference/roster_formats.py` with typed cells — numbers, booleans, empty cells, Turkish text —
/// gets the verdict JSON of its source, member for member, warning for warning.
@Suite("Rosters in every format")
struct RosterFormatVerdictTests {
    static let root = ExampleVerdictTests.examples.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/roster-formats")
    static let formats = ["xlsx", "ods", "gpkg.gz"]

    /// The sources, relative to the repository: every roster CSV of data/examples (and its portfolio folder),
    /// the GeoJSON example and the rosters of Tests/Fixtures/rosters.
    static let sources: [String] = {
        var found: [String] = []
        for folder in ["data/examples", "data/examples/portfolio", "Tests/Fixtures/rosters"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            for name in names.sorted() where [".csv", ".txt", ".geojson"].contains(where: name.hasSuffix)
                && !name.hasSuffix("-plans.csv") && name != "monitoring.csv" {
                found.append("\(folder)/\(name)")
            }
        }
        return found
    }()

    /// `kume check PATH --report json` as a JSON value with the file's own name taken out of every location
    /// (`PATH:36`, `PATH:Üyeler:36` → `:36`); a GIS layer's feature N is the source's line N + 1 (the header
    /// is line 1), so its locations are moved by one.
    private func verdict(_ path: String, isLayer: Bool = false) throws -> (status: Int32, json: String) {
        let result = try KumeExecutable.run(["check", path, "--report", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        func normalised(_ value: Any, key: String?) -> Any {
            switch value {
            case let dictionary as [String: Any]:
                return dictionary.reduce(into: [String: Any]()) { $0[$1.key] = normalised($1.value, key: $1.key) }
            case let array as [Any]:
                return array.map { normalised($0, key: key) }
            case let text as String where key == "location" && text.hasPrefix(path):
                var rest = Substring(text.dropFirst(path.count))
                if rest.hasPrefix(":Üyeler:") { rest = rest.dropFirst(":Üyeler".count) }
                if isLayer, rest.hasPrefix(":") {
                    let digits = rest.dropFirst().prefix { $0.isNumber }
                    if let line = Int(digits) { rest = ":\(line + 1)" + rest.dropFirst(1 + digits.count) }
                }
                return "ROSTER" + rest
            case let text as String:
                return text.replacing(path, with: "ROSTER")
            default:
                return value
            }
        }
        let data = try JSONSerialization.data(withJSONObject: normalised(object, key: nil), options: [.sortedKeys, .prettyPrinted])
        return (result.status, String(decoding: data, as: UTF8.self))
    }

    @Test("Every roster has its .xlsx, .ods and .gpkg, and nothing else is in the fixtures")
    func everyRosterConverted() throws {
        #expect(Self.sources.count >= 15)
        #expect(Self.sources.contains("Tests/Fixtures/rosters/manisa-white-goods-utf16.txt"))
        let expected = Set(Self.sources.flatMap { source in Self.formats.map { "\(source).\($0)" } })
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.fixtures.path))
        let present = Set(enumerator.compactMap { $0 as? String }.filter { Self.formats.contains(where: $0.hasSuffix) })
        #expect(present == expected)
    }

    @Test("The UTF-16 roster is the Windows-1254 Manisa example's text, and gets its verdict")
    func utf16Twin() throws {
        let twin = Self.root.appendingPathComponent("Tests/Fixtures/rosters/manisa-white-goods-utf16.txt")
        let bytes = try Data(contentsOf: twin)
        #expect(bytes.prefix(2) == Data([0xFF, 0xFE]))
        let text = try #require(String(data: bytes, encoding: .utf16))
        let original = try #require(String(data: try Data(contentsOf: Self.root.appendingPathComponent(
            "data/examples/manisa-white-goods-1254.csv")), encoding: .windowsCP1254))
        #expect(text.replacing("\t", with: ";").replacing("\r\n", with: "\n") == original.replacing("\r\n", with: "\n"))
        let expected = try verdict(Self.root.appendingPathComponent("data/examples/manisa-white-goods-1254.csv").path)
        let got = try verdict(twin.path)
        #expect(got.status == expected.status)
        #expect(got.json == expected.json)
    }

    @Test("Each roster as .xlsx, .ods and .gpkg gets its source's verdict JSON", arguments: sources)
    func sameVerdict(source: String) throws {
        let sourcePath = Self.root.appendingPathComponent(source).path
        let expected = try verdict(sourcePath)
        #expect(expected.json.contains("\"checks\""), "\(source): no verdict")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in Self.formats {
            var converted = Self.fixtures.appendingPathComponent("\(source).\(format)")
            if format == "gpkg.gz" {
                converted = try Self.gunzip(converted, into: folder)
            }
            let got = try verdict(converted.path, isLayer: format == "gpkg.gz")
            #expect(got.status == expected.status, "\(source) as .\(format)")
            #expect(got.json == expected.json, "\(source) as .\(format)")
            if got.json != expected.json { Self.reportDifference(expected.json, got.json, label: "\(source) as .\(format)") }
        }
    }

    /// Unpacks a committed `NAME.gpkg.gz` with gzip (the GeoPackages are stored packed: their metadata tables
    /// are mostly empty pages).
    static func gunzip(_ packed: URL, into folder: URL) throws -> URL {
        let target = folder.appendingPathComponent(packed.deletingPathExtension().lastPathComponent)
        FileManager.default.createFile(atPath: target.path, contents: nil)
        let output = try FileHandle(forWritingTo: target)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", packed.path]
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip -dc \(packed.path) failed")
        return target
    }

    /// The first differing lines, so a failure says what differs.
    static func reportDifference(_ expected: String, _ got: String, label: String) {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = got.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
        let context = { (lines: [Substring]) in lines[max(0, first - 3)..<min(lines.count, first + 4)].joined(separator: "\n") }
        Issue.record("\(label): verdicts differ at line \(first + 1)\n--- source\n\(context(left))\n--- converted\n\(context(right))")
    }
}
