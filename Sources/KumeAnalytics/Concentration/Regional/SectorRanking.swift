/// Ranks the sectors of a ``RegionSectorMatrix`` (or, for location quotients, its region × sector pairs)
/// by one concentration measure, most concentrated first. This is the work behind `kume rank`.
public enum SectorRanking {
    /// The measure to rank by.
    public enum Measure: String, Sendable, CaseIterable {
        /// Ellison–Glaeser γ (needs plants; ``RegionSectorMatrix/ellisonGlaeser(plantsBySector:)``; from a
        /// registry, each firm is a plant). The default of `kume rank`: it discounts the concentration that
        /// a few plants would show by chance, so small sectors cannot dominate.
        case eg
        /// Location quotient of each region × sector pair (``RegionSectorMatrix/locationQuotients()``).
        case lq
        /// Herfindahl of each sector over regions (``RegionSectorMatrix/herfindahlBySector()``).
        case herfindahl
        /// Gini of each sector across regions (``RegionSectorMatrix/giniBySector()``).
        case gini
        /// Locational Gini (``RegionSectorMatrix/locationalGiniBySector()``).
        case locationalGini = "locational-gini"
        /// Hoover index in percent against each region's total employment in the matrix.
        case hoover
        /// The European Cluster Observatory's star rating of each region × sector cell (``StarRating``).
        case stars

        /// The measure named `text`, in any letter case (`LQ`, `Locational-Gini`).
        public init?(name text: String) {
            self.init(rawValue: text.lowercased())
        }
    }

    /// The ranking as a table, highest value first (ties in input order), cut to `top` rows.
    ///
    /// - Parameters:
    ///   - matrix: the regions × sectors matrix.
    ///   - measure: the measure.
    ///   - plantsBySector: plants per sector, needed for ``Measure/eg`` only.
    ///   - top: keep only the first `top` rows; `nil` keeps all.
    /// - Throws: ``RegionalMeasureError`` from the measure (for example a plant outside the regions).
    public static func table(
        _ matrix: RegionSectorMatrix, measure: Measure,
        plantsBySector: [String: [EllisonGlaeser.Plant]] = [:], top: Int? = nil
    ) throws(RegionalMeasureError) -> MeasureTable {
        var entries: [(cells: [MeasureTable.Cell], key: Double)] = []
        let totals = matrix.sectorTotals
        switch measure {
        case .stars:
            return try table(Input(matrix: matrix, valuesAreEmployment: false), measure: .stars,
                             settings: Settings(minimumFirms: 0, minimumEmployment: 0, top: top)).table
        case .lq:
            let lq = matrix.locationQuotients()
            for r in 0..<matrix.regionCount {
                for s in 0..<matrix.sectorCount where matrix[r, s] > 0 {
                    entries.append(([.text(matrix.regions[r]), .text(matrix.sectors[s]), .number(lq[r, s]),
                                     .number(matrix[r, s])], lq[r, s]))
                }
            }
            return MeasureTable(header: ["region", "sector", "lq", "value"], rows: ranked(entries, top: top))
        case .eg:
            let results = try matrix.ellisonGlaeser(plantsBySector: plantsBySector)
            for (s, sector) in matrix.sectors.enumerated() {
                guard let eg = results[sector] else { continue }
                entries.append(([.text(sector), .number(eg.gamma), .number(eg.rawConcentration),
                                 .number(eg.plantHerfindahl), .number(totals[s])], eg.gamma))
            }
            return MeasureTable(header: ["sector", "gamma", "G", "H", "total"], rows: ranked(entries, top: top))
        case .herfindahl, .gini, .locationalGini, .hoover:
            let values: [Double]
            switch measure {
            case .herfindahl: values = matrix.herfindahlBySector()
            case .gini: values = matrix.giniBySector()
            case .locationalGini: values = matrix.locationalGiniBySector()
            default: values = try matrix.hooverIndexPercentBySector(populations: matrix.regionTotals)
            }
            for (s, sector) in matrix.sectors.enumerated() {
                entries.append(([.text(sector), .number(values[s]), .number(totals[s])], values[s]))
            }
            return MeasureTable(header: ["sector", measure.rawValue, "total"], rows: ranked(entries, top: top))
        }
    }

    static func ranked(_ entries: [(cells: [MeasureTable.Cell], key: Double)], top: Int?) -> [[MeasureTable.Cell]] {
        let order = entries.indices.sorted { i, j in
            let a = entries[i].key, b = entries[j].key
            if a.isNaN != b.isNaN { return b.isNaN }
            return a > b || (a == b && i < j) || (a.isNaN && b.isNaN && i < j)
        }
        return order.prefix(top ?? order.count).map { entries[$0].cells }
    }
}
