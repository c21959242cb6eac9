import Foundation
import Testing

/// kume check with Türkiye's district polygons (fetched by scripts/test into boundaries/).
@Suite("kume check with boundaries")
struct BoundaryCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// 25 automotive firms on a grid over Mustafakemalpaşa (Bursa), the grid's south-west corner reaching
    /// across the provincial border into Susurluk (Balıkesir); every firm states Bursa. Bursa has no chamber
    /// of industry, Balıkesir has one (Balıkesir Sanayi Odası, tr_chambers_of_industry.csv).
    static func roster() -> String {
        var rows = ["id,name,type,nace,lat,lon,committed,province"]
        for i in 0..<25 {
            let lat = 39.96 + Double(i % 5) * 0.015
            let lon = 28.22 + Double(i / 5) * 0.03
            rows.append("F\(i),Firma \(i),firma,29.32,\(lat),\(lon),evet,Bursa")
        }
        rows.append("C1,Mustafakemalpaşa Ticaret ve Sanayi Odası,TSO,,40.035,28.405,,Bursa")
        rows.append("U1,Bursa Uludağ Üniversitesi MYO,üniversite,,39.99,28.30,,Bursa")
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("A Bursa cluster whose geography reaches into Balıkesir fails the chamber rule naming Balıkesir's chamber of industry")
    func balikesir() throws {
        try #require(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path),
                     "scripts/test fetches the district polygons into boundaries/")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.csv")
        try Self.roster().write(to: file, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", file.path, "--report", "json"], in: Self.repository)
        #expect(result.status == 1, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let geography = try #require(json["geography"] as? [String: Any])
        #expect(geography["provinces"] as? [String] == ["Balıkesir", "Bursa"])
        #expect((geography["parameters"] as? [String: Any])?["places"] as? String == "boundaries")
        let checks = try #require(json["checks"] as? [[String: Any]])
        let chamber = try #require(checks.first { $0["id"] as? String == "chamber" })
        #expect(chamber["status"] as? String == "fail")
        #expect((chamber["message"] as? String)?.contains("Balıkesir Sanayi Odası") == true)

        // Firms of the south-west corner state Bursa but lie in Balıkesir: each is named, none is changed.
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        let disagreeing = warnings.filter { ($0["message"] as? String)?.contains("lies in Susurluk, Balıkesir") == true }
        #expect(!disagreeing.isEmpty)
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.count == 27)
    }

    @Test("The provinces method unions the provinces holding at least --min-share of the firms")
    func provincesMethod() throws {
        try #require(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path),
                     "scripts/test fetches the district polygons into boundaries/")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.csv")
        try Self.roster().write(to: file, atomically: true, encoding: .utf8)
        // 3 of the 25 firms (12 %) lie in Balıkesir: both provinces at --min-share 0.1, Bursa alone at 0.5.
        let both = try KumeExecutable.run(["check", file.path, "--geography", "provinces", "--report", "json"], in: Self.repository)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(both.standardOutput.utf8)) as? [String: Any])
        let geography = try #require(json["geography"] as? [String: Any])
        #expect(geography["method"] as? String == "provinces")
        #expect(geography["provinces"] as? [String] == ["Balıkesir", "Bursa"])
        // The official areas (tr_provinces.csv): Balıkesir 14,583 km² + Bursa 10,813 km² = 25,396 km².
        let area = try #require(geography["area_km2"] as? Double)
        #expect(abs(area - 25_396) / 25_396 < 0.01)

        let one = try KumeExecutable.run(
            ["check", file.path, "--geography", "provinces", "--min-share", "0.5", "--report", "json"], in: Self.repository)
        let single = try #require(try JSONSerialization.jsonObject(with: Data(one.standardOutput.utf8)) as? [String: Any])
        #expect((single["geography"] as? [String: Any])?["provinces"] as? [String] == ["Bursa"])
    }

    @Test("Without the polygons the places come from district points, and the method says so")
    func fallback() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.csv")
        try Self.roster().write(to: file, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", file.path, "--no-boundaries", "--report", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let geography = try #require(json["geography"] as? [String: Any])
        #expect((geography["parameters"] as? [String: Any])?["places"] as? String == "district-points")
    }

    @Test("--boundaries naming a folder without the polygons exits 2 and says how to fetch them")
    func missing() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.csv")
        try Self.roster().write(to: file, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", file.path, "--boundaries", folder.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("fetch-boundaries"))
    }
}

@Suite("kume rank --map")
struct RankMapTests {
    @Test("The province map has 81 valid provinces and the planted furniture cluster's province has the highest LQ of 31")
    func provinceMap() throws {
        let repository = BoundaryCommandTests.repository
        try #require(FileManager.default.fileExists(atPath: repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path),
                     "scripts/test fetches the district polygons into boundaries/")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv")
        _ = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "5", "-o", registry.path])
        let map = folder.appendingPathComponent("lq31.geojson")
        let result = try KumeExecutable.run(
            ["rank", registry.path, "--weight", "firms", "--map", map.path, "--sector", "31", "--top", "1"], in: repository)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty, "the map was asked for, not the table")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: map)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 81)
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        // data/synthetic/planted_clusters.csv plants the furniture cluster (NACE 31) in Kayseri.
        let best = properties.max { ($0["lq"] as? Double ?? 0) < ($1["lq"] as? Double ?? 0) }
        #expect(best?["province"] as? String == "Kayseri")
        let ogrinfo = try #require(["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "ogrinfo is missing: scripts/test installs gdal-bin")
        let validity = try Shell.run(ogrinfo, ["-ro", "-dialect", "sqlite", "-sql", "SELECT SUM(ST_IsValid(geometry)) AS valid FROM lq31", map.path])
        #expect(validity.contains("valid (Integer) = 81"))
    }
}

@Suite("kume geography --places-output")
struct PlacesOutputTests {
    @Test("The touched districts' map holds Mustafakemalpaşa and Susurluk, valid, sharing the whole (inland) geography")
    func districts() throws {
        let repository = BoundaryCommandTests.repository
        try #require(FileManager.default.fileExists(atPath: repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path),
                     "scripts/test fetches the district polygons into boundaries/")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try BoundaryCommandTests.roster().write(to: roster, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("places.geojson")
        let result = try KumeExecutable.run(["geography", roster.path, "--places-output", map.path, "--buffer-km", "5"], in: repository)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: map)) as? [String: Any])
        let properties = try #require(json["features"] as? [[String: Any]]).compactMap { $0["properties"] as? [String: Any] }
        #expect(Set(properties.compactMap { $0["district"] as? String }) == ["Mustafakemalpaşa", "Susurluk"])
        // The geography lies on land, so the districts' shares of it add up to 1.
        let total = properties.compactMap { $0["area_share"] as? Double }.reduce(0, +)
        #expect(abs(total - 1) < 1e-3)
        // Every one of the 25 firms lies in one of the two districts.
        #expect(properties.compactMap { $0["firms"] as? Int }.reduce(0, +) == 25)
    }
}
