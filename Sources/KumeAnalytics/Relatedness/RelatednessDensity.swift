/// Relatedness density: how much of what is related to a sector a region (or a cluster) already has.
public enum RelatednessDensity {
    /// EconGeo's relatedness density, 0–100: 100 · Σ_i M_ri R_ij / Σ_i R_ij.
    ///
    /// EconGeo's `relatedness.density(mat, relatedness)` (which rounds to 2 decimals; this does not round).
    /// A sector related to nothing (a zero column of R) gets NaN.
    /// - Parameters:
    ///   - presence: regions × sectors presence (usually binary location quotients).
    ///   - relatedness: sectors × sectors relatedness, in the same sector order.
    /// - Returns: regions × sectors densities in [0, 100].
    /// - Throws: ``RegionalMeasureError/lengthMismatch(argument:expected:got:)`` when the sectors differ in number.
    public static func econGeo(
        presence: LabeledMatrix, relatedness: LabeledMatrix
    ) throws(RegionalMeasureError) -> LabeledMatrix {
        let m = presence.rows.count, n = presence.columns.count
        guard relatedness.rows.count == n, relatedness.columns.count == n else {
            throw .lengthMismatch(argument: "relatedness", expected: n, got: relatedness.rows.count)
        }
        var rel = DenseKernels.binaryRowsTimes(presence.values, relatedness.values, m: m, k: n, n: n)
            ?? DenseKernels.multiply(presence.values, relatedness.values, m: m, k: n, n: n)
        let total = DenseKernels.columnSums(relatedness.values, m: n, n: n)
        rel.withUnsafeMutableBufferPointer { x in
            total.withUnsafeBufferPointer { t in
                for r in 0..<m {
                    let row = x.baseAddress! + r * n
                    for j in 0..<n { row[j] = row[j] / t[j] * 100 }
                }
            }
        }
        return LabeledMatrix(validatedRows: presence.rows, columns: presence.columns, values: rel)
    }

    /// The relatedness density of every sector to a cluster's portfolio of sectors, 0–100:
    /// 100 · Σ_{i ∈ portfolio} R_ij / Σ_i R_ij — the EconGeo density with the portfolio as the "region".
    ///
    /// - Parameters:
    ///   - portfolio: the sector labels that make up the cluster.
    ///   - relatedness: sectors × sectors relatedness (any method, or ``Proximity``).
    /// - Returns: one density per sector of `relatedness`, in its column order (NaN for a sector related to nothing).
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` for a portfolio sector absent from the matrix.
    public static func portfolio(
        _ portfolio: [String], relatedness: LabeledMatrix
    ) throws(RegionalMeasureError) -> [Double] {
        var indicator = [Double](repeating: 0, count: relatedness.columns.count)
        for sector in portfolio {
            guard let i = relatedness.rows.firstIndex(of: sector) else { throw .unknownLabel(sector) }
            indicator[i] = 1
        }
        let presence = LabeledMatrix(validatedRows: ["portfolio"], columns: relatedness.rows, values: indicator)
        return try econGeo(presence: presence, relatedness: relatedness).values
    }

    /// ecomplexity's density (Hidalgo et al. 2007): ω_rj = Σ_i M_ri φ_ij / Σ_i φ_ij, in [0, 1].
    ///
    /// - Parameters:
    ///   - presence: regions × sectors presence (binary location quotients, ecomplexity's `mcp`).
    ///   - proximity: sectors × sectors proximity φ with its unit diagonal (``Proximity``).
    /// - Throws: ``RegionalMeasureError/lengthMismatch(argument:expected:got:)`` when the sectors differ in number.
    public static func hidalgo(
        presence: LabeledMatrix, proximity: LabeledMatrix
    ) throws(RegionalMeasureError) -> LabeledMatrix {
        let n = presence.columns.count
        guard proximity.rows.count == n, proximity.columns.count == n else {
            throw .lengthMismatch(argument: "proximity", expected: n, got: proximity.rows.count)
        }
        // ω = M · (φᵀ / rowsum(φ)) as ecomplexity's calc_density writes it. For a symmetric φ (always, from
        // ``Proximity``) that is (M · φ) with column j divided by rowsum_j, which needs no n × n temporary.
        let rowTotals = DenseKernels.rowSums(proximity.values, m: n, n: n)
        let m = presence.rows.count
        var omega: [Double]
        if DenseKernels.isSymmetric(proximity.values, n: n) {
            omega = DenseKernels.binaryRowsTimes(presence.values, proximity.values, m: m, k: n, n: n)
                ?? DenseKernels.multiply(presence.values, proximity.values, m: m, k: n, n: n)
            omega.withUnsafeMutableBufferPointer { x in
                rowTotals.withUnsafeBufferPointer { t in
                    for r in 0..<m {
                        let row = x.baseAddress! + r * n
                        for j in 0..<n { row[j] /= t[j] }
                    }
                }
            }
        } else {
            var scaled = DenseKernels.transpose(proximity.values, m: n, n: n)
            for i in 0..<n { for j in 0..<n { scaled[i * n + j] /= rowTotals[j] } }
            omega = DenseKernels.binaryRowsTimes(presence.values, scaled, m: m, k: n, n: n)
                ?? DenseKernels.multiply(presence.values, scaled, m: m, k: n, n: n)
        }
        return LabeledMatrix(validatedRows: presence.rows, columns: presence.columns, values: omega)
    }
}
