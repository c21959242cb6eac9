import Foundation
@testable import KumeAnalytics
import KumeLAPACK
import Testing

/// The kernels behind proximity and economic complexity (BinaryProximity, SectorPresence, ProximityProducts,
/// the one-eigenpair solver) against their definitions written out here, at the sizes that take the
/// threaded paths (81 × 615, Türkiye's provinces × NACE classes) and at small and odd sizes.
@Suite("Complexity kernels against their definitions")
struct ComplexityKernelsTests {
    /// A random 0/1 presence with about a quarter ones, one region and one sector empty.
    static func presence(_ m: Int, _ n: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        var values = (0..<(m * n)).map { _ in Double.random(in: 0..<1, using: &generator) < 0.25 ? 1.0 : 0.0 }
        if m > 2 { for s in 0..<n { values[(m / 2) * n + s] = 0 } }
        if n > 2 { for r in 0..<m { values[r * n + n / 3] = 0 } }
        return values
    }

    /// φ by its definition: C_ij = Σ_r M_ri M_rj, φ_ij = C_ij / max(C_ii, C_jj), 0 where both are 0.
    static func definitionPhi(_ a: [Double], _ m: Int, _ n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: n * n)
        for r in 0..<m { for i in 0..<n where a[r * n + i] == 1 { for j in 0..<n { c[i * n + j] += a[r * n + j] } } }
        var phi = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                let d = max(c[i * n + i], c[j * n + j])
                phi[i * n + j] = d == 0 ? 0 : c[i * n + j] / d
            }
        }
        return phi
    }

    static func labeled(_ a: [Double], _ m: Int, _ n: Int) throws -> LabeledMatrix {
        try LabeledMatrix(rows: (0..<m).map { "R\($0)" }, columns: (0..<n).map { "S\($0)" }, values: a)
    }

    @Test("Proximity equals C_ij / max(u_i, u_j) bit for bit, at sizes from 0 × 0 to 255 × 615", arguments: [
        (0, 0), (1, 1), (3, 1), (5, 17), (12, 33), (40, 150), (81, 615), (255, 70),
    ])
    func proximityDefinition(size: (Int, Int)) throws {
        let (m, n) = size
        let a = Self.presence(m, n, seed: UInt64(m * 1000 + n))
        let phi = try #require(BinaryProximity.matrix(a, regions: m, sectors: n))
        #expect(phi == Self.definitionPhi(a, m, n))
        #expect(Proximity.matrix(presence: try Self.labeled(a, m, n)).values == phi)
    }

    @Test("More than 255 regions, or a value other than 0/1, leave the byte route for the general one")
    func proximityFallback() throws {
        let tall = Self.presence(256, 20, seed: 3)
        #expect(BinaryProximity.matrix(tall, regions: 256, sectors: 20) == nil)
        #expect(Proximity.matrix(presence: try Self.labeled(tall, 256, 20)).values == Self.definitionPhi(tall, 256, 20))
        var other = Self.presence(10, 20, seed: 4)
        other[37] = 0.5
        #expect(BinaryProximity.matrix(other, regions: 10, sectors: 20) == nil)
        #expect(SectorPresence(values: other, regions: 10, sectors: 20) == nil)
    }

    @Test("SectorPresence lists each sector's regions, ubiquity, diversity and groups by ubiquity")
    func sectorPresence() throws {
        let m = 9, n = 14
        let a = Self.presence(m, n, seed: 11)
        let p = try #require(SectorPresence(values: a, regions: m, sectors: n))
        for s in 0..<n {
            let expected = (0..<m).filter { a[$0 * n + s] == 1 }
            #expect(Array(p.regions[p.offsets[s]..<p.offsets[s + 1]]) == expected)
            #expect(p.ubiquity[s] == expected.count)
        }
        for r in 0..<m { #expect(p.diversity[r] == (0..<n).filter { a[r * n + $0] == 1 }.count) }
        let sizes = p.groups.map(\.ubiquity)
        #expect(sizes == Set(p.ubiquity.filter { $0 > 0 }).sorted(by: >))
        for group in p.groups { #expect(group.sectors == (0..<n).filter { p.ubiquity[$0] == group.ubiquity }) }
    }

    @Test("ProximityProducts equal Σ_i w_i M_ri φ_is, φ's row sums and Σ_i M_qi M_ri / u_i", arguments: [
        (9, 14), (81, 615),
    ])
    func proximityProducts(size: (Int, Int)) throws {
        let (m, n) = size
        let a = Self.presence(m, n, seed: UInt64(7 + m))
        let phi = Self.definitionPhi(a, m, n)
        var generator = SeededGenerator(seed: 5)
        let w = (0..<n).map { _ in Double.random(in: -2..<2, using: &generator) }
        let p = try #require(SectorPresence(values: a, regions: m, sectors: n))
        let weighted = ProximityProducts.compute(p, weights: w, gram: false)
        let plain = ProximityProducts.compute(p, weights: nil, gram: true)
        let width = m + 1
        for s in 0..<n {
            for r in 0...m {
                var sum = 0.0, plainSum = 0.0
                for i in 0..<n where r == m || a[r * n + i] == 1 {
                    sum += w[i] * phi[i * n + s]
                    plainSum += phi[i * n + s]
                }
                expectClose(weighted.sums[s * width + r], sum, "Σ w M φ at r \(r), s \(s)")
                expectClose(plain.sums[s * width + r], plainSum, "Σ M φ at r \(r), s \(s)")
            }
        }
        for q in 0..<m {
            for r in 0..<m {
                var sum = 0.0
                for s in 0..<n where a[q * n + s] == 1 && a[r * n + s] == 1 {
                    sum += 1 / Double((0..<m).filter { a[$0 * n + s] == 1 }.count)
                }
                expectClose(plain.gram[q * m + r], sum, "gram \(q) \(r)")
            }
        }
    }

    @Test("Density and outlook gain through ProximityProducts equal the products with φ itself")
    func densityAndGainRoutes() throws {
        let m = 81, n = 615
        let a = Self.presence(m, n, seed: 2026)
        var generator = SeededGenerator(seed: 9)
        let pci = (0..<n).map { _ in Double.random(in: -3..<3, using: &generator) }
        let p = try #require(SectorPresence(values: a, regions: m, sectors: n))
        let plain = ProximityProducts.compute(p, weights: nil, gram: false)
        let fast = EconomicComplexity.densityAndGain(p, plain: plain.sums, presence: a, pci: pci, scale: 0.7)
        let phi = Self.definitionPhi(a, m, n)
        let direct = (
            density: try RelatednessDensity.hidalgo(
                presence: try Self.labeled(a, m, n), proximity: try Self.labeled(phi, n, n)).values,
            gain: EconomicComplexity.outlookGain(proximity: phi, presence: a, pci: pci, scale: 0.7, m: m, n: n))
        for r in 0..<m {
            for s in 0..<n {
                expectClose(fast.density[r * n + s], direct.density[r * n + s], "density \(r) \(s)")
                expectClose(fast.gain[r * n + s], direct.gain[r * n + s], "gain \(r) \(s)")
            }
        }
        // The empty sector has a density of 0/0 and a gain of 0 on both routes; no other value is NaN.
        #expect(fast.density[n / 3].isNaN && direct.density[n / 3].isNaN)
        #expect(fast.gain.allSatisfy { !$0.isNaN } && direct.gain.allSatisfy { !$0.isNaN })
    }

    @Test("A presence that is not 0/1 still gives the density of RelatednessDensity.hidalgo, bit for bit")
    func weightedPresence() throws {
        var generator = SeededGenerator(seed: 7)
        let m = 9, n = 14
        let values = (0..<(m * n)).map { _ -> Double in
            let u = Double.random(in: 0..<1, using: &generator)
            return u < 0.5 ? 0 : u < 0.8 ? 1 : 0.5
        }
        let presence = try Self.labeled(values, m, n)
        let complexity = try EconomicComplexity(presence: presence)
        let density = try RelatednessDensity.hidalgo(presence: presence, proximity: Proximity.matrix(presence: presence))
        #expect(complexity.density.values == density.values)
    }
}

/// LAPACK's one eigenpair (``SymmetricEigenpair``, `dsyevr`) against the full decomposition
/// (``ReferenceSymmetricEigen``) and against hand calculations.
@Suite("One eigenpair of a symmetric matrix")
struct SymmetricEigenpairTests {
    static func symmetric(_ n: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in i..<n {
                let v = Double.random(in: -1..<1, using: &generator)
                a[i * n + j] = v
                a[j * n + i] = v
            }
        }
        return a
    }

    @Test("Every eigenpair equals the full decomposition's (vectors up to sign)", arguments: [1, 2, 5, 30, 81])
    func againstFullDecomposition(n: Int) throws {
        let a = Self.symmetric(n, seed: UInt64(n))
        let full = try ReferenceSymmetricEigen(symmetric: a, n: n)
        #expect(full.values.count == n)
        for index in 0..<n {
            let pair = try SymmetricEigenpair(symmetric: a, n: n, index: index)
            expectClose(pair.value, full.values[index], relative: 1e-13, "λ[\(index)] of \(n)")
            let reference = full.vector(index)
            try #require(pair.vector.count == n && reference.count == n)
            let sign: Double = zip(pair.vector, reference).reduce(0) { $0 + $1.0 * $1.1 } < 0 ? -1 : 1
            for k in 0..<n { expectClose(sign * pair.vector[k], reference[k], relative: 1e-9, "x[\(k)] of λ[\(index)]") }
        }
    }

    @Test("Hand calculations: [[2, 1], [1, 2]], diag(3, 1, 2) and a repeated eigenvalue")
    func handCalculations() throws {
        // [[2, 1], [1, 2]]: λ = 1 with (1, −1)/√2, λ = 3 with (1, 1)/√2.
        let low = try SymmetricEigenpair(symmetric: [2, 1, 1, 2], n: 2, index: 0)
        expectClose(low.value, 1, relative: 1e-15, "λ₀")
        expectClose(abs(low.vector[0]), 0.5.squareRoot(), relative: 1e-14, "|x₀|")
        expectClose(low.vector[0] + low.vector[1], 0, relative: 1e-14, "x₀ + x₁")
        let high = try SymmetricEigenpair(symmetric: [2, 1, 1, 2], n: 2, index: 1)
        expectClose(high.value, 3, relative: 1e-15, "λ₁")
        expectClose(high.vector[0] - high.vector[1], 0, relative: 1e-14, "x₀ − x₁")
        // diag(3, 1, 2): the middle eigenvalue 2 belongs to the third unit vector.
        let middle = try SymmetricEigenpair(symmetric: [3, 0, 0, 0, 1, 0, 0, 0, 2], n: 3, index: 1)
        expectClose(middle.value, 2, relative: 1e-15, "λ")
        expectClose(abs(middle.vector[2]), 1, relative: 1e-14, "x₂")
        expectClose(middle.vector[0], 0, relative: 1e-14, "x₀")
        // 2I + e eᵀ/4 in four dimensions: 2 three times, then 3; any unit vector ⊥ e is an eigenvector of 2.
        let n = 4
        var a = [Double](repeating: 0.25, count: n * n)
        for i in 0..<n { a[i * n + i] += 2 }
        let repeated = try SymmetricEigenpair(symmetric: a, n: n, index: 2)
        expectClose(repeated.value, 2, relative: 1e-14, "repeated λ")
        expectClose(repeated.vector.reduce(0, +), 0, relative: 1e-12, "x ⊥ e")
        expectClose(repeated.vector.reduce(0) { $0 + $1 * $1 }, 1, relative: 1e-14, "|x|²")
    }
}

/// LAPACK's LU solve of a shifted general matrix (``LUFactorization``), by hand.
@Suite("LU factors of a shifted matrix")
struct LUFactorizationTests {
    @Test("A non-symmetric system solved in row-major order, shifted and not")
    func solvesRowMajorSystems() throws {
        // [[1, 2], [3, 4]] x = (5, 6): x = (−4, 4.5). Shifted by 1: [[0, 2], [3, 3]] x = (2, 9): x = (2, 1).
        let a: [Double] = [1, 2, 3, 4]
        let plain = try LUFactorization(a, n: 2, shift: 0).solve([5, 6])
        expectClose(plain[0], -4, relative: 1e-15, "x₀")
        expectClose(plain[1], 4.5, relative: 1e-15, "x₁")
        let shifted = try LUFactorization(a, n: 2, shift: 1).solve([2, 9])
        expectClose(shifted[0], 2, relative: 1e-15, "x₀ shifted")
        expectClose(shifted[1], 1, relative: 1e-15, "x₁ shifted")
    }

    @Test("A shift on an eigenvalue grows the solve along its eigenvector instead of dividing by zero")
    func singularShift() throws {
        // [[2, 1], [1, 2]] − 3I is singular; its null space is (1, 1).
        let x = try LUFactorization([2, 1, 1, 2], n: 2, shift: 3).solve([1, 0])
        #expect(x.allSatisfy { $0.isFinite })
        expectClose(x[0] / x[1], 1, relative: 1e-12, "x₀ / x₁")
        #expect(abs(x[0]) > 1e100)
    }
}
