import KumeData

/// The sectors × sectors relatedness measures `kume related` offers, and the top related sectors of one.
package enum RelatedSectors {
    /// A way to measure how related two sectors are, from a regions × sectors matrix.
    package enum Method: String, Sendable, CaseIterable {
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
    package static func matrix(_ matrix: RegionSectorMatrix, method: Method) -> LabeledMatrix {
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
    ///   - support: the regions each pair shares (``RelatednessSupport``), added as a `regions` column.
    ///   - top: how many to return; `nil` for all.
    /// - Returns: a table with columns `sector`, `name` (when the labels are NACE codes), `relatedness`
    ///   and, with `support`, `regions`.
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` when `sector` is not in the matrix.
    package static func top(
        _ sector: String, in relatedness: LabeledMatrix, support: RelatednessSupport? = nil, top: Int? = nil
    ) throws(RegionalMeasureError) -> MeasureTable {
        guard let i = relatedness.rows.firstIndex(of: sector) else { throw .unknownLabel(sector) }
        let names = naceNames(relatedness.columns)
        let entries = relatedness.columns.indices.filter { $0 != i }.map { j in
            var cells = [MeasureTable.Cell.text(relatedness.columns[j])]
            if let names { cells.append(.text(names[j])) }
            cells.append(.number(relatedness[i, j]))
            if let support { cells.append(.number(support.sharedRegions[i, j])) }
            return (cells: cells, key: relatedness[i, j], second: 0.0)
        }
        let header = ["sector"] + (names == nil ? [] : ["name"]) + ["relatedness"] + (support == nil ? [] : ["regions"])
        return MeasureTable(header: header, rows: SectorRanking.ranked(entries, top: top))
    }

    /// The NACE Rev.2 titles of labels that are NACE codes ("" for the others); nil when none is.
    static func naceNames(_ labels: [String]) -> [String]? {
        let names = labels.map { NaceClassification.shared.entry(for: NaceCode(canonical: $0))?.title }
        return names.contains { $0 != nil } ? names.map { $0 ?? "" } : nil
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
    package static func portfolio(
        _ portfolio: [String], in relatedness: LabeledMatrix, top: Int? = nil
    ) throws(RegionalMeasureError) -> MeasureTable {
        let density = try RelatednessDensity.portfolio(portfolio, relatedness: relatedness)
        let members = Set(portfolio)
        let names = naceNames(relatedness.columns)
        let entries = relatedness.columns.indices.filter { !members.contains(relatedness.columns[$0]) }.map { j in
            var cells = [MeasureTable.Cell.text(relatedness.columns[j])]
            if let names { cells.append(.text(names[j])) }
            cells.append(.number(density[j]))
            return (cells: cells, key: density[j], second: 0.0)
        }
        return MeasureTable(header: ["sector"] + (names == nil ? [] : ["name"]) + ["density"],
                            rows: SectorRanking.ranked(entries, top: top))
    }
}
