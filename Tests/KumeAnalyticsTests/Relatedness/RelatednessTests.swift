import Foundation
import KumeData
import KumeAnalytics
import Testing

/// Co-occurrence, relatedness and relatedness density against EconGeo 1.3 on its 12 × 15 test matrix
/// (Fixtures/econgeo). Tolerance 1e-12 relative for unrounded values; densities rounded to 2 decimals.
@Suite("Relatedness against EconGeo")
struct RelatednessTests {
    @Test("Co-occurrence of binary LQs equals EconGeo's co.occurrence, with and without the diagonal", arguments: [false, true])
    func coOccurrence(diagonal: Bool) throws {
        let c = try EconGeoInput.matrix().coOccurrence(includeDiagonal: diagonal)
        let name = "econgeo_co.occurrence_industries_diag\(diagonal ? "TRUE" : "FALSE").csv"
        let expected = try ReferenceFixture.load("econgeo", name).matrixValues()
        #expect(c.values == expected)
    }

    @Test("Relatedness equals EconGeo's relatedness for each method", arguments: RelatednessMethod.allCases)
    func relatedness(method: RelatednessMethod) throws {
        let co = try EconGeoInput.matrix().coOccurrence(includeDiagonal: false)
        let r = method.relatedness(coOccurrence: co)
        let name = method == .probability ? "prob" : method.rawValue
        let expected = try ReferenceFixture.load("econgeo", "econgeo_relatedness_\(name).csv").matrixValues()
        try #require(r.values.count == expected.count)
        for i in expected.indices { expectClose(r.values[i], expected[i], "\(name)[\(i)]") }
    }

    @Test("Binarised probability relatedness equals EconGeo's ≥ 1 convention")
    func binarised() throws {
        let co = try EconGeoInput.matrix().coOccurrence(includeDiagonal: false)
        let r = RelatednessMethod.binarised(RelatednessMethod.probability.relatedness(coOccurrence: co))
        let expected = try ReferenceFixture.load("econgeo", "econgeo_relatedness_prob_binarised.csv").matrixValues()
        #expect(r.values == expected)
    }

    @Test("Relatedness density rounded to 2 decimals equals EconGeo's, with raw and binarised relatedness")
    func density() throws {
        let matrix = try EconGeoInput.matrix()
        let presence = matrix.binaryLocationQuotients()
        let prob = RelatednessMethod.probability.relatedness(coOccurrence: matrix.coOccurrence(includeDiagonal: false))
        let cases = [
            ("econgeo_relatedness.density_LQbinary_relProb.csv", prob),
            ("econgeo_relatedness.density_LQbinary_relProbBinarised.csv", RelatednessMethod.binarised(prob)),
        ]
        for (file, relatedness) in cases {
            let density = try RelatednessDensity.econGeo(presence: presence, relatedness: relatedness)
            let expected = try ReferenceFixture.load("econgeo", file).matrixValues()
            for i in expected.indices { expectRounded(density.values[i], expected[i], digits: 2, "\(file)[\(i)]") }
        }
    }

    @Test("A cluster portfolio's density is the share of a sector's relatedness inside the portfolio")
    func portfolio() throws {
        // Relatedness of sector c: 0.5 to a, 0.25 to b, 0.25 to d (column sum 1). A portfolio {a, b}
        // holds 0.75 of it → 75. Sector a: related 0.5 to c, 0.5 to b; the portfolio {a, b} holds b's
        // 0.5 of a total 1.0 → 50 (a's own diagonal is 0).
        let labels = ["a", "b", "c", "d"]
        let r = try LabeledMatrix(rows: labels, columns: labels, values: [
            0, 0.5, 0.5, 0,
            0.5, 0, 0.25, 0,
            0.5, 0.25, 0, 0.25,
            0, 0, 0.25, 0,
        ])
        let density = try RelatednessDensity.portfolio(["a", "b"], relatedness: r)
        #expect(abs(density[2] - 75) < 1e-12)
        #expect(abs(density[0] - 50) < 1e-12)
        #expect(abs(density[3] - 0) < 1e-12)
        #expect(throws: RegionalMeasureError.unknownLabel("z")) {
            try RelatednessDensity.portfolio(["z"], relatedness: r)
        }
    }

    @Test("Diversity and ubiquity equal EconGeo's diversity and ubiquity with RCA")
    func diversityUbiquity() throws {
        let complexity = try EconomicComplexity(try EconGeoInput.matrix())
        let diversity = try ReferenceFixture.load("econgeo", "econgeo_diversity_RCA_by_region.csv").column("diversity")
        let ubiquity = try ReferenceFixture.load("econgeo", "econgeo_ubiquity_RCA_by_industry.csv").column("ubiquity")
        #expect(complexity.diversity == diversity)
        #expect(complexity.ubiquity == ubiquity)
    }

    @Test("NACE taxonomy relatedness follows the documented scale")
    func taxonomy() {
        func r(_ a: String, _ b: String) -> Double {
            NaceTaxonomy.relatedness(NaceCode(canonical: a), NaceCode(canonical: b))
        }
        #expect(r("29.10", "29.10") == 1)
        #expect(r("25.71", "25.72") == 0.75)
        #expect(r("29.10", "29.32") == 0.5)
        #expect(r("29.10", "22.19") == 0.25)
        #expect(r("29.10", "46.90") == 0)
        #expect(r("29", "29.10") == 0.5)
        #expect(r("C", "29.10") == 0.25)
        #expect(NaceTaxonomy.section(ofDivision: 35) == "D")
        #expect(NaceTaxonomy.section(ofDivision: 34) == nil)
        let m = NaceTaxonomy.matrix(["29.10", "29.32"].map { NaceCode(canonical: $0) })
        #expect(m.values == [1, 0.5, 0.5, 1])
    }
}

@Suite("CoLocationCorrelation")
struct CoLocationCorrelationTests {
    @Test("Regional shares that move together correlate 1, opposite ones −1, a flat sector 0")
    func handCalculation() throws {
        // Sectors over three regions: A (1, 2, 3) and B (2, 4, 6) have the same shares (1/6, 2/6, 3/6),
        // so ρ_AB = 1; C (3, 2, 1) has them reversed, so ρ_AC = −1; D (5, 5, 5) is flat: no correlation,
        // reported as 0 (its diagonal stays 1).
        let matrix = try RegionSectorMatrix(
            regions: ["r1", "r2", "r3"], sectors: ["A", "B", "C", "D"],
            rows: [[1, 2, 3, 5], [2, 4, 2, 5], [3, 6, 1, 5]])
        let rho = CoLocationCorrelation.matrix(matrix, basis: .regionShare)
        #expect(abs(rho[0, 1] - 1) < 1e-12)
        #expect(abs(rho[0, 2] + 1) < 1e-12)
        #expect(rho[0, 3] == 0)
        #expect(rho[3, 3] == 1)
    }
}
