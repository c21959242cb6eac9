/// Economic complexity of regions and sectors as ecomplexity 0.5.3 computes it (Hidalgo & Hausmann 2009,
/// PNAS 106:10570–10575; Hausmann et al. 2014, *The Atlas of Economic Complexity*).
///
/// From the regions × sectors presence matrix M (binary location quotients): diversity d = M·1, ubiquity
/// u = Mᵀ·1; K_p is the eigenvector of the second largest eigenvalue of U⁻¹MᵀD⁻¹M, K_c = D⁻¹M K_p.
/// **Sign convention (ecomplexity's):** both are multiplied by the sign of corr(d, K_c), so ECI correlates
/// positively with diversity. ECI = (K_c − mean K_c) / sd K_c and PCI = (K_p − mean K_c) / sd K_c, with the
/// population standard deviation (ddof 0) — PCI is standardised with ECI's mean and sd, as ecomplexity does.
/// Regions or sectors with zero diversity or ubiquity get NaN ECI/PCI.
///
/// kume solves the symmetric regions × regions form D^(−½)MU⁻¹MᵀD^(−½) (81 × 81 for Türkiye rather than
/// 615 × 615): it has the same non-zero eigenvalues, and K_p = U⁻¹Mᵀ v for its eigenvector v.
public struct EconomicComplexity: Sendable {
    /// Region labels, in row order.
    public let regions: [String]
    /// Sector labels, in column order.
    public let sectors: [String]
    /// Number of sectors in which each region has RCA ≥ 1.
    public let diversity: [Double]
    /// Number of regions in which each sector has RCA ≥ 1.
    public let ubiquity: [Double]
    /// Economic complexity index of each region (z-score).
    public let eci: [Double]
    /// Product (sector) complexity index of each sector, standardised with ECI's mean and sd.
    public let pci: [Double]
    /// Density ω_rs = Σ_i M_ri φ_is / Σ_i φ_is (ecomplexity's `density`).
    public let density: LabeledMatrix
    /// Complexity outlook index of each region (z-score): Σ_s ω_rs (1 − M_rs) PCI*_s, PCI* unstandardised.
    public let coi: [Double]
    /// Complexity outlook gain of each region and sector: (1 − M_rs) Σ_i (1 − M_ri) φ_is PCI*_i / Σ_k φ_ik,
    /// divided by sd(K_c).
    public let cog: LabeledMatrix

    /// Computes the complexity measures of a regions × sectors matrix with presence = (LQ ≥ 1).
    /// - Throws: ``RegionalMeasureError/emptyInput(_:)`` when fewer than two regions have any presence, or
    ///   ``RegionalMeasureError/noConvergence(_:)`` from the eigen-decomposition.
    public init(_ matrix: RegionSectorMatrix) throws(RegionalMeasureError) {
        try self.init(presence: matrix.binaryLocationQuotients())
    }

    /// Computes the complexity measures of a regions × sectors presence (0/1) matrix.
    /// - Throws: as ``init(_:)``.
    public init(presence: LabeledMatrix) throws(RegionalMeasureError) {
        let m = presence.rows.count, n = presence.columns.count
        let mcp = presence.values
        regions = presence.rows
        sectors = presence.columns
        let div = DenseKernels.rowSums(mcp, m: m, n: n)
        diversity = div
        ubiquity = DenseKernels.columnSums(mcp, m: m, n: n)
        let spectrum = try ComplexitySpectrum(presence: presence)
        let kc = spectrum.regionVector, kp = spectrum.sectorVector
        let validRegions = (0..<m).filter { div[$0] > 0 }
        let d = validRegions.map { div[$0] }, k = validRegions.map { kc[$0] }
        let sign: Double = ComplexityStatistics.pearson(d, k) < 0 ? -1 : 1
        let kcValid = k.map { $0 * sign }
        let mean = ComplexityStatistics.mean(kcValid), sd = ComplexityStatistics.populationSD(kcValid)
        let standardise: (Double) -> Double = { $0.isNaN ? .nan : ($0 * sign - mean) / sd }
        let eciValues = kc.map(standardise), pciValues = kp.map(standardise)
        eci = eciValues
        pci = pciValues
        let phi = Proximity.matrix(presence: presence)
        let pciRaw = kp.map { $0.isNaN ? 0 : $0 * sign }
        let both = Self.densityAndGain(proximity: phi.values, presence: mcp, pci: pciRaw, scale: sd, m: m, n: n)
        let omega = LabeledMatrix(validatedRows: regions, columns: sectors, values: both.density)
        let gain = both.gain
        density = omega
        let coiRaw = Self.outlook(density: omega.values, presence: mcp, pci: pciRaw, m: m, n: n)
        let coiMean = ComplexityStatistics.mean(coiRaw), coiSD = ComplexityStatistics.populationSD(coiRaw)
        coi = coiRaw.map { ($0 - coiMean) / coiSD }
        cog = LabeledMatrix(validatedRows: regions, columns: sectors, values: gain)
    }
}

extension EconomicComplexity {
    /// Σ_s ω_rs (1 − M_rs) PCI_s for each region r.
    static func outlook(density: [Double], presence: [Double], pci: [Double], m: Int, n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: m)
        density.withUnsafeBufferPointer { w in
            presence.withUnsafeBufferPointer { p in
                for r in 0..<m {
                    var sum = 0.0
                    for s in 0..<n { sum += w[r * n + s] * (1 - p[r * n + s]) * pci[s] }
                    out[r] = sum
                }
            }
        }
        return out
    }

    /// The density ω_rs = Σ_i M_ri φ_is / Σ_i φ_is (as ``RelatednessDensity/hidalgo(presence:proximity:)``)
    /// and the outlook gain (1 − M_rs) Σ_i (1 − M_ri) φ_is PCI_i / Σ_k φ_ik, divided by `scale` (as
    /// ecomplexity's `calc_coi_cog`), for the symmetric φ that ``Proximity`` gives. Both are products of M with
    /// φ's rows, plain and scaled by f_i = PCI_i / Σ_k φ_ik, and (1 − M)·W = 1·W − M·W since M is sparse where
    /// 1 − M is dense; for a 0/1 presence one pass (``SelectedRowSums``) forms both products.
    static func densityAndGain(
        proximity phi: [Double], presence mcp: [Double], pci: [Double], scale: Double, m: Int, n: Int
    ) -> (density: [Double], gain: [Double]) {
        // φ is symmetric, so its column sums are its row sums, added in the same order (and column sums
        // run across independent accumulators, four times faster than one running row sum).
        let rowTotals = DenseKernels.columnSums(phi, m: n, n: n)
        let factors = (0..<n).map { pci[$0] / rowTotals[$0] }
        var density: [Double], gain: [Double]
        if let both = SelectedRowSums.compute(mask: mcp, phi, factors: factors, m: m, k: n, n: n) {
            (density, gain) = both
        } else {
            var weighted = phi
            for i in 0..<n { for j in 0..<n { weighted[i * n + j] = factors[i] * phi[i * n + j] } }
            density = DenseKernels.multiply(mcp, phi, m: m, k: n, n: n)
            gain = DenseKernels.multiply(mcp, weighted, m: m, k: n, n: n)
        }
        // Σ_i φ_is·f_i over every sector i, in row order (the column sums of the scaled φ).
        var columnTotals = [Double](repeating: 0, count: n)
        phi.withUnsafeBufferPointer { phi in
            columnTotals.withUnsafeMutableBufferPointer { totals in
                for i in 0..<n {
                    let factor = factors[i]
                    for s in 0..<n { totals[s] += phi[i * n + s] * factor }
                }
            }
        }
        density.withUnsafeMutableBufferPointer { density in
            gain.withUnsafeMutableBufferPointer { gain in
                mcp.withUnsafeBufferPointer { mcp in
                    for r in 0..<m {
                        for s in 0..<n {
                            density[r * n + s] /= rowTotals[s]
                            gain[r * n + s] = (1 - mcp[r * n + s]) * (columnTotals[s] - gain[r * n + s]) / scale
                        }
                    }
                }
            }
        }
        return (density, gain)
    }
}

/// The second eigenpair of the complexity matrices, shared by ECI/PCI and KCI/TCI.
struct ComplexitySpectrum {
    /// The second largest eigenvalue of D⁻¹MU⁻¹Mᵀ (and of U⁻¹MᵀD⁻¹M).
    let value: Double
    /// K_c = D⁻¹M K_p (NaN for regions with zero diversity), an eigenvector of D⁻¹MU⁻¹Mᵀ.
    let regionVector: [Double]
    /// K_p = U⁻¹Mᵀ v (NaN for sectors with zero ubiquity), an eigenvector of U⁻¹MᵀD⁻¹M.
    let sectorVector: [Double]

    init(presence: LabeledMatrix) throws(RegionalMeasureError) {
        let m = presence.rows.count, n = presence.columns.count
        let mcp = presence.values
        let d = DenseKernels.rowSums(mcp, m: m, n: n), u = DenseKernels.columnSums(mcp, m: m, n: n)
        let rows = (0..<m).filter { d[$0] > 0 }, cols = (0..<n).filter { u[$0] > 0 }
        guard rows.count >= 2, cols.count >= 2 else {
            throw .emptyInput("fewer than two regions or sectors have a location quotient ≥ 1")
        }
        let mr = rows.count
        // S = B Bᵀ for B = D^(−½) M U^(−½) on the valid rows and columns: S_ab = Σ_s M_as M_bs / u_s, then
        // divided by √(d_a d_b). Summed sector by sector over the regions present in it, which touches
        // Σ_s u_s² entries instead of regions² × sectors.
        var s = [Double](repeating: 0, count: mr * mr)
        var present: [(row: Int, value: Double)] = []
        present.reserveCapacity(mr)
        for sector in cols {
            present.removeAll(keepingCapacity: true)
            for (i, r) in rows.enumerated() where mcp[r * n + sector] != 0 { present.append((i, mcp[r * n + sector])) }
            let inverse = 1 / u[sector]
            for (x, a) in present.enumerated() {
                let weighted = a.value * inverse
                for b in present[x...] { s[a.row * mr + b.row] += weighted * b.value }
            }
        }
        let rootDiversity = rows.map { d[$0].squareRoot() }
        for a in 0..<mr {
            for b in a..<mr {
                let value = s[a * mr + b] / (rootDiversity[a] * rootDiversity[b])
                s[a * mr + b] = value
                s[b * mr + a] = value
            }
        }
        let eigen = try SymmetricEigen(symmetric: s, n: mr)
        value = eigen.values[mr - 2]
        let w = eigen.vector(mr - 2)
        // v = D^(−½) w is the right eigenvector of D⁻¹MU⁻¹Mᵀ; K_p = U⁻¹Mᵀ v; K_c = D⁻¹M K_p.
        var kp = [Double](repeating: .nan, count: n)
        for s in cols {
            var sum = 0.0
            for (i, r) in rows.enumerated() { sum += mcp[r * n + s] * w[i] / d[r].squareRoot() }
            kp[s] = sum / u[s]
        }
        var kc = [Double](repeating: .nan, count: m)
        for r in rows {
            var sum = 0.0
            for s in cols { sum += mcp[r * n + s] * kp[s] }
            kc[r] = sum / d[r]
        }
        regionVector = kc
        sectorVector = kp
    }
}
