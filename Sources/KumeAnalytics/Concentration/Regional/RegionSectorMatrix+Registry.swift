import KumeData

extension RegionSectorMatrix {
    /// A registry's firms aggregated by province and NACE level.
    package struct RegistryAggregation: Sendable {
        /// Provinces × sectors.
        package var matrix: RegionSectorMatrix
        /// Firms left out: no province, or no NACE code.
        package var unassigned: Int
        /// Firms counted with weight 0 for want of an employment figure (employment weighting).
        package var withoutEmployment: Int
        /// The firm counts of the same cells (provinces × sectors, in the matrix's order).
        package var firmCounts: RegionSectorMatrix
        /// Each firm as a plant of its sector (its province's row, its weight: employment or 1), for
        /// Ellison–Glaeser γ when the registry lists no separate plants.
        package var plantsBySector: [String: [EllisonGlaeser.Plant]]
    }

    /// Aggregates a registry's firms into provinces × sectors.
    ///
    /// The region is the firm's province (its `province` column, or the province of the district it was
    /// placed at); firms without a province or a NACE code are counted in ``RegistryAggregation/unassigned``.
    /// - Parameters:
    ///   - registry: The registry.
    ///   - level: The NACE level of the sectors.
    ///   - weighting: Employment or firm counts.
    /// - Throws: ``RegionalMeasureError`` when no firm can be placed in a province.
    package static func aggregating(
        registry: Registry, level: NaceCode.Level, weighting: Weighting
    ) throws -> RegistryAggregation {
        var regions: [String] = [], codes: [NaceCode] = [], employment: [Double?] = []
        var unassigned = 0
        let provinces = ProvinceTable.shared
        for row in 0..<registry.count where registry.types[row] == .firm {
            guard registry.provincePlates[row] != 0, let code = registry.nace(at: row),
                  let province = provinces.province(plate: Int(registry.provincePlates[row])) else {
                unassigned += 1
                continue
            }
            regions.append(province.name)
            codes.append(code)
            employment.append(registry.employees[row] < 0 ? nil : Double(registry.employees[row]))
        }
        let result = try aggregating(regions: regions, naceCodes: codes, employment: employment, level: level, weighting: weighting)
        let counts = try aggregating(regions: regions, naceCodes: codes, employment: employment, level: level, weighting: .firms)
        // Each firm a plant: its province's row and its weight (employment, or 1 for firm counts).
        var plants: [String: [EllisonGlaeser.Plant]] = [:]
        let rowOf = Dictionary(uniqueKeysWithValues: result.matrix.regions.enumerated().map { ($1, $0) })
        for i in regions.indices {
            guard let sector = Self.sectorLabel(codes[i], level: level), let row = rowOf[regions[i]] else { continue }
            let weight = weighting == .firms ? 1 : (employment[i] ?? 0)
            plants[sector, default: []].append(EllisonGlaeser.Plant(region: row, employment: weight))
        }
        return RegistryAggregation(
            matrix: result.matrix, unassigned: unassigned + result.firmsWithoutSector,
            withoutEmployment: result.firmsWithoutEmployment, firmCounts: counts.matrix, plantsBySector: plants)
    }
}
