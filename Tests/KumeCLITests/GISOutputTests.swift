import Foundation
import Testing

/// Maps written as GeoPackage and FlatGeobuf, opened with GDAL's own ogrinfo (an independent reader).
@Suite("Maps as GeoPackage and FlatGeobuf")
struct GISOutputTests {
    static let bursa = ExampleVerdictTests.examples.appendingPathComponent("bursa-automotive.csv").path

    private func ogrinfo(_ arguments: [String]) throws -> String {
        let tool = try #require(
            ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogrinfo is missing: scripts/test installs gdal-bin")
        return try Shell.run(tool, arguments)
    }

    private func value(_ name: String, in output: String) -> String? {
        output.split(separator: "\n").lazy.compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(name + " ("), let equals = trimmed.range(of: " = ") else { return nil }
            return String(trimmed[equals.upperBound...])
        }.first
    }

    @Test("check -o map.gpkg: members and geography as layers with typed fields and valid geometries; kume reads it back")
    func checkGeoPackage() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.gpkg").path
        let result = try KumeExecutable.run(["check", Self.bursa, "-o", map, "--report", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let listing = try ogrinfo(["-ro", "-q", map])
        #expect(listing.contains("1: members (Point)"))
        #expect(listing.contains("2: geography (Multi Polygon)"))
        let members = try ogrinfo(["-ro", "-so", map, "members"])
        #expect(members.contains("Feature Count: 40"))
        for field in ["id: String", "nace: String", "committed: Integer(Boolean)", "employees: Integer", "distance_km: Real",
                      "counted: Integer(Boolean)"] {
            #expect(members.contains(field), "\(field)")
        }
        #expect(!members.contains("area_km2"))  // a geography column, null for every member
        #expect(members.contains("Data axis to CRS axis mapping: 2,1"))
        let validity = try ogrinfo([
            "-ro", "-dialect", "sqlite", "-sql",
            "SELECT (SELECT SUM(ST_IsValid(geom)) FROM geography) AS geography, (SELECT COUNT(*) FROM members WHERE ST_IsValid(geom)) AS members",
            map,
        ])
        #expect(value("geography", in: validity) == "1")
        #expect(value("members", in: validity) == "40")
        // The members layer is a roster: the same verdict as the CSV.
        let again = try KumeExecutable.run(["check", map, "--report", "json"])
        let original = try KumeExecutable.run(["check", Self.bursa, "--report", "json"])
        let checks = { (text: String) throws -> [String] in
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(json["checks"] as? [[String: Any]]).map { "\($0["id"] ?? ""):\($0["status"] ?? ""):\($0["message"] ?? "")" }
        }
        #expect(try checks(again.standardOutput) == checks(original.standardOutput))
    }

    @Test("check -o map.fgb writes the members there and the geography beside it, each one layer")
    func checkFlatGeobuf() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.fgb").path
        let result = try KumeExecutable.run(["check", Self.bursa, "-o", map])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try ogrinfo(["-ro", "-so", map, "members"]).contains("Feature Count: 40"))
        let geography = folder.appendingPathComponent("map-geography.fgb").path
        let validity = try ogrinfo(["-ro", "-dialect", "sqlite", "-sql", "SELECT SUM(ST_IsValid(geometry)) AS valid FROM geography", geography])
        #expect(value("valid", in: validity) == "1")
    }

    @Test("detect -o candidates.gpkg --with-firms: candidates and their firms as layers")
    func detectGeoPackage() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv").path
        _ = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "3", "-o", registry])
        let output = folder.appendingPathComponent("candidates.gpkg").path
        let csv = folder.appendingPathComponent("candidates.csv").path
        let result = try KumeExecutable.run(["detect", registry, "--sector", "29", "--with-firms", "-o", output, "--csv", csv])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").count - 1
        let counts = try ogrinfo([
            "-ro", "-dialect", "sqlite", "-sql",
            "SELECT (SELECT COUNT(*) FROM candidates) AS candidates, (SELECT SUM(ST_IsValid(geom)) FROM candidates) AS valid, "
                + "(SELECT SUM(firms) FROM candidates) AS members, (SELECT COUNT(*) FROM firms) AS firms",
            output,
        ])
        #expect(value("candidates", in: counts) == "\(rows)")
        #expect(value("valid", in: counts) == "\(rows)")
        #expect(value("members", in: counts) == value("firms", in: counts))
    }

    @Test("An output that is neither GeoJSON, GeoPackage nor FlatGeobuf is refused before any work")
    func refusedExtension() throws {
        let result = try KumeExecutable.run(["check", Self.bursa, "-o", "/tmp/map.shp"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("must end in .geojson, .json, .gpkg, .fgb"))
    }
}
