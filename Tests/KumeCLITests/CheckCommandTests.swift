import Foundation
import Testing

/// Rosters written by the tests: firms on a 5 × 5 grid about 2 km apart in Nilüfer (Bursa), plus
/// institutions at given points.
enum RosterFixture {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `committed` of the 25 firms commit; institutions are `id,name,type,lat,lon` rows.
    static func csv(committed: Int, institutions: [String]) -> String {
        var rows = ["id,name,type,nace,lat,lon,employees,committed"]
        for i in 0..<25 {
            let lat = 40.20 + Double(i / 5) * 0.018
            let lon = 28.90 + Double(i % 5) * 0.024
            rows.append("F\(i),Firma \(i) Otomotiv A.Ş.,firma,29.32,\(lat),\(lon),\(10 + i),\(i < committed ? "evet" : "hayır")")
        }
        for institution in institutions {
            let f = institution.split(separator: ",", omittingEmptySubsequences: false)
            rows.append("\(f[0]),\(f[1]),\(f[2]),,\(f[3]),\(f[4]),,")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    static let university = "U1,Bursa Uludağ Üniversitesi,üniversite,40.235,28.95"
    static let chamber = "C1,Bursa Ticaret ve Sanayi Odası,TSO,40.24,28.96"
}

@Suite("kume check")
struct CheckCommandTests {
    @Test("An eligible roster exits 0, reports eligible in JSON and writes a valid map")
    func eligible() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: roster, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("map.geojson")
        let result = try KumeExecutable.run(["check", roster.path, "--report", "json", "-o", map.path])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["eligible"] as? Bool == true)
        let checks = try #require(json["checks"] as? [[String: Any]])
        let committed = try #require(checks.first { $0["id"] as? String == "committed_firms" })
        #expect(committed["status"] as? String == "pass")
        #expect(committed["counted"] as? Int == 22)
        let geography = try #require(json["geography"] as? [String: Any])
        #expect(geography["method"] as? String == "hull-buffer")
        #expect(geography["provinces"] as? [String] == ["Bursa"])
        #expect(FileManager.default.fileExists(atPath: map.path))
        let features = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: map)) as? [String: Any])?["features"] as? [[String: Any]])
        #expect(features.count == 27)  // every member
        let geographyFile = folder.appendingPathComponent("map-geography.geojson")
        let geographyFeatures = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: geographyFile)) as? [String: Any])?["features"] as? [[String: Any]])
        #expect(geographyFeatures.count == 1)
    }

    @Test("GDAL opens the map's two files: 27 members and a valid geography polygon")
    func mapOpensInGDAL() throws {
        let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let tool = try #require(ogrinfo, "ogrinfo is missing: scripts/test installs gdal-bin")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: roster, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("map.geojson")
        _ = try KumeExecutable.run(["check", roster.path, "-o", map.path])
        let summary = try Shell.run(tool, ["-ro", "-so", map.path, "map"])
        #expect(summary.contains("Feature Count: 27"))
        #expect(summary.contains("Geometry: Point"))
        let geography = folder.appendingPathComponent("map-geography.geojson").path
        let validity = try Shell.run(tool, [
            "-ro", "-dialect", "sqlite", "-sql", "SELECT ST_IsValid(geometry) AS valid FROM \"map-geography\"", geography,
        ])
        #expect(validity.contains("valid (Integer) = 1"))
    }

    @Test("Nineteen committed firms of the main activity are not enough: exit 1 and committed_firms fails")
    func nineteen() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 19, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: roster, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", roster.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("NOT ELIGIBLE"))
        let line = try #require(result.standardOutput.split(separator: "\n").first { $0.contains("Committed firms") })
        #expect(line.contains("FAIL"))
        #expect(line.contains("19"))
    }

    @Test("The Turkish report says UYGUN DEĞİL for a roster without a university")
    func turkish() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.chamber]).write(to: roster, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", roster.path, "--lang", "tr"])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("UYGUN DEĞİL"))
    }

    @Test("Bad input exits 2 with FILE:LINE:COLUMN and writes no map")
    func badInput() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        let text = RosterFixture.csv(committed: 22, institutions: ["X1,Danışman Ltd,consultancy-firm,40.2,28.9"])
        try text.write(to: roster, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("map.geojson")
        let result = try KumeExecutable.run(["check", roster.path, "-o", map.path])
        #expect(result.status == 2)
        // The institution is the 27th line (header + 25 firms + 1); `type` is the third column.
        #expect(result.standardError.contains("\(roster.path):27:3:"))
        #expect(!FileManager.default.fileExists(atPath: map.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["roster.csv"])
    }

    @Test("Usage errors exit 2 and say what to use", arguments: [
        (["--concavity", "1.5"], "--concavity"),
        (["--buffer-km", "0"], "--buffer-km"),
        (["--applied-on", "11.08.2017"], "YYYY-MM-DD"),
        (["--call", "2099-1"], "2099-1"),
    ])
    func usage(arguments: [String], expected: String) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: []).write(to: roster, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", roster.path] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
    }

    @Test("An output in a missing folder exits 2 before any work")
    func missingFolder() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: []).write(to: roster, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", roster.path, "-o", folder.appendingPathComponent("no/map.geojson").path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("does not exist"))
    }
}

/// Runs a tool and returns its standard output.
enum Shell {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
