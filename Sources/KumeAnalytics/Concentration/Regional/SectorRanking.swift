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
}
