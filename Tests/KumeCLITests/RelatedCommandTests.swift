import Foundation
import Testing

@Suite("kume related")
struct RelatedCommandTests {
    static let matrix = PatternTests.fixtures.appendingPathComponent("econgeo/econgeo_input_matrix_12x15_long.csv").path

    /// ecomplexity 0.5.3 `proximity` on EconGeo's 12 × 15 matrix (py_ecomplexity_proximity_rca_12x15.csv):
    /// I02's most related are I09 and I11 (φ = 2/3, tied: column order) and then I07, I08 and I12 (φ = 1/2,
    /// tied: I07 first); EconGeo's co-occurrence (econgeo_co.occurrence_industries_diagFALSE.csv, row I02)
    /// gives the regions they share with I02: 4, 4 and 3.
    @Test("A sector's most related sectors with the regions each value rests on, and a warning for 12 regions")
    func sectorList() throws {
        let result = try KumeExecutable.run(["related", "--matrix", Self.matrix, "--sector", "I02", "--top", "3",
                                             "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        try #require(rows.count == 4)
        #expect(rows[0] == ["sector", "relatedness", "regions"])
        #expect(rows[1][0] == "I09" && rows[2][0] == "I11" && rows[3][0] == "I07")
        let values = rows.dropFirst().compactMap { Double($0[1]) }
        try #require(values.count == 3)
        #expect(abs(values[0] - 2.0 / 3) < 1e-15 && abs(values[1] - 2.0 / 3) < 1e-15 && abs(values[2] - 0.5) < 1e-15)
        #expect(rows.dropFirst().map { $0[2] } == ["4", "4", "3"])
        #expect(result.standardError.contains("only 12 regions"))
    }

    @Test("The whole matrix is CSV, and --format without --sector or --portfolio is refused")
    func wholeMatrix() throws {
        let result = try KumeExecutable.run(["related", "--matrix", Self.matrix])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 16)
        #expect(lines.first?.hasPrefix(",I01,I02") == true)
        let refused = try KumeExecutable.run(["related", "--matrix", Self.matrix, "--format", "json"])
        #expect(refused.status == 2)
    }

    @Test("A portfolio lists every other sector's relatedness density")
    func portfolio() throws {
        let result = try KumeExecutable.run(["related", "--matrix", Self.matrix, "--portfolio", "I01,I02", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "sector,density")
        #expect(lines.count == 14) // 15 sectors less the two in the portfolio, and the header
    }
}
