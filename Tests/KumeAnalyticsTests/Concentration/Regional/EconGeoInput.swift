import KumeAnalytics

/// EconGeo's test matrix: `set.seed(42); matrix(rnbinom(180, size = 0.5, mu = 25), 12, 15)`, regions
/// R01–R12 × industries I01–I15 (Fixtures/econgeo/econgeo_input_matrix_12x15.csv).
enum EconGeoInput {
    static func matrix() throws -> RegionSectorMatrix {
        let table = try ReferenceFixture.load("econgeo", "econgeo_input_matrix_12x15.csv")
        return try RegionSectorMatrix(
            regions: table.labels, sectors: Array(table.header.dropFirst()), values: try table.matrixValues())
    }
}
