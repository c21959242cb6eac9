@testable import Kume
import Testing

/// The one-pass selected-row sums against the plain row sums they replace, at a size that takes the
/// two-thread path (81 × 615 presence, 615 × 615 φ, as Türkiye's provinces × NACE classes).
@Suite("Selected row sums")
struct SelectedRowSumsTests {
    @Test("Plain and scaled sums equal binaryRowsTimes on B and on B with scaled rows, bit for bit")
    func equalsSeparateProducts() throws {
        var generator = SeededGenerator(seed: 42)
        let m = 81, n = 615
        let mask = (0..<(m * n)).map { _ in Double.random(in: 0..<1, using: &generator) < 0.25 ? 1.0 : 0.0 }
        let b = (0..<(n * n)).map { _ in Double.random(in: 0..<1, using: &generator) }
        let factors = (0..<n).map { _ in Double.random(in: -2..<2, using: &generator) }
        var scaledB = b
        for i in 0..<n { for j in 0..<n { scaledB[i * n + j] = factors[i] * b[i * n + j] } }
        let both = try #require(SelectedRowSums.compute(mask: mask, b, factors: factors, m: m, k: n, n: n))
        let plain = try #require(DenseKernels.binaryRowsTimes(mask, b, m: m, k: n, n: n))
        let scaled = try #require(DenseKernels.binaryRowsTimes(mask, scaledB, m: m, k: n, n: n))
        #expect(both.plain == plain)
        #expect(both.scaled == scaled)
        // A value other than 0 or 1 in the mask is refused.
        var other = mask
        other[7] = 0.5
        #expect(SelectedRowSums.compute(mask: other, b, factors: factors, m: m, k: n, n: n) == nil)
    }

    @Test("A presence that is not 0/1 still gives the density of RelatednessDensity.hidalgo, bit for bit")
    func weightedPresence() throws {
        var generator = SeededGenerator(seed: 7)
        let m = 9, n = 14
        let values = (0..<(m * n)).map { _ -> Double in
            let u = Double.random(in: 0..<1, using: &generator)
            return u < 0.5 ? 0 : u < 0.8 ? 1 : 0.5
        }
        let presence = try LabeledMatrix(rows: (0..<m).map { "R\($0)" }, columns: (0..<n).map { "S\($0)" },
                                         values: values)
        let complexity = try EconomicComplexity(presence: presence)
        let density = try RelatednessDensity.hidalgo(presence: presence, proximity: Proximity.matrix(presence: presence))
        #expect(complexity.density.values == density.values)
    }
}
