import Foundation
import Testing

/// Hostile and degenerate input through the `kume` executable: each gives a clear message and exit 2, or a
/// correct degenerate answer, and never a crash or a hang.
@Suite("kume on hostile and degenerate input")
struct ReliabilityTests {
    static let header = "id,name,type,nace,lat,lon,employees,committed"

    /// A roster of firms at the given (latitude, longitude) points, all committed, NACE 29.10.
    static func roster(_ points: [(Double, Double)]) -> String {
        var rows = [header]
        for (index, point) in points.enumerated() {
            rows.append("F\(index),Firma \(index),firm,29.10,\(point.0),\(point.1),10,evet")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static func write(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The area reported in the JSON verdict, in km².
    static func area(_ result: ReliabilityRunner.Result) throws -> Double {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let geography = try #require(json["geography"] as? [String: Any], "no geography in \(result.standardOutput)")
        return try #require(geography["area_km2"] as? Double)
    }

    /// GEOS buffers with 8 segments per quarter circle, so a disc of radius r is a regular 32-gon of area
    /// 32 · ½ r² sin(2π/32) = 16 r² sin(π/16); for r = 5 km, 78.036 km².
    static let discKm2 = 16 * 25 * sin(Double.pi / 16)

    /// The WGS84 meridian arc between two latitudes, in metres, by the midpoint rule over
    /// M(φ) = a(1 − e²) / (1 − e² sin²φ)^{3/2} (hand calculation, independent of PROJ).
    static func meridianArcMetres(fromLatitude start: Double, to end: Double) -> Double {
        let a = 6_378_137.0
        let f = 1 / 298.257223563
        let e2 = f * (2 - f)
        let steps = 10_000
        let step = (end - start) / Double(steps) * Double.pi / 180
        var sum = 0.0
        for i in 0 ..< steps {
            let phi = (start + (end - start) * (Double(i) + 0.5) / Double(steps)) * Double.pi / 180
            sum += a * (1 - e2) / pow(1 - e2 * sin(phi) * sin(phi), 1.5) * step
        }
        return sum
    }

    static func expectCleanFailure(_ result: ReliabilityRunner.Result, mentioning words: [String]) {
        #expect(!result.crashed && !result.timedOut, "crashed or hung: \(result.standardError)")
        #expect(result.status == 2, "status \(result.status): \(result.standardError)")
        let message = result.standardError.lowercased()
        #expect(words.contains { message.contains($0) }, "the message names none of \(words): \(result.standardError)")
    }

    @Test("A roster with no rows exits 2 and says the file has no rows")
    func noFirms() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.header + "\n", named: "empty.csv", in: folder)
        Self.expectCleanFailure(try ReliabilityRunner.run(["check", path]), mentioning: ["no rows"])
    }

    @Test("One firm gives the buffer disc: 16·r²·sin(π/16) km² for r = 5 km")
    func oneFirm() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.roster([(40.2, 29.0)]), named: "one.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path, "--report", "json", "--buffer-km", "5"])
        #expect(result.status == 1, "\(result.standardError)")  // one firm is far from 20 committed
        #expect(abs(try Self.area(result) - Self.discKm2) < 0.01)  // the report rounds to 0.01 km²
    }

    @Test("Five firms at one point give the same disc as one firm")
    func onePoint() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.roster(Array(repeating: (40.2, 29.0), count: 5)), named: "point.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path, "--report", "json", "--buffer-km", "5"])
        #expect(!result.crashed)
        #expect(abs(try Self.area(result) - Self.discKm2) < 0.01)
    }

    @Test("Two firms give a stadium and three collinear firms the same buffered line: 2·r·d + disc",
          arguments: [[(40.2, 29.0), (40.3, 29.0)], [(40.2, 29.0), (40.25, 29.0), (40.3, 29.0)]])
    func stadium(points: [(Double, Double)]) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.roster(points), named: "line.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path, "--report", "json", "--buffer-km", "5"])
        #expect(!result.crashed)
        // d = 11.104 km along the meridian; the equal-area projection centred on the firms keeps areas exact
        // and this short distance to ~1e-7; tolerance 0.02 km² covers the report's rounding.
        let lengthKm = Self.meridianArcMetres(fromLatitude: 40.2, to: 40.3) / 1000
        #expect(abs(try Self.area(result) - (2 * 5 * lengthKm + Self.discKm2)) < 0.02)
    }

    @Test("Firms on both sides of the antimeridian get a small stadium, not a projection error")
    func antimeridian() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 0.02° of longitude at the equator: 2.226 km apart (WGS84 a · 0.02 · π/180).
        let path = try Self.write(Self.roster([(0, 179.99), (0, -179.99)]), named: "antimeridian.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path, "--report", "json"])
        #expect(!result.crashed && !result.timedOut)
        withKnownIssue("The local projection is centred on the median longitude (0°), antipodal to these firms") {
            let lengthKm = 6_378_137.0 * 0.02 * Double.pi / 180 / 1000
            let area = try Self.area(result)
            #expect(abs(area - (2 * 5 * lengthKm + Self.discKm2)) < 0.05)
        }
    }

    @Test("Firms beside the North Pole get a disc around it, not a topology error")
    func pole() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.roster([(89.999, 10), (89.999, -170)]), named: "pole.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path, "--report", "json"])
        #expect(!result.crashed && !result.timedOut)
        withKnownIssue("Rounding the buffered geography to 6 decimals in longitude, latitude makes it invalid at the pole") {
            // Two firms 2 × 111.7 m (meridian arc of 0.001° at the pole) apart: a stadium of length 0.2234 km.
            let lengthKm = Self.meridianArcMetres(fromLatitude: 89.999, to: 90) * 2 / 1000
            let area = try Self.area(result)
            #expect(abs(area - (2 * 5 * lengthKm + Self.discKm2)) < 0.05)
        }
    }

    @Test("A GeoJSON roster nested 100,000 deep exits 2 naming the nesting")
    func deepGeoJSON() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let depth = 100_000
        let text = #"{"type":"FeatureCollection","features":["# + String(repeating: #"{"a":"#, count: depth) + "1"
            + String(repeating: "}", count: depth) + "]}"
        let path = try Self.write(text, named: "deep.geojson", in: folder)
        Self.expectCleanFailure(try ReliabilityRunner.run(["check", path], timeoutSeconds: 20), mentioning: ["nested"])
        let arrays = try Self.write(String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                                    named: "arrays.geojson", in: folder)
        Self.expectCleanFailure(try ReliabilityRunner.run(["check", arrays], timeoutSeconds: 20), mentioning: ["nested"])
    }

    @Test("A 1 GiB file of one line stops at the line bound quickly and in bounded memory",
          arguments: ["check", "detect"])
    func oneHugeLine(command: String) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A sparse file: the header, then 1 GiB of zero bytes with no line break (no disk space used).
        let path = folder.appendingPathComponent("huge.csv").path
        try Data((Self.header + "\nF1,").utf8).write(to: URL(fileURLWithPath: path))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let (result, kibibytes) = try ReliabilityRunner.runMeasuringMemory([command, path], timeoutSeconds: 30)
        Self.expectCleanFailure(result, mentioning: ["longer than"])
        // Reading stopped near the 1 MiB line bound: far less than the file's size in time and memory.
        #expect(result.seconds < 10)
        #expect(kibibytes < 200 * 1024, "max RSS \(kibibytes) KiB")
    }

    @Test("A 200 MiB line of text also stops at the line bound in bounded memory")
    func longTextLine() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("long.csv")
        try Data((Self.header + "\nF1,").utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0 ..< 200 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let (result, kibibytes) = try ReliabilityRunner.runMeasuringMemory(["check", url.path], timeoutSeconds: 30)
        Self.expectCleanFailure(result, mentioning: ["longer than"])
        #expect(kibibytes < 200 * 1024, "max RSS \(kibibytes) KiB")
    }

    @Test("NaN and infinity in every numeric column are refused at their line and column",
          arguments: ["nan", "NaN", "inf", "-inf", "Infinity", "1e999"])
    func nonFiniteNumbers(word: String) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.header + "\nF1,A,firm,29.10,\(word),29.0,10,evet\nF2,B,firm,29.10,40.2,\(word),10,evet\n"
            + "F3,C,firm,29.10,40.2,29.0,\(word),evet\n"
        let path = try Self.write(text, named: "nan.csv", in: folder)
        let result = try ReliabilityRunner.run(["check", path])
        Self.expectCleanFailure(result, mentioning: ["not a number"])
        for location in ["nan.csv:2:5", "nan.csv:3:6", "nan.csv:4:7"] {
            #expect(result.standardError.contains(location), "no issue at \(location): \(result.standardError)")
        }
    }

    @Test("A NUL byte inside a name is kept and written as \\u0000 in valid JSON and GeoJSON")
    func nulByte() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.header + "\nF1,A\u{0}B,firm,29.10,40.2,29.0,10,evet\n", named: "nul.csv", in: folder)
        let map = folder.appendingPathComponent("nul.geojson").path
        let result = try ReliabilityRunner.run(["check", path, "--report", "json", "-o", map])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains(#""A\u0000B""#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.first?["name"] as? String == "A\u{0}B")
        let geojson = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: map)))
        #expect(geojson is [String: Any])
    }

    @Test("A missing roster exits 2 naming the path")
    func missingPath() throws {
        Self.expectCleanFailure(try ReliabilityRunner.run(["check", "/nonexistent/roster.csv"]), mentioning: ["does not exist"])
    }

    // The tests run as root, for whom chmod 000 does not stop reading; a folder, a FIFO and a /proc file
    // stand for the paths that open() or read() treat differently from a regular file.
    @Test("A folder given as the roster exits 2 saying it is a folder")
    func folderPath() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ReliabilityRunner.run(["check", folder.path])
        Self.expectCleanFailure(result, mentioning: ["folder", "directory"])
        #expect(!result.standardError.contains("NSCocoaErrorDomain"), "\(result.standardError)")
    }

    @Test("A /proc file (size 0, not a table) exits 2 naming the missing columns")
    func procFile() throws {
        Self.expectCleanFailure(try ReliabilityRunner.run(["check", "/proc/self/status"]), mentioning: ["missing required column"])
    }

    @Test("A roster read from a FIFO (as with <(…) in a shell) is read whole")
    func fifo() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roster.csv").path
        try #require(mkfifo(path, 0o600) == 0)
        let text = Self.roster([(40.2, 29.0)])
        // The writer blocks until kume opens the FIFO; a second open for reading would wait for a second writer.
        Thread.detachNewThread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = text.utf8CString.withUnsafeBufferPointer { Foundation.write(descriptor, $0.baseAddress, $0.count - 1) }
            close(descriptor)
        }
        let result = try ReliabilityRunner.run(["check", path, "--report", "json", "--buffer-km", "5"], timeoutSeconds: 10)
        #expect(!result.crashed)
        #expect(!result.timedOut)
        #expect(result.status == 1, "\(result.standardError)")
        let area = try Self.area(result)
        #expect(abs(area - Self.discKm2) < 0.01)
    }

    @Test("An output in a missing folder exits 2 before any work, naming the folder")
    func outputInMissingFolder() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Self.roster([(40.2, 29.0)]), named: "one.csv", in: folder)
        let output = folder.appendingPathComponent("missing/map.geojson").path
        let result = try ReliabilityRunner.run(["check", path, "-o", output])
        Self.expectCleanFailure(result, mentioning: ["does not exist"])
        #expect(result.standardOutput.isEmpty)  // no verdict printed: it stopped before the work
    }
}
