import Foundation
import KumeData
import KumeResources
import Testing

/// The tables, calls and planted clusters under data/ are embedded into the binary at build time
/// (SwiftPM resources); these tests read them as kume does, from the binary and not from data/.
@Suite("EmbeddedData")
struct EmbeddedDataTests {
    @Test("Each embedded file has its records: a header and one line per row", arguments: [
        ("tr_provinces.csv", EmbeddedData.trProvincesCsv, 81),
        ("tr_districts.csv", EmbeddedData.trDistrictsCsv, 973),
        ("tr_district_points.csv", EmbeddedData.trDistrictPointsCsv, 973),
        ("nace_rev2.csv", EmbeddedData.naceRev2Csv, 996),
        ("nace_rev2_tr.csv", EmbeddedData.naceRev2TrCsv, 996),
        ("tr_chambers_of_industry.csv", EmbeddedData.trChambersOfIndustryCsv, 12),
        ("planted_clusters.csv", EmbeddedData.plantedClustersCsv, 9),
        ("member_types.csv", EmbeddedData.memberTypesCsv, 19),
    ])
    func recordCounts(name: String, text: String, rows: Int) throws {
        let records = try CSVText.records(text, file: name)
        #expect(records.count == rows + 1)
        #expect(records.allSatisfy { $0.fields.count == records[0].fields.count })
    }

    @Test("The embedded tables parse into Türkiye's 81 provinces, 973 districts and 12 chambers of industry")
    func administrativeTables() {
        #expect(ProvinceTable.shared.provinces.count == 81)
        #expect(Set(ProvinceTable.shared.provinces.map(\.plate)) == Set(1...81))
        #expect(DistrictTable.shared.districts.count == 973)
        #expect(Set(DistrictTable.shared.districts.map(\.plate)) == Set(1...81))
        #expect(ChambersOfIndustry.shared.chambers.count == 12)
    }

    @Test("The embedded NACE Rev.2 parses into 21 sections, 88 divisions, 272 groups and 615 classes")
    func naceTable() {
        let nace = NaceClassification.shared
        #expect(nace.entries.count == 996)
        #expect(nace.codes(at: .section).count == 21)
        #expect(nace.codes(at: .division).count == 88)
        #expect(nace.codes(at: .group).count == 272)
        #expect(nace.codes(at: .class).count == 615)
    }

    @Test("Each embedded call decodes", arguments: Call.builtInIDs)
    func calls(id: String) throws {
        #expect(try Call.builtIn(id: id).id == id)
    }
}
