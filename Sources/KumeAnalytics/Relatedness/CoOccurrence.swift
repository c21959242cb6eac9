/// Co-occurrence of sectors across regions: how many regions hold both sectors with RCA ≥ 1.
///
/// C = Mᵀ M for the regions × sectors presence matrix M (binary location quotients), a sectors × sectors
/// count matrix; C_ii is the ubiquity of sector i. This is EconGeo's
/// `co.occurrence(t(location.quotient(mat, binary = TRUE)), diagonal = …)` (which computes m %*% t(m) on
/// the transposed matrix) and the numerator of ecomplexity's proximity.
package enum CoOccurrence {
    /// The co-occurrence matrix of a presence matrix.
    ///
    /// - Parameters:
    ///   - presence: a regions × sectors matrix (0/1, or any non-negative weights: then Σ_r w_ri w_rj).
    ///   - includeDiagonal: keep C_ii (the ubiquity) on the diagonal, or set it to 0 as EconGeo's default
    ///     `diagonal = FALSE` does.
    /// - Returns: a sectors × sectors matrix.
    package static func matrix(presence: LabeledMatrix, includeDiagonal: Bool) -> LabeledMatrix {
        let n = presence.columns.count
        let m = presence.rows.count
        var c = DenseKernels.binaryGramOfColumns(presence.values, rows: m, columns: n)
            ?? DenseKernels.gramOfColumns(presence.values, rows: m, columns: n)
        if !includeDiagonal { for i in 0..<n { c[i * n + i] = 0 } }
        return LabeledMatrix(validatedRows: presence.columns, columns: presence.columns, values: c)
    }
}

extension RegionSectorMatrix {
    /// The sectors × sectors co-occurrence of binary location quotients (see ``CoOccurrence``).
    /// - Parameter includeDiagonal: keep each sector's ubiquity on the diagonal (EconGeo's `diagonal = TRUE`).
    public func coOccurrence(includeDiagonal: Bool) -> LabeledMatrix {
        CoOccurrence.matrix(presence: binaryLocationQuotients(), includeDiagonal: includeDiagonal)
    }
}
