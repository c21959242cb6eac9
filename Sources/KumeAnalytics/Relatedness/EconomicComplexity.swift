internal import KumeLAPACK

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
        // A 0/1 presence goes through ProximityProducts, which never forms φ; any other through φ itself.
        let byProduct = SectorPresence(values: mcp, regions: m, sectors: n)
        let div = byProduct.map { $0.diversity.map(Double.init) } ?? DenseKernels.rowSums(mcp, m: m, n: n)
        let ubi = byProduct.map { $0.ubiquity.map(Double.init) } ?? DenseKernels.columnSums(mcp, m: m, n: n)
        diversity = div
        ubiquity = ubi
        let plain = byProduct.map { ProximityProducts.compute($0, weights: nil, gram: true) }
        let spectrum = try ComplexitySpectrum(
            presence: mcp, diversity: div, ubiquity: ubi,
            regionGram: plain?.gram ?? ComplexitySpectrum.regionGram(mcp, m: m, n: n))
        let kc = spectrum.regionVector, kp = spectrum.sectorVector
        let validRegions = (0..<m).filter { div[$0] > 0 }
        let d = validRegions.map { div[$0] }, k = validRegions.map { kc[$0] }
        let sign: Double = ComplexityStatistics.pearson(d, k) < 0 ? -1 : 1
        let kcValid = k.map { $0 * sign }
        let mean = ComplexityStatistics.mean(kcValid), sd = ComplexityStatistics.populationSD(kcValid)
        let standardise: (Double) -> Double = { $0.isNaN ? .nan : ($0 * sign - mean) / sd }
        eci = kc.map(standardise)
        pci = kp.map(standardise)
        let pciRaw = kp.map { $0.isNaN ? 0 : $0 * sign }
        let both: (density: [Double], gain: [Double])
        if let byProduct, let plain {
            both = Self.densityAndGain(byProduct, plain: plain.sums, presence: mcp, pci: pciRaw, scale: sd)
        } else {
            let phi = Proximity.matrix(presence: presence)
            both = (try RelatednessDensity.hidalgo(presence: presence, proximity: phi).values,
                    Self.outlookGain(proximity: phi.values, presence: mcp, pci: pciRaw, scale: sd, m: m, n: n))
        }
        density = LabeledMatrix(validatedRows: regions, columns: sectors, values: both.density)
        let coiRaw = Self.outlook(density: both.density, presence: mcp, pci: pciRaw, m: m, n: n)
        let coiMean = ComplexityStatistics.mean(coiRaw), coiSD = ComplexityStatistics.populationSD(coiRaw)
        coi = coiRaw.map { ($0 - coiMean) / coiSD }
        cog = LabeledMatrix(validatedRows: regions, columns: sectors, values: both.gain)
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
    /// ecomplexity's `calc_coi_cog`), for a 0/1 presence: both sums come from ``ProximityProducts``, the
    /// plain one (already computed, with φ's row sums in its last column) and one with weights
    /// f_i = PCI_i / Σ_k φ_ik; (1 − M)·W = 1·W − M·W. Sectors present nowhere have φ = 0, a density of
    /// 0 / 0 and no part in any other sector's gain.
    static func densityAndGain(
        _ presence: SectorPresence, plain: [Double], presence mcp: [Double], pci: [Double], scale: Double
    ) -> (density: [Double], gain: [Double]) {
        let m = presence.regionCount, n = presence.sectorCount, width = m + 1
        let factors = (0..<n).map { presence.ubiquity[$0] > 0 ? pci[$0] / plain[$0 * width + m] : 0 }
        let scaled = ProximityProducts.compute(presence, weights: factors, gram: false).sums
        var density = [Double](repeating: 0, count: m * n), gain = [Double](repeating: 0, count: m * n)
        // Multiplied by reciprocals: within an ulp of the quotients, and 10⁵ divisions fewer.
        let inverseScale = 1 / scale
        plain.withUnsafeBufferPointer { plain in
            scaled.withUnsafeBufferPointer { scaled in
                mcp.withUnsafeBufferPointer { mcp in
                    density.withUnsafeMutableBufferPointer { density in
                        gain.withUnsafeMutableBufferPointer { gain in
                            for s in 0..<n {
                                let p = plain.baseAddress! + s * width, w = scaled.baseAddress! + s * width
                                let inverseTotal = 1 / p[m], columnTotal = w[m]
                                for r in 0..<m {
                                    density[r * n + s] = p[r] * inverseTotal
                                    gain[r * n + s] = (1 - mcp[r * n + s]) * (columnTotal - w[r]) * inverseScale
                                }
                            }
                        }
                    }
                }
            }
        }
        return (density, gain)
    }

    /// The outlook gain for a presence that is not 0/1, from φ itself: (1 − M_rs)(Σ_i f_i φ_is − (M·(f ∘ φ))_rs)
    /// / `scale` with f_i = PCI_i / Σ_k φ_ik (its density is ``RelatednessDensity/hidalgo(presence:proximity:)``).
    static func outlookGain(
        proximity phi: [Double], presence mcp: [Double], pci: [Double], scale: Double, m: Int, n: Int
    ) -> [Double] {
        // φ is symmetric, so its column sums are its row sums. A sector present nowhere (φ row of zeros)
        // takes no part in the gain, as on the 0/1 route.
        let rowTotals = DenseKernels.columnSums(phi, m: n, n: n)
        let factors = (0..<n).map { rowTotals[$0] > 0 ? pci[$0] / rowTotals[$0] : 0 }
        var weighted = phi
        for i in 0..<n { for j in 0..<n { weighted[i * n + j] = factors[i] * phi[i * n + j] } }
        var gain = DenseKernels.multiply(mcp, weighted, m: m, k: n, n: n)
        let columnTotals = DenseKernels.columnSums(weighted, m: n, n: n)
        for r in 0..<m {
            for s in 0..<n { gain[r * n + s] = (1 - mcp[r * n + s]) * (columnTotals[s] - gain[r * n + s]) / scale }
        }
        return gain
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

    /// The eigenpair of a presence matrix (0/1, or any non-negative weights).
    init(presence: LabeledMatrix) throws(RegionalMeasureError) {
        let m = presence.rows.count, n = presence.columns.count
        try self.init(presence: presence.values, diversity: DenseKernels.rowSums(presence.values, m: m, n: n),
                      ubiquity: DenseKernels.columnSums(presence.values, m: m, n: n),
                      regionGram: Self.regionGram(presence.values, m: m, n: n))
    }

    /// The regions × regions matrix Σ_s M_as M_bs / u_s over the sectors with u_s > 0, row-major `m × m`.
    /// Summed sector by sector over the regions present in it, which touches Σ_s u_s² entries instead of
    /// regions² × sectors.
    static func regionGram(_ mcp: [Double], m: Int, n: Int) -> [Double] {
        let u = DenseKernels.columnSums(mcp, m: m, n: n)
        var gram = [Double](repeating: 0, count: m * m)
        var present: [(row: Int, value: Double)] = []
        present.reserveCapacity(m)
        for sector in 0..<n where u[sector] > 0 {
            present.removeAll(keepingCapacity: true)
            for r in 0..<m where mcp[r * n + sector] != 0 { present.append((r, mcp[r * n + sector])) }
            let inverse = 1 / u[sector]
            for a in present {
                let weighted = a.value * inverse
                for b in present { gram[a.row * m + b.row] += weighted * b.value }
            }
        }
        return gram
    }

    /// The eigenpair from a row-major presence (one row per diversity, one column per ubiquity), its
    /// row sums d, column sums u and ``regionGram(_:m:n:)``.
    init(presence mcp: [Double], diversity d: [Double], ubiquity u: [Double], regionGram gram: [Double])
        throws(RegionalMeasureError) {
        let m = d.count, n = u.count
        let rows = (0..<m).filter { d[$0] > 0 }, cols = (0..<n).filter { u[$0] > 0 }
        guard rows.count >= 2, cols.count >= 2 else {
            throw .emptyInput("fewer than two regions or sectors have a location quotient ≥ 1")
        }
        let mr = rows.count
        // S = B Bᵀ for B = D^(−½) M U^(−½) on the valid rows and columns: the Gram divided by √(d_a d_b).
        // Made exactly symmetric from its upper triangle (the Gram's two halves may differ in the last bit).
        var s = [Double](repeating: 0, count: mr * mr)
        let rootDiversity = rows.map { d[$0].squareRoot() }
        for a in 0..<mr {
            for b in a..<mr {
                let value = gram[rows[a] * m + rows[b]] / (rootDiversity[a] * rootDiversity[b])
                s[a * mr + b] = value
                s[b * mr + a] = value
            }
        }
        let pair: SymmetricEigenpair
        do { pair = try SymmetricEigenpair(symmetric: s, n: mr, index: mr - 2) } catch {
            throw .noConvergence("the complexity matrix's second eigenvector (\(error))")
        }
        value = pair.value
        let w = pair.vector
        // v = D^(−½) w is the right eigenvector of D⁻¹MU⁻¹Mᵀ; K_p = U⁻¹Mᵀ v; K_c = D⁻¹M K_p.
        // Σ_r M_rs v_r is summed over the regions in row order, a whole row of M at a time.
        var sums = [Double](repeating: 0, count: n)
        mcp.withUnsafeBufferPointer { mcp in
            sums.withUnsafeMutableBufferPointer { sums in
                for (i, r) in rows.enumerated() {
                    let v = w[i] / rootDiversity[i], row = mcp.baseAddress! + r * n
                    for s in 0..<n { sums[s] += row[s] * v }
                }
            }
        }
        var kp = [Double](repeating: .nan, count: n)
        for s in cols { kp[s] = sums[s] / u[s] }
        // Σ_s M_rs K_p,s over the valid sectors, in four interleaved partial sums (a sector with zero
        // ubiquity adds 0 instead of its NaN).
        let kpValid = kp.map { $0.isNaN ? 0 : $0 }
        var kc = [Double](repeating: .nan, count: m)
        mcp.withUnsafeBufferPointer { mcp in
            for r in rows {
                let row = mcp.baseAddress! + r * n
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s = 0
                while s + 4 <= n {
                    s0 += row[s] * kpValid[s]
                    s1 += row[s + 1] * kpValid[s + 1]
                    s2 += row[s + 2] * kpValid[s + 2]
                    s3 += row[s + 3] * kpValid[s + 3]
                    s += 4
                }
                while s < n { s0 += row[s] * kpValid[s]; s += 1 }
                kc[r] = ((s0 + s1) + (s2 + s3)) / d[r]
            }
        }
        regionVector = kc
        sectorVector = kp
    }
}
