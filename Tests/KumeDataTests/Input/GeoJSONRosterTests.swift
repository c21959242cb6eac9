import Testing
import KumeData
import KumeGeo

@Suite("RosterReader GeoJSON")
struct GeoJSONRosterTests {
    func read(_ text: String) throws(InputError) -> Roster {
        try RosterReader.read(data: Array(text.utf8), name: "r.geojson")
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("A FeatureCollection of points reads like a CSV roster, keeping codes as written")
    func points() throws {
        let roster = try read("""
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [28.98, 40.215]},
               "properties": {"id": "F1", "ad": "Özkan \\u00d6zel A.Ş.", "tür": "firma", "nace_kodu": 29.10,
                              "çalışan": 120, "taahhüt": true}},
              {"type": "Feature", "geometry": null,
               "properties": {"id": 2, "name": "Bursa Uludağ Üniversitesi", "type": "university",
                              "il": "Bursa", "ilçe": "Nilüfer", "extra": {"ignored": [1, 2]}}}
            ]}
            """)
        #expect(roster.members.count == 2)
        #expect(roster.members[0].nace == NaceCode(canonical: "29.10"))  // the number 29.10 is not read as 29.1
        #expect(roster.members[0].name == "Özkan Özel A.Ş.")
        #expect(roster.members[0].location == Coordinate(longitude: 28.98, latitude: 40.215))
        #expect(roster.members[0].employees == 120)
        #expect(roster.members[0].committed == true)
        #expect(roster.members[0].line == 2)
        #expect(roster.members[1].id == "2")
        #expect(roster.members[1].placement == .district)
    }

    @Test("Syntax errors are reported at line and column")
    func syntax() {
        #expect(problems("{\"type\": \"FeatureCollection\",\n  \"features\": [1 2]}") == [
            "r.geojson:2:18: expected ',' or ']' in an array — fix the JSON syntax",
        ])
        #expect(problems("{\"a\": \"é\u{0007}\"}") == [
            "r.geojson:1:9: a control character (a line break?) inside a string — fix the JSON syntax",
        ])
        #expect(problems("") == ["r.geojson:1:1: the file is empty — fix the JSON syntax"])
    }

    @Test("Deeply nested input is an error, not a crash")
    func deepNesting() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(problems(text) == ["r.geojson:1:65: nested deeper than 64 levels — fix the JSON syntax"])
    }

    @Test("Member problems are reported at the property's position")
    func memberProblems() {
        let text = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [28.98, 95]},
               "properties": {"id": "F1", "name": "A", "type": "fabrika", "nace": "29.10"}},
              {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4]]},
               "properties": {"id": "F2", "name": "B", "type": "firm", "nace": "29.10"}}
            ]}
            """
        #expect(problems(text) == [
            "r.geojson:2:76: latitude 95 is out of range (−90…90 degrees) — write WGS84 decimal degrees; projected x/y belong in a registry with the registry's CRS setting",
            "r.geojson:3:52: unknown member type 'fabrika' — use one of: \(MemberTypeVocabulary.acceptedSummary)",
            "r.geojson:4:35: the geometry is not a Point with [longitude, latitude] numbers — give {\"type\": \"Point\", \"coordinates\": [lon, lat]} in WGS84 degrees, or null",
        ])
    }

    @Test("A document that is not a FeatureCollection is rejected")
    func notACollection() {
        #expect(problems("{\"type\": \"Feature\"}") == [
            "r.geojson:1:1: the GeoJSON is not a FeatureCollection with a 'features' array — give {\"type\": \"FeatureCollection\", \"features\": [...]} with one Point feature per member",
        ])
    }
}
