import Foundation
import KumeData

extension SectorRanking {
    /// What a ranking is computed from: the regions × sectors matrix and, from a registry, the firm counts
    /// of the same cells and each sector's plants.
    public struct Input: Sendable {
        /// The values (employment or firm counts).
        public var matrix: RegionSectorMatrix
        /// The firm counts of the same cells, when known (from a registry); nil for an aggregated table.
        public var firmCounts: RegionSectorMatrix?
        /// Each sector's plants (region row, employment), for Ellison–Glaeser γ.
        public var plantsBySector: [String: [EllisonGlaeser.Plant]]
        /// Whether the values are employment (so `minimumEmployment` applies to them).
        public var valuesAreEmployment: Bool

        /// Creates the input; see the properties for their meaning.
        public init(matrix: RegionSectorMatrix, firmCounts: RegionSectorMatrix? = nil,
                    plantsBySector: [String: [EllisonGlaeser.Plant]] = [:], valuesAreEmployment: Bool = true) {
            self.matrix = matrix
            self.firmCounts = firmCounts
            self.plantsBySector = plantsBySector
            self.valuesAreEmployment = valuesAreEmployment
        }
    }

    /// The thresholds and filters of a ranking, with the documented defaults of `kume rank`.
    public struct Settings: Sendable {
        /// The default fewest firms: of a sector for the per-sector measures, of a region × sector cell for
        /// LQ rows and star ratings. Ten firms keep one large firm, or a handful, from topping a ranking.
        public static let defaultMinimumFirms = 10
        /// The default least employment of a region × sector cell for LQ rows and star ratings (persons).
        public static let defaultMinimumEmployment = 100.0

        /// Sectors (cells) with fewer firms are left out; applied only when firm counts are known.
        public var minimumFirms: Int
        /// LQ and star cells with less employment are left out; applied only when the values are employment.
        public var minimumEmployment: Double
        /// Only this sector's rows; nil for all.
        public var sector: String?
        /// At most this many rows; nil for all.
        public var top: Int?

        /// Creates the settings; see the properties for their meaning.
        public init(minimumFirms: Int = defaultMinimumFirms, minimumEmployment: Double = defaultMinimumEmployment,
                    sector: String? = nil, top: Int? = nil) {
            self.minimumFirms = minimumFirms
            self.minimumEmployment = minimumEmployment
            self.sector = sector
            self.top = top
        }
    }

    /// A ranking with minimum counts, the firm count beside each value and NACE names.
    ///
    /// Rows: for ``Measure/lq`` and ``Measure/stars`` the region × sector cells with at least
    /// `minimumFirms` firms and `minimumEmployment` employment (where known); for the other measures the
    /// sectors with at least `minimumFirms` firms. A `name` column gives the NACE Rev.2 title of sector
    /// labels that are NACE codes; a `firms` column the firm count when it is known.
    /// - Parameters:
    ///   - input: the matrix, firm counts and plants.
    ///   - measure: the measure.
    ///   - settings: thresholds, sector filter and row limit.
    /// - Returns: the table and how many rows the thresholds left out.
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` for a `sector` not in the matrix, and the
    ///   measure's errors.
    package static func table(_ input: Input, measure: Measure, settings: Settings) throws(RegionalMeasureError)
        -> (table: MeasureTable, leftOut: Int) {
        let matrix = input.matrix
        if let sector = settings.sector, matrix.sectorIndex(of: sector) == nil { throw .unknownLabel(sector) }
        let names = matrix.sectors.map { NaceClassification.shared.entry(for: NaceCode(canonical: $0))?.title }
        let named = names.contains { $0 != nil }
        let counted = input.firmCounts != nil
        func lead(_ s: Int) -> [MeasureTable.Cell] {
            [.text(matrix.sectors[s])] + (named ? [.text(names[s] ?? "")] : [])
        }
        func wanted(_ s: Int) -> Bool { settings.sector.map { matrix.sectors[s] == $0 } ?? true }
        var entries: [(cells: [MeasureTable.Cell], key: Double, second: Double)] = []
        var leftOut = 0
        let sectorFirms = input.firmCounts?.sectorTotals
        switch measure {
        case .lq, .stars:
            let lq = matrix.locationQuotients()
            let stars = measure == .stars ? StarRating(matrix, locationQuotients: lq) : nil
            for r in 0..<matrix.regionCount {
                for s in 0..<matrix.sectorCount where matrix[r, s] > 0 && wanted(s) {
                    let firms = input.firmCounts?[r, s]
                    if let firms, firms < Double(settings.minimumFirms) { leftOut += 1; continue }
                    if input.valuesAreEmployment, matrix[r, s] < settings.minimumEmployment { leftOut += 1; continue }
                    var cells: [MeasureTable.Cell] = [.text(matrix.regions[r])] + lead(s)
                    var key = lq[r, s]
                    if let stars {
                        let rating = stars.rating(region: r, sector: s)
                        guard rating.stars > 0 else { continue }
                        cells += [.number(Double(rating.stars)), .text(rating.size ? "yes" : "no"),
                                  .text(rating.specialisation ? "yes" : "no"), .text(rating.focus ? "yes" : "no")]
                        key = Double(rating.stars)
                    }
                    cells.append(.number(lq[r, s]))
                    if let firms { cells.append(.number(firms)) }
                    cells.append(.number(matrix[r, s]))
                    entries.append((cells, key, lq[r, s]))
                }
            }
            let header = ["region", "sector"] + (named ? ["name"] : [])
                + (measure == .stars ? ["stars", "size", "specialisation", "focus"] : []) + ["lq"]
                + (counted ? ["firms"] : []) + ["value"]
            return (MeasureTable(header: header, rows: ranked(entries, top: settings.top)), leftOut)
        case .eg:
            let grand = matrix.total
            guard grand > 0 else { throw .emptyInput("the matrix is all zero") }
            let shares = matrix.regionTotals.map { $0 / grand }
            let totals = matrix.sectorTotals
            for (s, sector) in matrix.sectors.enumerated() where wanted(s) {
                guard let plants = input.plantsBySector[sector] else { continue }
                if let sectorFirms, sectorFirms[s] < Double(settings.minimumFirms) { leftOut += 1; continue }
                // A sector whose plants have no employment has no γ.
                guard let eg = try? EllisonGlaeser(plants: plants, aggregateShares: shares) else { continue }
                entries.append((lead(s) + [.number(eg.gamma), .number(eg.rawConcentration), .number(eg.plantHerfindahl),
                                           .number(Double(plants.count)), .number(totals[s])], eg.gamma, 0))
            }
            let header = ["sector"] + (named ? ["name"] : []) + ["gamma", "G", "H", "plants", "total"]
            return (MeasureTable(header: header, rows: ranked(entries, top: settings.top)), leftOut)
        case .herfindahl, .gini, .locationalGini, .hoover:
            let values: [Double]
            switch measure {
            case .herfindahl: values = matrix.herfindahlBySector()
            case .gini: values = matrix.giniBySector()
            case .locationalGini: values = matrix.locationalGiniBySector()
            default: values = try matrix.hooverIndexPercentBySector(populations: matrix.regionTotals)
            }
            let totals = matrix.sectorTotals
            for s in 0..<matrix.sectorCount where wanted(s) {
                if let sectorFirms, sectorFirms[s] < Double(settings.minimumFirms) { leftOut += 1; continue }
                entries.append((lead(s) + [.number(values[s])] + (sectorFirms.map { [.number($0[s])] } ?? [])
                                    + [.number(totals[s])], values[s], 0))
            }
            let header = ["sector"] + (named ? ["name"] : []) + [measure.rawValue] + (counted ? ["firms"] : []) + ["total"]
            return (MeasureTable(header: header, rows: ranked(entries, top: settings.top)), leftOut)
        }
    }

    /// Highest key first, then highest second key, then input order; NaN last. Every ranked table of
    /// kume (sector rankings, related sectors) is ordered by it.
    static func ranked(_ entries: [(cells: [MeasureTable.Cell], key: Double, second: Double)], top: Int?)
        -> [[MeasureTable.Cell]] {
        let order = entries.indices.sorted { i, j in
            let a = entries[i], b = entries[j]
            if a.key.isNaN != b.key.isNaN { return b.key.isNaN }
            if a.key != b.key, !a.key.isNaN { return a.key > b.key }
            if a.second != b.second, !a.second.isNaN, !b.second.isNaN { return a.second > b.second }
            return i < j
        }
        return order.prefix(top ?? order.count).map { entries[$0].cells }
    }
}
