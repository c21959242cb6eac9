/// The sectors × sectors relatedness measures `kume related` offers, and the top related sectors of one.
public enum RelatedSectors {
    /// A way to measure how related two sectors are, from a regions × sectors matrix.
    public enum Method: String, Sendable, CaseIterable {
        /// Co-location proximity φ (``Proximity``).
        case proximity
        /// EconGeo's probability index on co-occurrence (``RelatednessMethod/probability``).
        case prob
        /// Association strength (``RelatednessMethod/association``).
        case association
        /// Cosine (``RelatednessMethod/cosine``).
        case cosine
        /// Jaccard (``RelatednessMethod/jaccard``).
        case jaccard
        /// Co-location correlation of location quotients (``CoLocationCorrelation``).
        case correlation
    }

    /// The sectors × sectors matrix of `method` for a regions × sectors matrix.
    public static func matrix(_ matrix: RegionSectorMatrix, method: Method) -> LabeledMatrix {
        switch method {
        case .proximity: return matrix.proximity()
        case .correlation: return CoLocationCorrelation.matrix(matrix, basis: .locationQuotient)
        case .prob, .association, .cosine, .jaccard:
            let normalisation = RelatednessMethod(rawValue: method.rawValue) ?? .probability
            return normalisation.relatedness(coOccurrence: matrix.coOccurrence(includeDiagonal: false))
        }
    }

    /// The sectors most related to `sector`, most related first (itself excluded, ties in column order).
    ///
    /// - Parameters:
    ///   - sector: a row label of `relatedness`.
    ///   - relatedness: a sectors × sectors matrix.
    ///   - top: how many to return; `nil` for all.
    /// - Returns: a table with columns `sector` and `relatedness`.
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` when `sector` is not in the matrix.
    public static func top(
        _ sector: String, in relatedness: LabeledMatrix, top: Int? = nil
    ) throws(RegionalMeasureError) -> MeasureTable {
        guard let i = relatedness.rows.firstIndex(of: sector) else { throw .unknownLabel(sector) }
        let entries = relatedness.columns.indices.filter { $0 != i }.map { j in
            (cells: [MeasureTable.Cell.text(relatedness.columns[j]), .number(relatedness[i, j])], key: relatedness[i, j])
        }
        return MeasureTable(header: ["sector", "relatedness"], rows: SectorRanking.ranked(entries, top: top))
    }
}
