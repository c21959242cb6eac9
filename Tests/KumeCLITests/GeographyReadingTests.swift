import Foundation
import Testing

/// The verdict's reading of the economic geography end to end: the Manisa application of the bundled examples,
/// firms spanning Kocaeli and Sakarya, a university 180 km away, and outcomes that do not depend on whether
/// the district polygons are installed.
@Suite("Geography readings", .serialized)
struct GeographyReadingTests {
    static let examples = ExampleVerdictTests.examples

    static func json(_ arguments: [String]) throws -> (status: Int32, json: [String: Any], stderr: String) {
        let result = try KumeExecutable.run(arguments + ["--report", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return (result.status, try #require(object, "\(result.standardError)"), result.standardError)
    }

    static func check(_ json: [String: Any], _ id: String) -> [String: Any]? {
        (json["checks"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    /// A roster file in a fresh temporary folder.
    static func roster(_ rows: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-readings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("roster.csv")
        try (["id,name,type,nace,lat,lon,committed,province"] + rows).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// `count` committed firms of NACE `nace` on a small grid around a point.
    static func firms(_ prefix: String, _ count: Int, nace: String, lat: Double, lon: Double, province: String) -> [String] {
        (0..<count).map { index in
            let dLat = Double(index % 4) * 0.012, dLon = Double(index / 4) * 0.015
            return "\(prefix)\(index),Firma \(prefix)\(index),firm,\(nace),\(lat + dLat),\(lon + dLon),yes,\(province)"
        }
    }

    @Test("The Manisa application is ELIGIBLE at the defaults: the TSO by jurisdiction, robust; the university inside with its threshold")
    func manisa() throws {
        let path = Self.examples.appendingPathComponent("manisa-white-goods-1254.csv").path
        let (status, json, stderr) = try Self.json(["check", path])
        #expect(status == 0, "\(stderr)")
        #expect(json["eligible"] as? Bool == true)
        let chamber = try #require(Self.check(json, "chamber"))
        #expect(chamber["status"] as? String == "pass")
        #expect((chamber["robustness"] as? [String: Any])?["outcome"] as? String == "pass")
        let university = try #require(Self.check(json, "university"))
        #expect(university["status"] as? String == "pass")
        let robustness = try #require(university["robustness"] as? [String: Any])
        #expect(robustness["outcome"] as? String == "depends")
        #expect(robustness["of"] as? Int == 34)
        #expect((robustness["note"] as? String)?.contains("buffer on at") == true)
        #expect(json["robust"] as? Bool == false)
        // The four firms in Turgutlu and Akhisar are outliers, committed, and named by committed_firms.
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.filter { $0["outlier"] as? Bool == true }.compactMap { $0["id"] as? String } == ["29", "30", "31", "32"])
        let committed = try #require(Self.check(json, "committed_firms"))
        #expect(committed["counted_outliers"] as? [String] == ["29", "30", "31", "32"])
        let text = try KumeExecutable.run(["check", path, "--lang", "tr"]).standardOutput
        #expect(text.hasPrefix("UYGUN — çağrı 2017-3"))
        #expect(text.contains("sağlam değil: üniversite sonucu coğrafyanın okumasına bağlı"))
    }

    @Test("Firms spanning Kocaeli and Sakarya with only Sakarya's TSO fail the chamber rule under every reading")
    func kocaeliSakarya() throws {
        let file = try Self.roster(
            Self.firms("K", 14, nace: "29.32", lat: 40.78, lon: 29.45, province: "Kocaeli")
                + Self.firms("S", 8, nace: "29.32", lat: 40.73, lon: 30.33, province: "Sakarya")
                + ["T1,Sakarya Ticaret ve Sanayi Odası,chamber_of_commerce_and_industry,,40.7810,30.4030,,Sakarya",
                   "U1,Gebze Teknik Üniversitesi,university,,40.8090,29.3600,,Kocaeli"])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (status, json, _) = try Self.json(["check", file.path])
        #expect(status == 1)
        let chamber = try #require(Self.check(json, "chamber"))
        #expect(chamber["status"] as? String == "fail")
        #expect((chamber["message"] as? String)?.contains("Kocaeli Sanayi Odası") == true)
        #expect((chamber["robustness"] as? [String: Any])?["outcome"] as? String == "fail")
    }

    @Test("A university in another province 180 km away fails under every reading")
    func farUniversity() throws {
        // Eskişehir's firms; Ankara's Orta Doğu Teknik Üniversitesi lies about 180 km east of them.
        let file = try Self.roster(
            Self.firms("E", 22, nace: "30.20", lat: 39.76, lon: 30.48, province: "Eskişehir")
                + ["C1,Eskişehir Sanayi Odası,chamber_of_industry,,39.7752,30.5207,,Eskişehir",
                   "U1,Orta Doğu Teknik Üniversitesi,university,,39.8917,32.7840,,Ankara"])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let (_, json, _) = try Self.json(["check", file.path])
        let university = try #require(Self.check(json, "university"))
        #expect(university["status"] as? String == "fail")
        let robustness = try #require(university["robustness"] as? [String: Any])
        #expect(robustness["outcome"] as? String == "fail")
        #expect(robustness["passes"] as? Int == 0)
        let distance = try #require((university["nearest_university"] as? [String: Any])?["distance_km"] as? Double)
        #expect(distance > 150)
    }

    /// Every file under data/examples and Tests/Fixtures that could be a roster by its extension, relative to the
    /// repository root; `kume check` refuses those that are not (reference tables, matrices, plans).
    static let rosterCandidates: [String] = {
        let root = examples.deletingLastPathComponent().deletingLastPathComponent()
        let extensions: Set = ["csv", "tsv", "txt", "geojson", "json", "xlsx", "ods", "gpkg", "fgb", "shp"]
        var found: [String] = []
        for folder in ["data/examples", "Tests/Fixtures"] {
            let base = root.appendingPathComponent(folder)
            let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = walk?.nextObject() as? URL {
                guard extensions.contains(url.pathExtension.lowercased()) else { continue }
                found.append(folder + String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count)))
            }
        }
        return found.sorted()
    }()

    @Test("The walk over rosters finds every bundled example, the programme's portfolio rosters and the spreadsheet fixtures")
    func rosterWalk() {
        let expected = ["data/examples/bursa-automotive.csv", "data/examples/bursa-automotive.geojson",
                        "data/examples/manisa-white-goods-1254.csv", "data/examples/portfolio/konya-machinery.csv",
                        "Tests/Fixtures/spreadsheets/konya-bursa.xlsx", "Tests/Fixtures/spreadsheets/konya-bursa.ods"]
        for file in expected { #expect(Self.rosterCandidates.contains(file), "\(file)") }
    }

    @Test("Every roster under data/examples and Tests/Fixtures that check accepts gets the same chamber and university outcomes with and without the district polygons, and says when they are missing",
          arguments: rosterCandidates)
    func boundaryIndependence(file: String) throws {
        let path = Self.examples.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(file).path
        let first = try KumeExecutable.run(["check", path, "--report", "json"])
        let second = try KumeExecutable.run(["check", path, "--report", "json", "--no-boundaries"])
        // Not a roster (a reference table, a matrix, a plans file): refused either way.
        if first.status == 2 {
            #expect(second.status == 2, "\(file) is refused only with the polygons: \(first.standardError)")
            return
        }
        #expect(first.status == second.status, "\(file): exit \(first.status) with the polygons, \(second.status) without")
        let with = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        let without = try #require(
            try JSONSerialization.jsonObject(with: Data(second.standardOutput.utf8)) as? [String: Any], "\(second.standardError)")
        for id in ["chamber", "university"] {
            let a = try #require(Self.check(with, id)), b = try #require(Self.check(without, id))
            #expect(a["status"] as? String == b["status"] as? String, "\(file) \(id)")
            let ra = a["robustness"] as? [String: Any], rb = b["robustness"] as? [String: Any]
            #expect(ra?["outcome"] as? String == rb?["outcome"] as? String, "\(file) \(id) robustness")
        }
        #expect(with["eligible"] as? Bool == without["eligible"] as? Bool)
        let geography = try #require(without["geography"] as? [String: Any])
        #expect(geography["boundaries_used"] as? Bool == false)
        let warnings = try #require(without["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["message"] as? String)?.hasPrefix("Türkiye's district polygons were not used") == true })
        let text = try KumeExecutable.run(["check", path, "--no-boundaries"]).standardOutput
        #expect(text.contains("district polygons were not used"))
    }
}
