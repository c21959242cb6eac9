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

    /// Every sector outside a cluster's portfolio with its relatedness density to the portfolio (0–100,
    /// ``RelatednessDensity/portfolio(_:relatedness:)``), highest first: the sectors a cluster could add.
    ///
    /// - Parameters:
    ///   - portfolio: the cluster's sector labels.
    ///   - relatedness: a sectors × sectors matrix.
    ///   - top: how many to return; `nil` for all.
    /// - Returns: a table with columns `sector` and `density`.
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` for a portfolio sector not in the matrix.
    public static func portfolio(
        _ portfolio: [String], in relatedness: LabeledMatrix, top: Int? = nil
    ) throws(RegionalMeasureError) -> MeasureTable {
        let density = try RelatednessDensity.portfolio(portfolio, relatedness: relatedness)
        let members = Set(portfolio)
        let entries = relatedness.columns.indices.filter { !members.contains(relatedness.columns[$0]) }.map { j in
            (cells: [MeasureTable.Cell.text(relatedness.columns[j]), .number(density[j])], key: density[j])
        }
        return MeasureTable(header: ["sector", "density"], rows: SectorRanking.ranked(entries, top: top))
    }
}
