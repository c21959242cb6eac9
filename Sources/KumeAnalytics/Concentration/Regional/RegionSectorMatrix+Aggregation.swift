import KumeData

extension RegionSectorMatrix {
    /// What each firm contributes to its region and sector cell.
    package enum Weighting: String, Sendable, CaseIterable {
        /// The firm's employment (persons).
        case employment
        /// One per firm (firm counts).
        case firms
    }

    /// The sector label of a code at a level: its section letter, or the code truncated to the level.
    static func sectorLabel(_ code: NaceCode, level: NaceCode.Level) -> String? {
        level == .section ? NaceTaxonomy.section(of: code) : code.truncated(to: level)?.code
    }

    /// A matrix aggregated from firms, with what the aggregation had to leave out.
    package struct Aggregation: Sendable {
        /// Regions (sorted) × sectors (NACE codes at the chosen level, sorted).
        package var matrix: RegionSectorMatrix
        /// Firms counted as 0 because their employment was unknown (only with ``Weighting/employment``).
        package var firmsWithoutEmployment: Int
        /// Firms left out because their code has no section at the chosen level (unknown division).
        package var firmsWithoutSector: Int
    }

    /// Aggregates firms into a regions × sectors matrix (the registry → matrix step of `kume rank`).
    ///
    /// - Parameters:
    ///   - regions: each firm's region label (a province, for instance).
    ///   - naceCodes: each firm's NACE code; truncated to `level` (a section is found from the division).
    ///   - employment: each firm's employment in persons, `nil` where unknown; ignored for ``Weighting/firms``.
    ///   - level: the NACE level of the sectors (section, division, group or class).
    ///   - weighting: employment or firm counts.
    /// - Throws: ``RegionalMeasureError/lengthMismatch(argument:expected:got:)`` when the arrays differ in
    ///   length, ``RegionalMeasureError/invalidValue(region:sector:value:)`` for a negative employment.
    package static func aggregating(
        regions: [String], naceCodes: [NaceCode], employment: [Double?],
        level: NaceCode.Level, weighting: Weighting
    ) throws(RegionalMeasureError) -> Aggregation {
        guard naceCodes.count == regions.count else {
            throw .lengthMismatch(argument: "naceCodes", expected: regions.count, got: naceCodes.count)
        }
        if weighting == .employment, employment.count != regions.count {
            throw .lengthMismatch(argument: "employment", expected: regions.count, got: employment.count)
        }
        var cells: [String: [String: Double]] = [:]
        var sectorSet = Set<String>()
        var withoutEmployment = 0, withoutSector = 0
        for i in regions.indices {
            guard let sector = sectorLabel(naceCodes[i], level: level) else { withoutSector += 1; continue }
            var weight = 1.0
            if weighting == .employment {
                if let e = employment[i] {
                    guard e >= 0, e.isFinite else { throw .invalidValue(region: regions[i], sector: sector, value: e) }
                    weight = e
                } else {
                    weight = 0
                    withoutEmployment += 1
                }
            }
            cells[regions[i], default: [:]][sector, default: 0] += weight
            sectorSet.insert(sector)
        }
        let regionLabels = cells.keys.sorted()
        let sectorLabels = sectorSet.sorted()
        var values = [Double](repeating: 0, count: regionLabels.count * sectorLabels.count)
        let sectorPosition = Dictionary(uniqueKeysWithValues: sectorLabels.enumerated().map { ($1, $0) })
        for (r, region) in regionLabels.enumerated() {
            for (sector, value) in cells[region] ?? [:] {
                if let s = sectorPosition[sector] { values[r * sectorLabels.count + s] = value }
            }
        }
        return Aggregation(
            matrix: RegionSectorMatrix(validatedRegions: regionLabels, sectors: sectorLabels, values: values),
            firmsWithoutEmployment: withoutEmployment, firmsWithoutSector: withoutSector)
    }
}
