/// The Ellison–Glaeser index of geographic concentration γ of one sector.
///
/// γ = (G − (1 − Σ x_r²) H) / ((1 − Σ x_r²)(1 − H)), where s_r is region r's share of the sector's
/// employment, x_r its share of aggregate employment, G = Σ (s_r − x_r)² the raw concentration and
/// H = Σ_k z_k² the Herfindahl of the sector's plant sizes (z_k = plant k's share of the sector).
/// γ ≈ 0 means "as concentrated as random location of these plants would make it"; γ > 0.05 is
/// conventionally "highly concentrated" (Ellison & Glaeser 1997, J. Polit. Econ. 105(5):889–927,
/// eq. 5; REAT's `ellison.a`).
public struct EllisonGlaeser: Sendable, Equatable {
    /// One plant (establishment) of the sector.
    public struct Plant: Sendable, Equatable {
        /// The plant's region, as a row index of the region list the shares refer to.
        public var region: Int
        /// The plant's employment (persons, ≥ 0).
        public var employment: Double

        /// Creates a plant in region `region` (row index) with `employment` persons.
        public init(region: Int, employment: Double) {
            self.region = region
            self.employment = employment
        }
    }

    /// γ, the index itself.
    public let gamma: Double
    /// G = Σ (s_r − x_r)², the raw geographic concentration.
    public let rawConcentration: Double
    /// H = Σ z_k², the plant Herfindahl.
    public let plantHerfindahl: Double
    /// Σ x_r², the Herfindahl of aggregate employment over regions.
    public let aggregateHerfindahl: Double

    /// Computes γ for one sector.
    ///
    /// - Parameters:
    ///   - plants: the sector's plants (region row index and employment).
    ///   - aggregateShares: x_r, each region's share of aggregate employment (all sectors), summing to 1.
    /// - Throws: ``RegionalMeasureError/regionOutOfRange(index:regionCount:)`` for a plant outside the
    ///   regions, ``RegionalMeasureError/emptyInput(_:)`` when the sector has no employment.
    public init(plants: [Plant], aggregateShares: [Double]) throws(RegionalMeasureError) {
        var sectorByRegion = [Double](repeating: 0, count: aggregateShares.count)
        var sectorTotal = 0.0
        for plant in plants {
            guard plant.region >= 0, plant.region < aggregateShares.count else {
                throw .regionOutOfRange(index: plant.region, regionCount: aggregateShares.count)
            }
            guard plant.employment >= 0, plant.employment.isFinite else {
                throw .invalidValue(region: "\(plant.region)", sector: "plant", value: plant.employment)
            }
            sectorByRegion[plant.region] += plant.employment
            sectorTotal += plant.employment
        }
        guard sectorTotal > 0 else { throw .emptyInput("the sector's plants have no employment") }
        var g = 0.0, sumX2 = 0.0
        for r in aggregateShares.indices {
            let d = sectorByRegion[r] / sectorTotal - aggregateShares[r]
            g += d * d
            sumX2 += aggregateShares[r] * aggregateShares[r]
        }
        var h = 0.0
        for plant in plants {
            let z = plant.employment / sectorTotal
            h += z * z
        }
        rawConcentration = g
        plantHerfindahl = h
        aggregateHerfindahl = sumX2
        gamma = (g - (1 - sumX2) * h) / ((1 - sumX2) * (1 - h))
    }
}

extension RegionSectorMatrix {
    /// The Ellison–Glaeser γ of each sector that has plants, with x_r from this matrix's region totals.
    ///
    /// - Parameter plantsBySector: for each sector label, its plants (region row index, employment).
    ///   Sectors without an entry are left out.
    /// - Returns: γ and its parts, by sector label.
    /// - Throws: ``RegionalMeasureError/unknownLabel(_:)`` for a sector the matrix lacks, and the errors
    ///   of ``EllisonGlaeser/init(plants:aggregateShares:)``.
    public func ellisonGlaeser(
        plantsBySector: [String: [EllisonGlaeser.Plant]]
    ) throws(RegionalMeasureError) -> [String: EllisonGlaeser] {
        let grand = total
        guard grand > 0 else { throw .emptyInput("the matrix is all zero") }
        let shares = regionTotals.map { $0 / grand }
        var out: [String: EllisonGlaeser] = [:]
        for (sector, plants) in plantsBySector {
            guard sectorIndex(of: sector) != nil else { throw .unknownLabel(sector) }
            out[sector] = try EllisonGlaeser(plants: plants, aggregateShares: shares)
        }
        return out
    }
}
