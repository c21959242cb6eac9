import KumeData

/// How much evidence a relatedness matrix rests on: for each pair of sectors, the number of regions where
/// both have a location quotient ≥ 1 (their co-occurrence), and warnings when the regions × sectors matrix
/// is too small or too sparse for co-location to say much.
///
/// Relatedness from co-location reads which regions two sectors share. With few regions, or sectors present
/// (LQ ≥ 1) in only one or two, a value of 1 may rest on a single shared region: a coincidence, not a
/// relation. Thresholds (documented defaults): fewer than ``minimumRegions`` regions is too small; more than
/// half of the sectors present in fewer than ``minimumPresence`` regions is too sparse.
package struct RelatednessSupport: Sendable {
    /// Regions below which a matrix is too small for co-location relatedness.
    package static let minimumRegions = 20
    /// Regions in which a sector should be present for its relatedness to rest on more than a coincidence.
    package static let minimumPresence = 3

    /// Sectors × sectors: the regions where both sectors have LQ ≥ 1 (the diagonal: each sector's ubiquity).
    package let sharedRegions: LabeledMatrix
    /// The number of regions of the matrix.
    package let regionCount: Int
    /// What is wrong with the matrix as a basis for relatedness; empty when nothing is.
    package let warnings: [String]

    /// The support of a regions × sectors matrix.
    package init(_ matrix: RegionSectorMatrix) {
        let shared = matrix.coOccurrence(includeDiagonal: true)
        sharedRegions = shared
        regionCount = matrix.regionCount
        let n = matrix.sectorCount
        let thin = (0..<n).filter { shared[$0, $0] < Double(RelatednessSupport.minimumPresence) }.count
        var warnings: [String] = []
        if matrix.regionCount < RelatednessSupport.minimumRegions {
            warnings.append("relatedness rests on only \(matrix.regionCount) regions (fewer than "
                + "\(RelatednessSupport.minimumRegions)): sectors share few regions by chance alone, so read the values with care")
        }
        if n > 0, 2 * thin > n {
            warnings.append("\(thin) of \(n) sectors have a location quotient ≥ 1 in fewer than "
                + "\(RelatednessSupport.minimumPresence) regions: their relatedness rests on one or two regions; "
                + "use a coarser \(Setting.level.words) or more regions")
        }
        self.warnings = warnings
    }
}
