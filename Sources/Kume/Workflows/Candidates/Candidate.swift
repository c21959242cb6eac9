import KumeData
import KumeGeo
import KumeGeography

/// A candidate cluster found in a registry: a density cluster of one sector group, with its economic
/// geography, its strength and a pre-eligibility verdict against a call.
package struct Candidate: Sendable {
    /// 1-based rank by ``score`` (see ``CandidateSearch``).
    package var rank: Int
    /// The sector group's label (`29` or `29,22.1,25`).
    package var sector: String
    /// The registry rows of the cluster's firms.
    package var firmRows: [Int]
    /// Total employment of the cluster's firms (firms without a figure count 0).
    package var employment: Int
    /// The most common NACE classes among the cluster's firms, with their counts (at most three).
    package var dominantCodes: [(code: NaceCode, firms: Int)]
    /// The cluster's `hull-buffer` geography.
    package var geography: EconomicGeography
    /// Provinces and districts the geography touches.
    package var places: TouchedPlaces
    /// Registry firms (any sector) whose point the geography covers.
    package var firmsInside: Int
    /// Registry firms of the sector group whose point the geography covers.
    package var sectorFirmsInside: Int
    /// Location quotient of the sector group inside the geography against the whole registry (firm counts).
    package var locationQuotient: Double
    /// The score: sector firms inside beyond what the registry's average mix predicts,
    /// `sectorFirmsInside − firmsInside · (sector firms in registry / firms in registry)`.
    package var excessFirms: Double
    /// Institutions (from `--institutions`) inside or within the search's distance, with their distance
    /// in kilometres (0 inside).
    package var institutions: [(member: Member, distanceKm: Double)]
    /// The call's checks on the candidate, counting each firm of the sector group as a potential
    /// committed member.
    package var verdict: Verdict
    /// P(at least ``sectorFirmsInside`` sector firms among ``firmsInside``) under the registry's own mix
    /// (``ConcentrationTest/binomialUpperTail(atLeast:of:probability:)``).
    package var pValue: Double = 1
    /// ``pValue`` adjusted by Holm's procedure for every candidate of the search.
    package var adjustedPValue: Double = 1
    /// Whether the concentration is beyond chance at the search's level: ``adjustedPValue`` ≤ α.
    package var significant: Bool = false
    /// Whether institutions were given: without them the chamber and university checks are unknown, not
    /// failed.
    package var institutionsGiven: Bool = true
}
