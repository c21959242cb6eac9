import Foundation
import Testing
@testable import Kume

@Suite("EmbeddedData")
struct EmbeddedDataTests {
    @Test("Each embedded table is the text of its file (line ends aside)", arguments: [
        ("nace_rev2.csv", EmbeddedData.naceRev2Csv), ("tr_provinces.csv", EmbeddedData.trProvincesCsv),
        ("tr_districts.csv", EmbeddedData.trDistrictsCsv), ("tr_district_points.csv", EmbeddedData.trDistrictPointsCsv),
        ("tr_chambers_of_industry.csv", EmbeddedData.trChambersOfIndustryCsv),
    ])
    func matches(name: String, embedded: String) throws {
        let file = try String(contentsOf: InputTestSupport.dataFile("tables/" + name), encoding: .utf8)
        // Swift normalises a multi-line literal's line ends to LF, so compare without CR.
        #expect(embedded.replacingOccurrences(of: "\r", with: "") == file.replacingOccurrences(of: "\r", with: ""))
    }
}
