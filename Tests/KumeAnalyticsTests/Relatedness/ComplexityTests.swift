import Foundation
import KumeAnalytics
import Testing

/// ECI/PCI, density, COI/COG and proximity against ecomplexity 0.5.3 on EconGeo's 12 × 15 test matrix and a
/// seeded 30 × 70 table, and KCI/TCI/MORc/MORt against EconGeo 1.3 (Fixtures/ecomplexity, Fixtures/econgeo).
@Suite("Complexity and proximity against ecomplexity and EconGeo")
struct ComplexityTests {
    /// ecomplexity's long output, indexed by (region, industry).
    struct Ecomplexity {
        let table: ReferenceFixture
        let regions: [String], industries: [String]
        init() throws {
            table = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_rca_12x15.csv")
            regions = Array(NSOrderedSet(array: table.rows.map { $0[0] })) as? [String] ?? []
            industries = Array(NSOrderedSet(array: table.rows.map { $0[1] })) as? [String] ?? []
        }
        /// The value of `column` for region r, industry s (indices into the EconGeo matrix's labels).
        func value(_ column: String, region: String, industry: String) throws -> Double {
            let c = try #require(table.header.firstIndex(of: column))
            let row = try #require(table.rows.first { $0[0] == region && $0[1] == industry })
            return try ReferenceFixture.number(row[c])
        }
    }

    @Test("rca, mcp, diversity, ubiquity, eci, pci, density, coi and cog equal ecomplexity's to 1e-12")
    func ecomplexity() throws {
        let matrix = try EconGeoInput.matrix()
        let lq = matrix.locationQuotients(), mcp = matrix.binaryLocationQuotients()
        let c = try EconomicComplexity(matrix)
        let reference = try Ecomplexity()
        #expect(reference.table.rows.count == 180)
        for (r, region) in matrix.regions.enumerated() {
            for (s, industry) in matrix.sectors.enumerated() {
                let at = "\(region) \(industry)"
                expectClose(lq[r, s], try reference.value("rca", region: region, industry: industry),
                            relative: 1e-14, "rca \(at)")
                #expect(mcp[r, s] == (try reference.value("mcp", region: region, industry: industry)))
                #expect(c.diversity[r] == (try reference.value("diversity", region: region, industry: industry)))
                #expect(c.ubiquity[s] == (try reference.value("ubiquity", region: region, industry: industry)))
                expectClose(c.eci[r], try reference.value("eci", region: region, industry: industry),
                            relative: 1e-12, "eci \(at)")
                expectClose(c.pci[s], try reference.value("pci", region: region, industry: industry),
                            relative: 1e-12, "pci \(at)")
                expectClose(c.density[r, s], try reference.value("density", region: region, industry: industry),
                            relative: 1e-12, "density \(at)")
                expectClose(c.coi[r], try reference.value("coi", region: region, industry: industry),
                            relative: 1e-12, "coi \(at)")
                expectClose(c.cog[r, s], try reference.value("cog", region: region, industry: industry),
                            relative: 1e-12, "cog \(at)")
            }
        }
    }

    @Test("On a 30 × 70 table with 14 ubiquities: ECI, PCI, COI, density and COG to 1e-12, proximity exactly")
    func ecomplexity30x70() throws {
        let path = ReferenceFixture.path("ecomplexity", "py_ecomplexity_input_30x70_long.csv")
        let matrix = try RegionSectorTableReader.read(text: try String(contentsOfFile: path, encoding: .utf8), file: path).matrix
        #expect(matrix.regionCount == 30 && matrix.sectorCount == 70)
        let c = try EconomicComplexity(matrix)
        let regions = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_regions_30x70.csv")
        for (row, label) in regions.labels.enumerated() {
            let r = try #require(matrix.regionIndex(of: label))
            #expect(c.diversity[r] == (try regions.column("diversity"))[row])
            expectClose(c.eci[r], try regions.column("eci")[row], "eci \(label)")
            expectClose(c.coi[r], try regions.column("coi")[row], "coi \(label)")
        }
        let sectors = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_sectors_30x70.csv")
        for (row, label) in sectors.labels.enumerated() {
            let s = try #require(matrix.sectorIndex(of: label))
            #expect(c.ubiquity[s] == (try sectors.column("ubiquity"))[row])
            expectClose(c.pci[s], try sectors.column("pci")[row], "pci \(label)")
        }
        let cells = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_cells_30x70.csv")
        #expect(cells.rows.count == 30 * 70)
        let lq = matrix.locationQuotients(), mcp = matrix.binaryLocationQuotients()
        for row in cells.rows {
            let r = try #require(matrix.regionIndex(of: row[0])), s = try #require(matrix.sectorIndex(of: row[1]))
            expectClose(lq[r, s], try ReferenceFixture.number(row[2]), relative: 1e-14, "rca \(row[0]) \(row[1])")
            #expect(mcp[r, s] == (try ReferenceFixture.number(row[3])))
            expectClose(c.density[r, s], try ReferenceFixture.number(row[4]), "density \(row[0]) \(row[1])")
            expectClose(c.cog[r, s], try ReferenceFixture.number(row[5]), "cog \(row[0]) \(row[1])")
        }
        let phi = matrix.proximity()
        let proximity = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_proximity_rca_30x70.csv")
        #expect(proximity.rows.count == 70 * 70)
        for row in proximity.rows {
            #expect(phi.value(row: row[0], column: row[1]) == (try ReferenceFixture.number(row[2])), "φ \(row[0]) \(row[1])")
        }
    }

    @Test("Proximity equals ecomplexity's proximity to 1e-14")
    func proximity() throws {
        let matrix = try EconGeoInput.matrix()
        let phi = matrix.proximity()
        let table = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_proximity_rca_12x15.csv")
        #expect(table.rows.count == 225)
        for row in table.rows {
            let value = try #require(phi.value(row: row[1], column: row[2]))
            expectClose(value, try ReferenceFixture.number(row[3]), relative: 1e-14, "φ \(row[1]) \(row[2])")
        }
    }

    @Test("Co-location correlation of LQs equals 2 · ecomplexity's continuous proximity − 1")
    func coLocationCorrelation() throws {
        let matrix = try EconGeoInput.matrix()
        let rho = CoLocationCorrelation.matrix(matrix, basis: .locationQuotient)
        let table = try ReferenceFixture.load("ecomplexity", "py_ecomplexity_proximity_continuous_12x15.csv")
        #expect(table.rows.count == 225)
        for row in table.rows {
            let value = try #require(rho.value(row: row[1], column: row[2]))
            expectClose(value, 2 * (try ReferenceFixture.number(row[3])) - 1, relative: 1e-12, "ρ \(row[1]) \(row[2])")
        }
    }

    @Test("KCI and TCI equal EconGeo's (eigenvector of the 4-decimal rounded matrix) to 1e-12")
    func kciTci() throws {
        let presence = try EconGeoInput.matrix().binaryLocationQuotients()
        let kci = try KnowledgeComplexity.kci(presence: presence)
        let tci = try KnowledgeComplexity.tci(presence: presence)
        let kciExpected = try ReferenceFixture.load("econgeo", "econgeo_KCI_RCA.csv").column("KCI")
        let tciExpected = try ReferenceFixture.load("econgeo", "econgeo_TCI_RCA.csv").column("TCI")
        for i in kci.indices { expectClose(kci[i], kciExpected[i], relative: 1e-12, "KCI[\(i)]") }
        for i in tci.indices { expectClose(tci[i], tciExpected[i], relative: 1e-12, "TCI[\(i)]") }
    }

    @Test("MORc steps 0–22 and MORt steps 0–21 equal EconGeo's to 1e-12")
    func reflections() throws {
        let presence = try EconGeoInput.matrix().binaryLocationQuotients()
        let morc = try ReferenceFixture.load("econgeo", "econgeo_MORc_RCA_steps0-22.csv")
        let mort = try ReferenceFixture.load("econgeo", "econgeo_MORt_RCA_steps0-21.csv")
        for steps in 0...22 {
            let result = KnowledgeComplexity.reflections(presence: presence, steps: steps)
            let expected = try morc.column("steps\(steps)")
            for r in expected.indices { expectClose(result.regions[r], expected[r], "MORc \(steps) [\(r)]") }
            if steps <= 21 {
                let expectedT = try mort.column("steps\(steps)")
                for s in expectedT.indices { expectClose(result.sectors[s], expectedT[s], "MORt \(steps) [\(s)]") }
            }
        }
    }
}
