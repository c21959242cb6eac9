import Foundation
import Testing

/// Every member's located province and district in `kume check`'s JSON and map, against an independent tool.
@Suite("Members' located places")
struct MemberPlacesCommandTests {
    static let repository = BoundaryCommandTests.repository
    static var boundariesAvailable: Bool {
        FileManager.default.fileExists(atPath: repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path)
    }

    /// A name as a key: Turkish lower case (`I` and `İ` both `i`, as the boundary file's upper-case names do not
    /// tell them apart), without diacritics, spaces or hyphens.
    static func key(_ name: String) -> String {
        let lowered = name.replacingOccurrences(of: "İ", with: "i").replacingOccurrences(of: "I", with: "i").lowercased()
        let plain = lowered.map { character -> String in
            switch character {
            case "ı": "i"
            case "ç": "c"
            case "ğ": "g"
            case "ö": "o"
            case "ş": "s"
            case "ü": "u"
            case "â": "a"
            case "î": "i"
            case "û": "u"
            case " ", "-", "'": ""
            default: String(character)
            }
        }
        return plain.joined().folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The rows of a CSV fixture without quoted commas (Tests/Fixtures/boundaries).
    static func fixture(_ name: String) throws -> [[String: String]] {
        let text = try String(
            contentsOf: repository.appendingPathComponent("Tests/Fixtures/boundaries/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func features(_ file: URL) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        return try #require(root["features"] as? [[String: Any]]).compactMap { $0["properties"] as? [String: Any] }
    }

    @Test(
        "300 GeoNames places at least 1 km from any border get the official boundaries' province and district in the JSON and the map",
        .enabled(if: boundariesAvailable, "scripts/test fetches the district polygons into boundaries/"))
    func threeHundredPlaces() throws {
        // scripts/reference/boundaries_located_places.py: shapely point-in-polygon on the same district file,
        // each place at least 1 km (geodesic) from every district border.
        let places = try Self.fixture("places_300.csv")
        try #require(places.count == 300)
        #expect(Set(places.compactMap { $0["province_code"] }).count == 81)
        #expect(places.allSatisfy { (Double($0["border_km"] ?? "") ?? 0) >= 1 })
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = ["id,name,type,nace,lat,lon,committed"]
        for place in places {
            rows.append("G\(place["geonameid"] ?? ""),Firma \(place["name"] ?? ""),firm,29.10,\(place["lat"] ?? ""),\(place["lon"] ?? ""),evet")
        }
        let roster = folder.appendingPathComponent("places.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: roster, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("map.geojson")
        let result = try KumeExecutable.run(
            ["check", roster.path, "--format", "json", "--no-robustness", "-o", map.path], in: Self.repository)
        #expect([0, 1].contains(result.status), "\(result.standardError)")
        let members = try #require(try Self.json(result.standardOutput)["members"] as? [[String: Any]])
        let mapped = try Self.features(map)
        try #require(members.count == 300 && mapped.count == 300)
        let expected = Dictionary(uniqueKeysWithValues: places.map { ("G" + ($0["geonameid"] ?? ""), $0) })
        for (source, list) in [("JSON", members), ("map", mapped)] {
            var provinces = 0, districts = 0
            var wrong: [String] = []
            for member in list {
                let id = member["id"] as? String ?? ""
                guard let place = expected[id] else { continue }
                if Self.key(member["province"] as? String ?? "") == Self.key(place["adm1_tr"] ?? "-") { provinces += 1 }
                // The file names a central district after its province (ADIYAMAN in ADIYAMAN); the official
                // district list (data/tables/tr_districts.csv) names it Merkez, and kume spells it so.
                let district = Self.key(member["district"] as? String ?? "")
                let expectedDistrict = Self.key(place["adm2_tr"] ?? "-")
                let central = expectedDistrict == Self.key(place["adm1_tr"] ?? "") && district == "merkez"
                if district == expectedDistrict || central {
                    districts += 1
                } else {
                    wrong.append("\(id): \(member["district"] ?? "null") for \(place["adm2_tr"] ?? "")")
                }
                #expect(member["place_source"] as? String == "boundaries")
            }
            #expect(provinces == 300, "\(source): \(provinces) provinces right")
            #expect(districts >= 297, "\(source): \(districts) districts right; \(wrong)")
        }
    }

    @Test(
        "A stated province or district that disagrees with the point stays as stated_province/stated_district, with a warning naming the member",
        .enabled(if: boundariesAvailable, "scripts/test fetches the district polygons into boundaries/"))
    func statedDisagrees() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The firms state Bursa; the grid's south-west corner lies in Susurluk (Balıkesir). One more member states
        // a district with no coordinates: it is placed there, and located there.
        var lines = BoundaryCommandTests.roster().split(separator: "\n").map { $0 + "," }
        lines[0] = "id,name,type,nace,lat,lon,committed,province,district"
        lines.append("D1,Karacabey Derneği,dernek,,,,,Bursa,Karacabey")
        let file = folder.appendingPathComponent("roster.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let map = folder.appendingPathComponent("map.geojson")
        let result = try KumeExecutable.run(["check", file.path, "--format", "json", "-o", map.path], in: Self.repository)
        let root = try Self.json(result.standardOutput)
        let members = try #require(root["members"] as? [[String: Any]])
        let inBalikesir = members.filter { $0["province"] as? String == "Balıkesir" }
        #expect(!inBalikesir.isEmpty)
        for member in inBalikesir {
            #expect(member["stated_province"] as? String == "Bursa")
            #expect(member["district"] as? String == "Susurluk")
            #expect(member["place_source"] as? String == "boundaries")
        }
        let inBursa = members.filter { $0["province"] as? String == "Bursa" && $0["type"] as? String == "firm" }
        #expect(!inBursa.isEmpty && inBursa.allSatisfy { $0["stated_province"] is NSNull && $0["district"] as? String == "Mustafakemalpaşa" })
        let placed = try #require(members.first { $0["id"] as? String == "D1" })
        #expect(placed["province"] as? String == "Bursa" && placed["district"] as? String == "Karacabey")
        #expect(placed["place_source"] as? String == "stated" && placed["stated_district"] is NSNull)
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        for member in inBalikesir {
            let id = try #require(member["id"] as? String)
            #expect(warnings.contains { $0["member_id"] as? String == id
                && ($0["message"] as? String)?.contains("states the province Bursa, but its point lies in Susurluk, Balıkesir") == true
                && ($0["location"] as? String)?.hasPrefix(file.path + ":") == true })
        }
        // The map carries the same values.
        let mapped = try Self.features(map)
        for member in members {
            let feature = try #require(mapped.first { $0["id"] as? String == member["id"] as? String })
            for key in ["province", "district", "stated_province", "stated_district", "place_source"] {
                #expect("\(feature[key] ?? "absent")" == "\(member[key] ?? "absent")", "\(key)")
            }
        }
        // The text and Markdown member lists show the located place and the stated one.
        let text = try KumeExecutable.run(["check", file.path], in: Self.repository).standardOutput
        #expect(text.contains("Susurluk, Balıkesir (stated: Bursa)"))
        let markdown = try KumeExecutable.run(["check", file.path, "--format", "markdown"], in: Self.repository).standardOutput
        #expect(markdown.contains("| Susurluk, Balıkesir (stated: Bursa) |"))
        #expect(markdown.contains("| Karacabey, Bursa |"))
        let turkish = try KumeExecutable.run(["check", file.path, "--format", "markdown", "--lang", "tr"], in: Self.repository).standardOutput
        #expect(turkish.contains("İl ve ilçe, noktalarından ilçe sınırlarıyla bulundu"))
        #expect(turkish.contains("| Susurluk, Balıkesir (belirtilen: Bursa) |"))
    }

    @Test("Without the district polygons every place says where it came from, and the report says the polygons were not used")
    func withoutBoundaries() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("roster.csv")
        // Firms state Bursa; the university states nothing and is placed at the nearest district point.
        try BoundaryCommandTests.roster().replacingOccurrences(of: "MYO,üniversite,,39.99,28.30,,Bursa", with: "MYO,üniversite,,39.99,28.30,,")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["check", file.path, "--format", "json", "--no-boundaries"], in: Self.repository)
        let root = try Self.json(result.standardOutput)
        let members = try #require(root["members"] as? [[String: Any]])
        for member in members where member["id"] as? String != "U1" {
            #expect(member["province"] as? String == "Bursa" && member["place_source"] as? String == "stated")
            #expect(member["stated_province"] is NSNull)
        }
        let university = try #require(members.first { $0["id"] as? String == "U1" })
        #expect(university["place_source"] as? String == "nearest-district-point")
        #expect(university["province"] is String && university["district"] is String)
        let warnings = try #require(root["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["message"] as? String)?.contains("members' provinces and districts come from their stated places or the nearest district point") == true })
        let text = try KumeExecutable.run(["check", file.path, "--no-boundaries"], in: Self.repository).standardOutput
        #expect(text.contains("Members (district polygons not used: province and district as stated, or the nearest district point):"))
    }
}
