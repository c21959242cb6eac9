import Foundation
import Testing

@Suite("kume portfolio")
struct PortfolioCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/examples/portfolio")

    /// A copy of the example portfolio in a fresh folder, with `monitoring` as its monitoring table.
    static func copy(monitoring: String?) throws -> URL {
        let folder = try RosterFixture.folder()
        for name in try FileManager.default.contentsOfDirectory(atPath: example.path) where name != "monitoring.csv" {
            try FileManager.default.copyItem(at: example.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if let monitoring { try monitoring.write(to: folder.appendingPathComponent("monitoring.csv"), atomically: true, encoding: .utf8) }
        return folder
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("JSON names the seven indicators, their change, every cluster and the entities")
    func jsonReport() throws {
        let result = try KumeExecutable.run(["portfolio", Self.example.path, "--year", "2022", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try json(result.standardOutput)
        #expect(report["year"] as? Int == 2022)
        #expect(report["previous_year"] as? Int == 2021)
        let indicators = try #require(report["indicators"] as? [String: Int])
        #expect(indicators == ["coordinating_bodies": 5, "active_universities": 5, "active_firms": 15,
                               "firms_more_cooperation": 4, "shared_facilities": 2, "facility_users": 4, "new_products": 7])
        let change = try #require(report["change"] as? [String: Any])
        #expect(change["coordinating_bodies"] is NSNull)
        #expect(change["facility_users"] as? Int == 3)
        #expect(change["new_products"] as? Int == 4)
        let clusters = try #require(report["clusters"] as? [[String: Any]])
        #expect(clusters.count == 6)
        #expect(clusters[0]["cluster"] as? String == "bursa-automotive")
        #expect((clusters[0]["indicators"] as? [String: Int])?["facility_users"] == 3)
        let entities = try #require(report["entities"] as? [String: Any])
        #expect(entities["members"] as? Int == 34)
        #expect(entities["distinct"] as? Int == 31)
        #expect((entities["near_misses"] as? [[String: Any]])?.first?["reason"] as? String == "different_tax_ids")
        #expect((report["warnings"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test("CSV has the programme's row and one row per cluster, with empty changes where unknown")
    func csvReport() throws {
        let result = try KumeExecutable.run(["portfolio", Self.example.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 8)
        #expect(lines[0] == "scope,cluster,year,coordinating_bodies,active_universities,active_firms,firms_more_cooperation,shared_facilities,facility_users,new_products,change_coordinating_bodies,change_active_universities,change_active_firms,change_firms_more_cooperation,change_shared_facilities,change_facility_users,change_new_products")
        #expect(lines[1] == "programme,,2023,5,5,15,7,3,5,9,,,,3,1,1,2")
        #expect(lines[2] == "cluster,bursa-automotive,2023,1,1,2,1,1,4,1,,,,0,0,1,-2")
    }

    @Test("The map has one feature per cluster with its indicators, and GDAL reads it")
    func map() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("clusters.geojson")
        let result = try KumeExecutable.run(["portfolio", Self.example.path, "-o", map.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let collection = try json(String(contentsOf: map, encoding: .utf8))
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 6)
        let first = try #require(features.first?["properties"] as? [String: Any])
        #expect(first["cluster"] as? String == "bursa-automotive")
        #expect(first["facility_users"] as? Int == 4)
        #expect(first["change_facility_users"] as? Int == 1)
        #expect(first["change_active_firms"] is NSNull)
        #expect(first["method"] as? String == "hull-buffer")
        #expect((features.first?["geometry"] as? [String: Any])?["type"] as? String == "Polygon")
        let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let tool = try #require(ogrinfo, "ogrinfo is missing: scripts/test installs gdal-bin")
        let summary = try Shell.run(tool, ["-ro", "-so", map.path, "clusters"])
        #expect(summary.contains("Feature Count: 6"))
        #expect(summary.contains("facility_users: Integer"))
        let validity = try Shell.run(tool, ["-ro", "-dialect", "sqlite", "-sql",
                                           "SELECT SUM(ST_IsValid(geometry)) AS valid FROM clusters", map.path])
        #expect(validity.contains("valid (Integer) = 6"))
    }

    @Test("--same merges, --different settles a near-miss, and a --same across two tax numbers is refused")
    func decisions() throws {
        let settled = try KumeExecutable.run([
            "portfolio", Self.example.path, "--format", "json",
            "--same", "bursa-automotive/F03=Rayteks Raylı Sistemler Ltd. Şti.",
            "--different", "kayseri-furniture/F01≠konya-machinery/F01",
        ])
        #expect(settled.status == 0, "\(settled.standardError)")
        let entities = try #require(try json(settled.standardOutput)["entities"] as? [String: Any])
        #expect(entities["distinct"] as? Int == 30)
        #expect((entities["near_misses"] as? [Any])?.isEmpty == true)
        let merges = try #require(entities["merges"] as? [[String: Any]])
        #expect(merges.map { $0["rule"] as? String } == ["tax_id", "decision", "name", "name"])
        #expect(merges[1]["basis"] as? String == "--same")
        #expect((merges[1]["second"] as? [String: Any])?["name"] as? String == "Rayteks Raylı Sistemler Ltd. Şti.")
        #expect((entities["decisions"] as? [Any])?.count == 2)

        let refused = try KumeExecutable.run([
            "portfolio", Self.example.path, "--same", "kayseri-furniture/F01=konya-machinery/F01",
        ])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--same: kayseri-furniture/F01 and konya-machinery/F01 belong to different tax numbers"))
        let malformed = try KumeExecutable.run(["portfolio", Self.example.path, "--different", "a/F1=b/F2"])
        #expect(malformed.status == 2)
        #expect(malformed.standardError.contains("'--different a/F1=b/F2' is not two members joined by ≠"))
    }

    @Test("A monitoring row naming an unknown cluster or member is an error at its cell")
    func badMonitoring() throws {
        let folder = try Self.copy(monitoring: """
            cluster,year,indicator,member_id,value
            bursa-automotive,2023,cooperation,F01,
            bursa-otomotiv,2023,cooperation,F01,
            bursa-rail,2023,product,F09,2

            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KumeExecutable.run(["portfolio", folder.path])
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("monitoring.csv:3:1: no roster for the cluster 'bursa-otomotiv' — name a cluster as its roster's file name without the extension (bursa-automotive, bursa-rail, bursa-textile, eskisehir-aviation, kayseri-furniture, konya-machinery)"))
        #expect(lines[1].contains("monitoring.csv:4:4: no member 'F09' in the roster of 'bursa-rail'"))
    }

    @Test("Side tables named by --monitoring and --decisions inside the folder are not read as rosters")
    func sideTables() throws {
        let folder = try Self.copy(monitoring: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.example.appendingPathComponent("monitoring.csv"),
                                         to: folder.appendingPathComponent("izleme.csv"))
        try "birinci;ikinci;karar\nkayseri-furniture/F01;konya-machinery/F01;farklı\n"
            .write(to: folder.appendingPathComponent("kararlar.csv"), atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run([
            "portfolio", folder.path, "--monitoring", folder.appendingPathComponent("izleme.csv").path,
            "--decisions", folder.appendingPathComponent("kararlar.csv").path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try json(result.standardOutput)
        #expect((report["clusters"] as? [Any])?.count == 6)
        #expect((report["indicators"] as? [String: Int])?["new_products"] == 9)
        let decisions = try #require((report["entities"] as? [String: Any])?["decisions"] as? [[String: Any]])
        #expect(decisions.first?["origin"] as? String == folder.appendingPathComponent("kararlar.csv").path + ":2")
        #expect(decisions.first?["decision"] as? String == "different")
    }

    @Test("Without a monitoring table the year must be given; with it the monitoring counts are 0 and a warning says so")
    func noMonitoring() throws {
        let folder = try Self.copy(monitoring: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try KumeExecutable.run(["portfolio", folder.path])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("no year to review: there is no monitoring table — give --year YYYY"))
        let given = try KumeExecutable.run(["portfolio", folder.path, "--year", "2023", "--format", "csv"])
        #expect(given.status == 0, "\(given.standardError)")
        #expect(given.standardOutput.split(separator: "\n")[1] == "programme,,2023,5,5,15,0,0,0,0,,,,,,,")
    }

    @Test("The map as a GeoPackage: one layer 'clusters' with a feature per cluster, typed indicators and valid geometries")
    func geoPackage() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("clusters.gpkg").path
        let result = try KumeExecutable.run(["portfolio", Self.example.path, "-o", map, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let tool = try #require(["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                "ogrinfo is missing: scripts/test installs gdal-bin")
        let summary = try Shell.run(tool, ["-ro", "-so", map, "clusters"])
        #expect(summary.contains("Feature Count: 6"))
        #expect(summary.contains("active_firms: Integer"))
        // bursa-automotive's row of the CSV test above: 2 active firms, 4 facility users (+1 from 2022).
        let row = try Shell.run(tool, ["-ro", "-dialect", "sqlite", "-sql",
            "SELECT active_firms, facility_users, change_facility_users, ST_IsValid(geom) AS valid FROM clusters WHERE cluster = 'bursa-automotive'", map])
        for expected in ["active_firms (Integer) = 2", "facility_users (Integer) = 4", "change_facility_users (Integer) = 1", "valid (Integer) = 1"] {
            #expect(row.contains(expected), "\(expected) in \(row)")
        }
    }

    @Test("Another file type and an implausible year are refused with what to do", arguments: [
        (["-o", "clusters.shp"], "must end in .geojson, .json, .gpkg, .fgb"),
        (["--year", "23"], "'--year 23' is not a plausible year"),
    ])
    func refused(arguments: [String], message: String) throws {
        let result = try KumeExecutable.run(["portfolio", Self.example.path] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("The HTML page is self-contained and holds the indicators, the map, the clusters and the entities")
    func html() throws {
        let result = try KumeExecutable.run(["portfolio", Self.example.path, "--format", "html"])
        #expect(result.status == 0, "\(result.standardError)")
        let page = result.standardOutput
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>Programme portfolio, 2023</h1>"))
        #expect(page.contains("<tr><th scope=\"row\">Active firms</th><td class=\"number\">15</td><td class=\"number\">—</td><td class=\"number\">—</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">New or improved products</th><td class=\"number\">9</td><td class=\"number\">7</td><td class=\"number\">+2</td></tr>"))
        #expect(page.contains("class=\"kume-map\""))
        #expect(page.components(separatedBy: "data-layer=\"economic-geography\"").count >= 2)
        #expect(page.contains("<code>kayseri-furniture/F01</code>"))
        #expect(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!page.contains("<script"))
    }

    @Test("The text report leads with the programme's indicators and lists merges and near-misses")
    func text() throws {
        let result = try KumeExecutable.run(["portfolio", Self.example.path])
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        #expect(out.hasPrefix("Portfolio of 6 clusters, 2023 (change from 2022); "))
        #expect(out.contains("Active firms                          15         —"))
        #expect(out.contains("Firms with more cooperation            7        +3"))
        #expect(out.contains("bursa-automotive/F01 Ermetal Otomotiv ve Eşya San. Tic. A.Ş. = bursa-rail/F01 ERMETAL A.Ş. — by tax number 3470012349"))
        #expect(out.contains("kayseri-furniture/F01 Yıldız Kalıp Sanayi Ltd. Şti. ≠ konya-machinery/F01 Yıldız Kalıp San. Tic. Ltd. Şti. — the same name with different tax numbers (9550022226 and 9550011119): never merged"))
    }
}
