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
