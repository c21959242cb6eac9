import KumeGeo
import Testing
import KumeResources
@testable import KumeGeography

@Suite("DistrictFile")
struct DistrictFileTests {
    @Test(
        "The 973 districts carry their p-codes and plates, in file order",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func codes() throws {
        let districts = try BoundaryTestSupport.readDistricts()
        let expected = try BoundaryTestSupport.fixtureRows("boundaries_records.csv")
        #expect(districts.map(\.pcode) == expected.map { $0["pcode"] ?? "" })
        #expect(districts.map(\.provinceCode) == expected.map { $0["adm1"] ?? "" })
        #expect(Set(districts.map(\.plate)) == Set(1...81))
    }

    @Test(
        "Names are spelled officially even where the file writes I for İ",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage),
        arguments: [
            // (p-code, province, district): official spellings written out by hand.
            ("TUR034035", "İstanbul", "Şişli"),
            ("TUR035010", "İzmir", "Çiğli"),
            ("TUR046009", "Kahramanmaraş", "Onikişubat"),
            ("TUR026001", "Eskişehir", "Alpu"),
            ("TUR022001", "Edirne", "Merkez"),
            ("TUR003001", "Afyonkarahisar", "Merkez"),
            ("TUR058014", "Sivas", "Şarkışla"),
            ("TUR037009", "Kastamonu", "Devrekani"),
        ])
    func officialNames(pcode: String, province: String, district: String) throws {
        let districts = try BoundaryTestSupport.readDistricts()
        let record = try #require(districts.first { $0.pcode == pcode })
        #expect(record.province == province)
        #expect(record.district == district)
    }

    @Test(
        "Every district name is found in the official district table",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func allNamesResolved() throws {
        let districts = try BoundaryTestSupport.readDistricts()
        let official = BoundaryTestSupport.csvRows(EmbeddedData.trDistrictsCsv)
        let names = Set(official.map { "\($0["plate"] ?? "")/\($0["name"] ?? "")" })
        for district in districts {
            #expect(names.contains("\(district.plate)/\(district.district)"), "\(district.pcode) \(district.sourceName)")
        }
        // Each official district is matched once.
        #expect(Set(districts.map { "\($0.plate)/\($0.district)" }).count == 973)
    }

    // Expected values: scripts/reference/boundaries_reader.py (pyshp 3.1.6) → Tests/Fixtures/boundaries/.
    @Test(
        "Every district's rings, points, first vertex and box, and its Turkish name match pyshp's reading",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func recordsMatchPyshp() throws {
        let districts = try BoundaryTestSupport.readDistricts()
        let expected = try BoundaryTestSupport.fixtureRows("boundaries_records.csv")
        try #require(districts.count == expected.count)
        for (district, row) in zip(districts, expected) {
            let rings = district.polygons.flatMap { [$0.shell] + $0.holes }
            let label = "record \(row["index"] ?? "")"
            #expect(district.sourceName == row["adm2_tr"], "\(label)")
            #expect(rings.count == Int(row["parts"] ?? ""), "\(label)")
            #expect(rings.reduce(0) { $0 + $1.count } == Int(row["points"] ?? ""), "\(label)")
            // Exact: pyshp prints each double with repr, which round-trips.
            #expect(rings.first?.first == Coordinate(x: try double(row, "first_x"), y: try double(row, "first_y")), "\(label)")
            // The box pyshp reports is the one stored in the record's header, which can differ from the vertices'
            // extremes in the last digits (1e-13°).
            let all = rings.joined()
            for (value, key) in [(all.map(\.x).min(), "min_x"), (all.map(\.y).min(), "min_y"), (all.map(\.x).max(), "max_x"),
                                 (all.map(\.y).max(), "max_y")] {
                #expect(abs((value ?? .nan) - (try double(row, key))) < 1e-9, "\(label) \(key)")
            }
        }
    }

    @Test(
        "The vertex total and the bounding box of all districts match pyshp's reading of the header",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func summaryMatchesPyshp() throws {
        let districts = try BoundaryTestSupport.readDistricts()
        let summary = Dictionary(
            uniqueKeysWithValues: try BoundaryTestSupport.fixtureRows("boundaries_summary.csv").map { ($0["key"] ?? "", $0["value"] ?? "") })
        let all = districts.flatMap { $0.polygons.flatMap { [$0.shell] + $0.holes }.joined() }
        #expect(districts.count == Int(summary["records"] ?? ""))
        #expect(all.count == Int(summary["vertices"] ?? ""))
        for (value, key) in [(all.map(\.x).min(), "min_x"), (all.map(\.y).min(), "min_y"), (all.map(\.x).max(), "max_x"),
                             (all.map(\.y).max(), "max_y")] {
            #expect(abs((value ?? .nan) - (Double(summary[key] ?? "") ?? .nan)) < 1e-9, "\(key)")
        }
    }

    private func double(_ row: [String: String], _ key: String) throws -> Double {
        try #require(Double(row[key] ?? ""), "\(key) in \(row)")
    }

    @Test(
        "Every district has at least one polygon and every ring is closed",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func ringsClosed() throws {
        for district in try BoundaryTestSupport.readDistricts() {
            #expect(!district.polygons.isEmpty)
            for polygon in district.polygons {
                #expect(polygon.shell.first == polygon.shell.last && polygon.shell.count >= 4)
                #expect(polygon.holes.allSatisfy { $0.first == $0.last && $0.count >= 4 })
            }
        }
    }
}
