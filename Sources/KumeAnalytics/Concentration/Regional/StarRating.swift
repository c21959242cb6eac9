/// The European Cluster Observatory's star rating of a region × sector cell (Ketels and Protsiv 2014,
/// *Methodology and Findings Report for a Cluster Mapping of Related Sectors*): one star each for
/// - size: the region is among the top 10 % of regions by the sector's employment;
/// - specialisation: the location quotient is at least 2;
/// - focus: the region is among the top 10 % of regions by the sector's share of the region's employment.
///
/// "Top 10 %" is ⌈0.1·R⌉ of the R regions: a region qualifies when it has a positive value and fewer
/// than that many regions have a strictly larger one (ties share the place).
package struct StarRating: Sendable {
    /// The stars of one cell.
    package struct Rating: Sendable, Hashable {
        /// Among the top 10 % of regions by the sector's employment.
        package var size: Bool
        /// LQ ≥ 2.
        package var specialisation: Bool
        /// Among the top 10 % of regions by the sector's share of the region's employment.
        package var focus: Bool
        /// 0 to 3.
        package var stars: Int { [size, specialisation, focus].filter { $0 }.count }
    }

    /// The LQ a specialisation star needs.
    package static let specialisationThreshold = 2.0
    /// The share of regions that earn a size or a focus star.
    package static let topShare = 0.1

    let matrix: RegionSectorMatrix
    let locationQuotients: LabeledMatrix
    let regionTotals: [Double]
    let places: Int

    /// Prepares the ratings of a matrix.
    /// - Parameters:
    ///   - matrix: regions × sectors employment.
    ///   - locationQuotients: its ``RegionSectorMatrix/locationQuotients()``.
    package init(_ matrix: RegionSectorMatrix, locationQuotients: LabeledMatrix) {
        self.matrix = matrix
        self.locationQuotients = locationQuotients
        regionTotals = matrix.regionTotals
        places = Int((StarRating.topShare * Double(matrix.regionCount)).rounded(.up))
    }

    /// The rating of region row `region` and sector column `sector`.
    package func rating(region: Int, sector: Int) -> Rating {
        let value = matrix[region, sector]
        let share = regionTotals[region] > 0 ? value / regionTotals[region] : 0
        var larger = 0, largerShare = 0
        for r in 0..<matrix.regionCount {
            if matrix[r, sector] > value { larger += 1 }
            let other = regionTotals[r] > 0 ? matrix[r, sector] / regionTotals[r] : 0
            if other > share { largerShare += 1 }
        }
        return Rating(size: value > 0 && larger < places,
                      specialisation: locationQuotients[region, sector] >= StarRating.specialisationThreshold,
                      focus: value > 0 && largerShare < places)
    }
}
