/// How co-occurrence counts are normalised into relatedness (van Eck & Waltman 2009; EconGeo `relatedness`).
///
/// With c_ij the co-occurrence (diagonal set to 0), s_i = Σ_j c_ij and t = Σ_ij c_ij:
/// - ``probability``: c_ij / (((s_i/t)(s_j/(t − s_i)) + (s_j/t)(s_i/(t − s_j))) · t/2), Steijn's
///   probability index (EconGeo's default `"prob"`); > 1 means more co-occurrence than chance.
/// - ``association``: (c_ij/t) / ((s_i/t)(s_j/t)), the association strength.
/// - ``cosine``: c_ij / √(s_i s_j).
/// - ``jaccard``: c_ij / (s_i + s_j − c_ij).
///
/// 0/0 becomes 0 and the diagonal is 0, as in EconGeo.
package enum RelatednessMethod: String, Sendable, CaseIterable {
    /// Steijn's probability index (EconGeo `"prob"`).
    case probability = "prob"
    /// Association strength.
    case association
    /// Cosine similarity.
    case cosine
    /// Jaccard index.
    case jaccard

    /// Normalises a sectors × sectors co-occurrence matrix into relatedness by this method.
    /// - Parameter coOccurrence: a square co-occurrence matrix (its diagonal is ignored).
    /// - Returns: the sectors × sectors relatedness, symmetric with a zero diagonal.
    package func relatedness(coOccurrence: LabeledMatrix) -> LabeledMatrix {
        let n = coOccurrence.rows.count
        var c = coOccurrence.values
        for i in 0..<n { c[i * n + i] = 0 }
        let s = DenseKernels.columnSums(c, m: n, n: n)
        let t = c.reduce(0, +)
        var out = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let cij = c[i * n + j]
                // EconGeo's si[i][j] is the column sum s_j, sj[i][j] the row's s_i.
                let si = s[j], sj = s[i]
                let v: Double
                switch self {
                case .probability:
                    v = cij / (((si / t) * (sj / (t - si)) + (sj / t) * (si / (t - sj))) * (t / 2))
                case .association:
                    v = (cij / t) / ((si / t) * (sj / t))
                case .cosine:
                    v = cij / (si * sj).squareRoot()
                case .jaccard:
                    v = cij / (si + sj - cij)
                }
                out[i * n + j] = v.isNaN ? 0 : v
            }
        }
        return LabeledMatrix(validatedRows: coOccurrence.rows, columns: coOccurrence.columns, values: out)
    }

    /// A relatedness matrix made 0/1 by EconGeo's documented convention: values < 1 become 0, values > 1
    /// become 1 (a value of exactly 1 stays 1).
    package static func binarised(_ relatedness: LabeledMatrix) -> LabeledMatrix {
        var out = relatedness
        for i in out.values.indices { out.values[i] = out.values[i] < 1 ? 0 : 1 }
        return out
    }
}
