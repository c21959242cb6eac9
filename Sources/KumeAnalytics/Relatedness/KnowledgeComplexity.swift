internal import KumeLAPACK

/// EconGeo 1.3's knowledge complexity: KCI and TCI by the eigenvector method, MORc and MORt by the method
/// of reflections (Hidalgo & Hausmann 2009; Balland & Rigby 2017, Econ. Geogr. 93(1):1–23).
///
/// Reproduced exactly, rounding included: EconGeo takes the second eigenvector of
/// **round(D⁻¹MU⁻¹Mᵀ, 4)** (regions; TCI: round(U⁻¹MᵀD⁻¹M, 4), sectors) and normalises it as v / Σv — not
/// a z-score, so values can be large when Σv is near 0. **Sign conventions (EconGeo's, not ecomplexity's):**
/// KCI is negated when its Pearson correlation with MORc(20 steps) is negative; TCI is negated when its
/// Spearman correlation with ubiquity is positive. On weakly nested matrices the two packages' PCI/TCI
/// signs can disagree.
package enum KnowledgeComplexity {
    /// The presence matrix's shape, diversities (row sums) and ubiquities (column sums), none of them 0.
    private static func diversityAndUbiquity(
        _ presence: LabeledMatrix
    ) throws(RegionalMeasureError) -> (m: Int, n: Int, d: [Double], u: [Double]) {
        let m = presence.rows.count, n = presence.columns.count
        let d = DenseKernels.rowSums(presence.values, m: m, n: n)
        let u = DenseKernels.columnSums(presence.values, m: m, n: n)
        guard d.allSatisfy({ $0 > 0 }), u.allSatisfy({ $0 > 0 }) else {
            throw .emptyInput("a region or sector has no location quotient ≥ 1")
        }
        return (m, n, d, u)
    }

    /// EconGeo's `KCI(mat, RCA = TRUE)`: one value per region of the presence matrix, in row order.
    /// - Parameter presence: regions × sectors 0/1 presence (binary location quotients); regions and
    ///   sectors that are all zero must have been removed (EconGeo drops them first).
    /// - Throws: ``RegionalMeasureError/emptyInput(_:)`` or ``RegionalMeasureError/noConvergence(_:)``.
    package static func kci(presence: LabeledMatrix) throws(RegionalMeasureError) -> [Double] {
        let (m, n, d, u) = try diversityAndUbiquity(presence)
        let spectrum = try ComplexitySpectrum(presence: presence)
        // round(D⁻¹ M U⁻¹ Mᵀ, 4)
        var scaled = presence.values
        for r in 0..<m { for s in 0..<n { scaled[r * n + s] /= u[s] } }
        var cc = DenseKernels.multiply(scaled, DenseKernels.transpose(presence.values, m: m, n: n), m: m, k: n, n: m)
        for r in 0..<m { for c in 0..<m { cc[r * m + c] = roundLikeR(cc[r * m + c] / d[r], digits: 4) } }
        let v = try refinedEigenvector(cc, n: m, shift: spectrum.value, start: spectrum.regionVector)
        let total = v.reduce(0, +)
        var kci = v.map { $0 / total }
        if ComplexityStatistics.pearson(kci, reflections(presence: presence, steps: 20).regions) < 0 { kci = kci.map { -$0 } }
        return kci
    }

    /// EconGeo's `TCI(mat, RCA = TRUE)`: one value per sector of the presence matrix, in column order.
    /// - Parameter presence: as for ``kci(presence:)``.
    /// - Throws: as ``kci(presence:)``.
    package static func tci(presence: LabeledMatrix) throws(RegionalMeasureError) -> [Double] {
        let (m, n, d, u) = try diversityAndUbiquity(presence)
        let spectrum = try ComplexitySpectrum(presence: presence)
        // round(U⁻¹ Mᵀ D⁻¹ M, 4)
        var scaled = presence.values
        for r in 0..<m { for s in 0..<n { scaled[r * n + s] /= d[r] } }
        var tt = DenseKernels.multiply(DenseKernels.transpose(presence.values, m: m, n: n), scaled, m: n, k: m, n: n)
        for p in 0..<n { for q in 0..<n { tt[p * n + q] = roundLikeR(tt[p * n + q] / u[p], digits: 4) } }
        let v = try refinedEigenvector(tt, n: n, shift: spectrum.value, start: spectrum.sectorVector)
        let total = v.reduce(0, +)
        var tci = v.map { $0 / total }
        if ComplexityStatistics.spearman(tci, u) > 0 { tci = tci.map { -$0 } }
        return tci
    }

    /// The eigenvector of the row-major `n × n` matrix `a` nearest `shift`, from `start`: inverse iteration
    /// with LAPACK's LU factors of A − μI, the shift moved once to the Rayleigh quotient after a few steps.
    ///
    /// EconGeo takes KCI/TCI from R's `eigen()` of a matrix rounded to 4 decimals, which is no longer
    /// symmetric (nor similar to a symmetric one). kume finds the eigenpair of the unrounded, symmetrisable
    /// matrix first (``ComplexitySpectrum``), then polishes it on the rounded matrix with this. It converges
    /// in a handful of steps when the eigenvalue is separated from its neighbours by more than the rounding
    /// moved it; a whole non-symmetric decomposition (`dgeev`, as R's `eigen()`) of the 615 × 615 sector
    /// matrix would take seconds for one vector.
    static func refinedEigenvector(
        _ a: [Double], n: Int, shift: Double, start: [Double]
    ) throws(RegionalMeasureError) -> [Double] {
        func normalised(_ x: [Double]) -> [Double] {
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? x.map { $0 / norm } : x
        }
        var x = normalised(start)
        var mu = shift
        for phase in 0..<2 {
            let lu: LUFactorization
            do { lu = try LUFactorization(a, n: n, shift: mu) } catch {
                throw .noConvergence("the rounded complexity matrix's eigenvector (\(error))")
            }
            var converged = false
            for iteration in 0..<300 {
                var y = normalised(lu.solve(x))
                if zip(y, x).reduce(0, { $0 + $1.0 * $1.1 }) < 0 { y = y.map { -$0 } }
                let change = zip(y, x).reduce(0) { max($0, abs($1.0 - $1.1)) }
                x = y
                if phase == 0, iteration >= 4 { break }
                if change < 1e-14 { converged = true; break }
            }
            if phase == 0 {
                // Rayleigh quotient xᵀAx / xᵀx (x has unit length), nudged off the eigenvalue itself.
                var q = 0.0
                for i in 0..<n { for j in 0..<n { q += x[i] * a[i * n + j] * x[j] } }
                mu = q + 1e-13 * max(abs(q), 1)
            } else if !converged {
                throw .noConvergence("inverse iteration for an eigenvector of the rounded matrix")
            }
        }
        return x
    }

    /// EconGeo's method of reflections after `steps` steps: MORc (regions) and MORt (sectors).
    ///
    /// Step 0 is diversity and ubiquity; step 1 the average ubiquity of a region's sectors (and the average
    /// diversity of a sector's regions); each later step averages the other side's previous step, and from
    /// step 3 on each step is rescaled to 0–100 ((x − min) / (max − min) · 100), as EconGeo does.
    /// EconGeo's defaults are 20 steps for `MORc` and 19 for `MORt`.
    /// - Parameters:
    ///   - presence: regions × sectors 0/1 presence without all-zero rows or columns.
    ///   - steps: the number of reflection steps (≥ 0).
    package static func reflections(presence: LabeledMatrix, steps: Int) -> (regions: [Double], sectors: [Double]) {
        let m = presence.rows.count, n = presence.columns.count
        let mat = presence.values
        let diversity = DenseKernels.rowSums(mat, m: m, n: n)
        let ubiquity = DenseKernels.columnSums(mat, m: m, n: n)
        var city = diversity, tech = ubiquity
        guard steps > 0 else { return (city, tech) }
        for step in 1...steps {
            var nextCity = [Double](repeating: 0, count: m), nextTech = [Double](repeating: 0, count: n)
            for r in 0..<m {
                var sum = 0.0
                for s in 0..<n { sum += mat[r * n + s] * (step == 1 ? ubiquity[s] : tech[s]) }
                nextCity[r] = sum / diversity[r]
            }
            for s in 0..<n {
                var sum = 0.0
                for r in 0..<m { sum += mat[r * n + s] * (step == 1 ? diversity[r] : city[r]) }
                nextTech[s] = sum / ubiquity[s]
            }
            if step >= 3 {
                nextCity = rescaled(nextCity)
                nextTech = rescaled(nextTech)
            }
            city = nextCity
            tech = nextTech
        }
        return (city, tech)
    }

    static func rescaled(_ x: [Double]) -> [Double] {
        let finite = x.filter { !$0.isNaN }
        guard let lo = finite.min(), let hi = finite.max() else { return x }
        return x.map { ($0 - lo) / (hi - lo) * 100 }
    }

    /// R ≥ 4.0's `round(x, digits)` (src/nmath/fround.c): of the two decimal neighbours
    /// xd = ⌊x·10^d⌋/10^d and xu = ⌈x·10^d⌉/10^d, the one nearer to x *as doubles*; on an exact tie the
    /// one with an even last digit. This differs from rounding x·10^d half-to-even: R rounds 13/160 to
    /// 0.0813 where the latter gives 0.0812, and EconGeo's TCI depends on it.
    static func roundLikeR(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        if x < 0 { return -roundLikeR(-x, digits: digits) }
        var pow10 = 1.0
        for _ in 0..<digits { pow10 *= 10 }
        let x10 = pow10 * x, i10 = x10.rounded(.down)
        let xd = i10 / pow10, xu = x10.rounded(.up) / pow10
        let du = xu - x, dd = x - xd
        return (dd < du || (dd == du && i10.truncatingRemainder(dividingBy: 2) == 0)) ? xd : xu
    }
}
