import Foundation
import KumeAnalytics
import Testing

/// Every value compared with EconGeo 1.3's output on its 12 × 15 test matrix (Fixtures/econgeo, README there).
/// Unrounded EconGeo values: relative tolerance 1e-12. Values EconGeo rounds: rounded the same way, then equal.
@Suite("Region-based concentration measures against EconGeo")
struct RegionalConcentrationTests {
    @Test("Location quotients equal EconGeo's location.quotient to 1e-12")
    func locationQuotients() throws {
        let lq = try EconGeoInput.matrix().locationQuotients()
        let reference = try ReferenceFixture.load("econgeo", "econgeo_location.quotient_binaryFALSE.csv")
        let expected = try reference.matrixValues()
        try #require(lq.values.count == expected.count)
        for (i, value) in lq.values.enumerated() { expectClose(value, expected[i], "LQ[\(i)]") }
    }

    @Test("Binary location quotients equal EconGeo's binary LQ and binary RCA exactly")
    func binaryLocationQuotients() throws {
        let binary = try EconGeoInput.matrix().binaryLocationQuotients()
        for name in ["econgeo_location.quotient_binaryTRUE.csv", "econgeo_RCA_binaryTRUE.csv"] {
            let expected = try ReferenceFixture.load("econgeo", name).matrixValues()
            #expect(binary.values == expected, "\(name)")
        }
    }

    @Test("Location quotients rounded to 2 decimals equal EconGeo's RCA")
    func rcaRounded() throws {
        let lq = try EconGeoInput.matrix().locationQuotients()
        let expected = try ReferenceFixture.load("econgeo", "econgeo_RCA_binaryFALSE_rounded2.csv").matrixValues()
        for (i, value) in lq.values.enumerated() { expectRounded(value, expected[i], digits: 2, "RCA[\(i)]") }
    }

    @Test("Per-region Herfindahl, Krugman index and specialisation coefficient equal EconGeo's to 1e-12")
    func perRegion() throws {
        let matrix = try EconGeoInput.matrix()
        let cases: [(String, String, [Double])] = [
            ("econgeo_Herfindahl_by_region.csv", "Herfindahl", matrix.herfindahlByRegion()),
            ("econgeo_Krugman.index_by_region.csv", "Krugman.index", matrix.krugmanIndexByRegion()),
            ("econgeo_spec.coeff_by_region.csv", "spec.coeff", matrix.specialisationCoefficientByRegion()),
        ]
        for (file, column, values) in cases {
            let expected = try ReferenceFixture.load("econgeo", file).column(column)
            try #require(values.count == expected.count)
            for r in values.indices { expectClose(values[r], expected[r], "\(column)[\(r)]") }
        }
    }

    @Test("Entropy in bits rounded to 3 decimals equals EconGeo's entropy")
    func entropy() throws {
        let values = try EconGeoInput.matrix().entropyBitsByRegion()
        let expected = try ReferenceFixture.load("econgeo", "econgeo_entropy_by_region.csv")
            .column("entropy_bits_rounded3")
        for r in values.indices { expectRounded(values[r], expected[r], digits: 3, "entropy[\(r)]") }
    }

    @Test("Gini and Hoover–Gini rounded to 3 decimals equal EconGeo's")
    func ginis() throws {
        let matrix = try EconGeoInput.matrix()
        let gini = matrix.giniBySector()
        let giniExpected = try ReferenceFixture.load("econgeo", "econgeo_Gini_by_industry.csv").column("Gini")
        for s in gini.indices { expectRounded(gini[s], giniExpected[s], digits: 3, "Gini[\(s)]") }
        let hoover = try matrix.hooverGiniBySector(populations: matrix.regionTotals)
        let hooverExpected = try ReferenceFixture.load("econgeo", "econgeo_Hoover.Gini_by_industry_pop_rowSums.csv")
            .column("Hoover.Gini")
        for s in hoover.indices { expectRounded(hoover[s], hooverExpected[s], digits: 3, "Hoover.Gini[\(s)]") }
    }

    @Test("Locational Gini equals EconGeo's locational.Gini to 1e-12")
    func locationalGini() throws {
        let values = try EconGeoInput.matrix().locationalGiniBySector()
        let expected = try ReferenceFixture.load("econgeo", "econgeo_locational.Gini_by_industry.csv")
            .column("Loc.Gini")
        for s in values.indices { expectClose(values[s], expected[s], "locational.Gini[\(s)]") }
    }

    @Test("Hoover index in percent rounded to 2 decimals equals EconGeo's, equal and row-sum populations")
    func hooverIndex() throws {
        let matrix = try EconGeoInput.matrix()
        let equal = try matrix.hooverIndexPercentBySector()
        let byTotals = try matrix.hooverIndexPercentBySector(populations: matrix.regionTotals)
        let cases = [
            ("econgeo_Hoover.index_by_industry_pop_default.csv", equal),
            ("econgeo_Hoover.index_by_industry_pop_rowSums.csv", byTotals),
        ]
        for (file, values) in cases {
            let expected = try ReferenceFixture.load("econgeo", file).column("Hoover.index")
            for s in values.indices { expectRounded(values[s], expected[s], digits: 2, "\(file)[\(s)]") }
        }
    }

    @Test("Herfindahl over regions of a sector follows Σ shares² (hand calculation)")
    func herfindahlBySector() throws {
        // Sector A: 6, 3, 1 over three regions → shares 0.6, 0.3, 0.1 → 0.36 + 0.09 + 0.01 = 0.46.
        // Sector B: 5, 5, 0 → 0.25 + 0.25 + 0 = 0.5.
        let matrix = try RegionSectorMatrix(
            regions: ["r1", "r2", "r3"], sectors: ["A", "B"], rows: [[6, 5], [3, 5], [1, 0]])
        let h = matrix.herfindahlBySector()
        #expect(abs(h[0] - 0.46) < 1e-15)
        #expect(abs(h[1] - 0.5) < 1e-15)
    }

    @Test("Hoover–Gini rejects a population list of the wrong length")
    func hooverGiniLength() throws {
        let matrix = try EconGeoInput.matrix()
        #expect(throws: RegionalMeasureError.lengthMismatch(argument: "populations", expected: 12, got: 2)) {
            try matrix.hooverGiniBySector(populations: [1, 2])
        }
    }
}
