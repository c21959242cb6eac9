import KumeData
import KumeGeo
import KumeGeography

/// A candidate cluster found in a registry: a density cluster of one sector group, with its economic
/// geography, its strength and a pre-eligibility verdict against a call.
public struct Candidate: Sendable {
    /// 1-based rank by ``score`` (see ``CandidateSearch``).
    public var rank: Int
    /// The sector group's label (`29` or `29,22.1,25`).
    public var sector: String
    /// The registry rows of the cluster's firms.
    public var firmRows: [Int]
    /// Total employment of the cluster's firms (firms without a figure count 0).
    public var employment: Int
    /// The most common NACE classes among the cluster's firms, with their counts (at most three).
    public var dominantCodes: [(code: NaceCode, firms: Int)]
    /// The cluster's `hull-buffer` geography.
    public var geography: EconomicGeography
    /// Provinces and districts the geography touches.
    public var places: TouchedPlaces
    /// Registry firms (any sector) whose point the geography covers.
    public var firmsInside: Int
    /// Registry firms of the sector group whose point the geography covers.
    public var sectorFirmsInside: Int
    /// Location quotient of the sector group inside the geography against the whole registry (firm counts).
    public var locationQuotient: Double
    /// The score: sector firms inside beyond what the registry's average mix predicts,
    /// `sectorFirmsInside − firmsInside · (sector firms in registry / firms in registry)`.
    public var excessFirms: Double
    /// Institutions (from `--institutions`) inside or within the search's distance, with their distance
    /// in kilometres (0 inside).
    public var institutions: [(member: Member, distanceKm: Double)]
    /// The call's checks on the candidate, counting each firm of the sector group as a potential
    /// committed member.
    public var verdict: Verdict
    /// P(at least ``sectorFirmsInside`` sector firms among ``firmsInside``) under the registry's own mix
    /// (``ConcentrationTest/binomialUpperTail(atLeast:of:probability:)``).
    public var pValue: Double = 1
    /// ``pValue`` adjusted by Holm's procedure for every candidate of the search.
    public var adjustedPValue: Double = 1
    /// Whether the concentration is beyond chance at the search's level: ``adjustedPValue`` ≤ α.
    public var significant: Bool = false
    /// Whether institutions were given: without them the chamber and university checks are unknown, not
    /// failed.
    public var institutionsGiven: Bool = true
}
