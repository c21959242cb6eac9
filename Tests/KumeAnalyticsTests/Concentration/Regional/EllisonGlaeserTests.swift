import KumeAnalytics
import Testing

/// Ellison–Glaeser γ against hand calculations (Ellison & Glaeser 1997, eq. 5). Tolerance 1e-12.
@Suite("EllisonGlaeser")
struct EllisonGlaeserTests {
    @Test("A sector slightly less concentrated than its plants imply has a small negative γ")
    func handCalculationFromMatrix() throws {
        // Three regions with aggregate employment 50, 30, 20 → x = (0.5, 0.3, 0.2);
        // Σx² = 0.25 + 0.09 + 0.04 = 0.38, so 1 − Σx² = 0.62.
        // Sector S has four plants: 8 and 8 in r1, 2 in r2, 2 in r3 (total 20) → s = (0.8, 0.1, 0.1).
        // G = (0.8 − 0.5)² + (0.1 − 0.3)² + (0.1 − 0.2)² = 0.09 + 0.04 + 0.01 = 0.14.
        // H = 0.4² + 0.4² + 0.1² + 0.1² = 0.16 + 0.16 + 0.01 + 0.01 = 0.34.
        // γ = (0.14 − 0.62 · 0.34) / (0.62 · (1 − 0.34)) = (0.14 − 0.2108) / 0.4092 = −0.0708 / 0.4092
        //   = −0.173020527859237…
        let matrix = try RegionSectorMatrix(
            regions: ["r1", "r2", "r3"], sectors: ["S", "T"], rows: [[16, 34], [2, 28], [2, 18]])
        let plants = [(0, 8.0), (0, 8.0), (1, 2.0), (2, 2.0)].map { EllisonGlaeser.Plant(region: $0.0, employment: $0.1) }
        let result = try #require(try matrix.ellisonGlaeser(plantsBySector: ["S": plants])["S"])
        #expect(abs(result.rawConcentration - 0.14) < 1e-12)
        #expect(abs(result.plantHerfindahl - 0.34) < 1e-12)
        #expect(abs(result.aggregateHerfindahl - 0.38) < 1e-12)
        #expect(abs(result.gamma - (-0.0708 / 0.4092)) < 1e-12)
        #expect(abs(result.gamma + 0.173020527859237) < 1e-12)
    }

    @Test("Four equal plants all in the largest region give γ = 0.225 / 0.465")
    func concentratedSector() throws {
        // x = (0.5, 0.3, 0.2); plants 10, 10, 10, 10 all in r1 → s = (1, 0, 0).
        // G = 0.5² + 0.3² + 0.2² = 0.38; H = 4 · 0.25² = 0.25.
        // γ = (0.38 − 0.62 · 0.25) / (0.62 · 0.75) = 0.225 / 0.465 = 0.483870967741935…
        let plants = (0..<4).map { _ in EllisonGlaeser.Plant(region: 0, employment: 10) }
        let result = try EllisonGlaeser(plants: plants, aggregateShares: [0.5, 0.3, 0.2])
        #expect(abs(result.gamma - 0.225 / 0.465) < 1e-12)
    }

    @Test("A plant in a region the shares do not have is an error naming the index")
    func regionOutOfRange() {
        #expect(throws: RegionalMeasureError.regionOutOfRange(index: 3, regionCount: 3)) {
            try EllisonGlaeser(plants: [.init(region: 3, employment: 1)], aggregateShares: [0.5, 0.3, 0.2])
        }
    }
}
