/// Co-location correlation of sectors: the Pearson correlation, across regions, of two sectors'
/// location quotients (or of their regional shares).
///
/// Delgado, Porter & Stern (2016, "Defining clusters of related industries", J. Econ. Geogr. 16(1):1–38,
/// section 3.1) measure inter-industry linkages by locational correlation: for industries i and j,
/// corr_r(LQ_ri, LQ_rj) over regions r (their `LC^Emp`, with employment LQs; also with establishments).
/// kume computes exactly that, on whichever values the matrix holds:
///
///   ρ_ij = Σ_r (a_ri − ā_i)(a_rj − ā_j) / √(Σ_r (a_ri − ā_i)² · Σ_r (a_rj − ā_j)²)
///
/// with a = LQ (``Basis/locationQuotient``) or a_ri = E_ri / E_i (``Basis/regionShare``). ρ_ii = 1. A sector
/// whose values are equal in every region has no defined correlation; kume reports 0 for it off the
/// diagonal. ecomplexity's continuous proximity is (1 + ρ)/2 on the LQ basis.
package enum CoLocationCorrelation {
    /// Which regional values of a sector are correlated.
    package enum Basis: String, Sendable, CaseIterable {
        /// The location quotients LQ(r, s) (Delgado, Porter & Stern's choice).
        case locationQuotient = "lq"
        /// The sector's regional shares E_rs / E_s (the same correlation as of raw employment).
        case regionShare = "share"
    }

    /// The sectors × sectors correlation matrix of a regions × sectors matrix.
    /// - Parameters:
    ///   - matrix: the regions × sectors values.
    ///   - basis: location quotients or regional shares.
    package static func matrix(_ matrix: RegionSectorMatrix, basis: Basis) -> LabeledMatrix {
        let m = matrix.regionCount, n = matrix.sectorCount
        var a: [Double]
        switch basis {
        case .locationQuotient:
            a = matrix.locationQuotients().values
        case .regionShare:
            let totals = matrix.sectorTotals
            a = matrix.values
            for r in 0..<m { for s in 0..<n { a[r * n + s] = totals[s] > 0 ? a[r * n + s] / totals[s] : 0 } }
        }
        // Centre each column and scale it to unit length; the correlation is then the Gram matrix.
        let means = DenseKernels.columnSums(a, m: m, n: n).map { $0 / Double(m) }
        for r in 0..<m { for s in 0..<n { a[r * n + s] -= means[s] } }
        var norms = [Double](repeating: 0, count: n)
        for r in 0..<m { for s in 0..<n { norms[s] += a[r * n + s] * a[r * n + s] } }
        for s in 0..<n { norms[s] = norms[s].squareRoot() }
        for r in 0..<m { for s in 0..<n { a[r * n + s] = norms[s] > 0 ? a[r * n + s] / norms[s] : 0 } }
        var rho = DenseKernels.gramOfColumns(a, rows: m, columns: n)
        for i in 0..<n { rho[i * n + i] = 1 }
        return LabeledMatrix(validatedRows: matrix.sectors, columns: matrix.sectors, values: rho)
    }
}
