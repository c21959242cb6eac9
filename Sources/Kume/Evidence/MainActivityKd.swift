import KumeAnalytics

/// The main activity's Duranton–Overman Kd among the reference registry's firms inside the economic
/// geography, against random labelling: evidence for the evaluator, like the location quotient; it never
/// changes eligibility.
///
/// The pattern is every registry firm (type `firm`, with a point) inside the geography (the firms the LQ
/// counts), projected to metres in the geography's own local equal-area projection and marked main (its
/// NACE code lies inside a main-activity code) or other. Kd is univariate on the main firms, unweighted
/// (firm counts, as the LQ); the counterfactuals permute the marks over all those sites (D&O 2005; dbmss
/// `KdEnvelope` with `SimulationType = "RandomLocation"`), and significance is read on the global rank
/// envelope (extreme rank length, R's GET), whose test holds its level at any number of labellings, with
/// its p-value.
public struct MainActivityKd: Sendable, Hashable {
    /// How Kd is computed.
    public struct Settings: Sendable, Hashable {
        /// The default number of random labellings for `kume check` (quick; `kume pattern` uses 999).
        public static let defaultSimulations = 99
        /// The fewest random labellings accepted: a test at the 5 % risk level needs 19.
        public static let minimumSimulations = 19

        /// The number of random labellings (dbmss `NumberOfSimulations`).
        public var simulations: Int
        /// The seed of the labellings; equal seeds give equal results on any core count.
        public var seed: UInt64
        /// The risk level of the global envelope, in (0, 1).
        public var alpha: Double
        /// The largest distance r, in metres; it also bounds the distances (≤ 2·r) that set the bandwidth.
        public var maximumDistanceMetres: Double
        /// The step between successive r, in metres.
        public var distanceStepMetres: Double

        /// Creates the settings.
        /// - Parameters:
        ///   - simulations: random labellings (default 99).
        ///   - seed: the seed (default 1, so a verdict is reproducible).
        ///   - alpha: the risk level (default 0.05).
        ///   - maximumDistanceMetres: the largest r, in metres (default 50 km: the scale of a cluster, where
        ///     D&O found most localisation; fixed, so Γ is comparable between applications).
        ///   - distanceStepMetres: the step of r, in metres (default 500 m).
        public init(simulations: Int = defaultSimulations, seed: UInt64 = 1, alpha: Double = 0.05,
                    maximumDistanceMetres: Double = 50_000, distanceStepMetres: Double = 500) {
            self.simulations = simulations
            self.seed = seed
            self.alpha = alpha
            self.maximumDistanceMetres = maximumDistanceMetres
            self.distanceStepMetres = distanceStepMetres
        }

        /// The distances r: 0, step, 2·step, … up to ``maximumDistanceMetres``, in metres; empty when the
        /// step or the maximum is not a positive finite number.
        public var distancesMetres: [Double] {
            guard distanceStepMetres > 0, distanceStepMetres.isFinite, maximumDistanceMetres.isFinite,
                  maximumDistanceMetres >= 0 else { return [] }
            let count = Int((maximumDistanceMetres / distanceStepMetres + 1e-9).rounded(.down)) + 1
            return (0..<count).map { Double($0) * distanceStepMetres }
        }
    }

    /// Why Kd was not measured.
    public enum Unavailable: Sendable, Hashable {
        /// Fewer than ``minimumMainActivityFirms`` firms of the main activity lie inside.
        case tooFewMainActivityFirms(inside: Int)
        /// Every registry firm inside is in the main activity: random labelling has no other site to move
        /// them to, so there is nothing to test against.
        case noOtherFirms
        /// The measure itself failed (for example too few pair distances within 2·r for a bandwidth); the
        /// message says why.
        case failed(String)
    }

    /// Kd with its envelope and what it says.
    public struct Measurement: Sendable, Hashable {
        /// The observed curve (density per metre at each r) with its local and global envelopes.
        public var envelope: KdEnvelope
        /// Γ(r), Ψ(r), the ranges and the p-value on the global rank envelope.
        package var significance: KdSignificance
        /// D&O's localisation index Γ = Σ_r max(Kd(r) − upper(r), 0)·Δr on the global rank envelope,
        /// dimensionless: the probability mass of pair distances above the band (D&O sum densities per km
        /// over 1 km steps, which is the same integral).
        public var localisationIndex: Double
        /// D&O's dispersion index Ψ = Σ_r max(lower(r) − Kd(r), 0)·Δr when Γ = 0, else 0; dimensionless.
        public var dispersionIndex: Double

        /// Creates a measurement; see the properties for their meaning.
        package init(envelope: KdEnvelope, significance: KdSignificance, localisationIndex: Double,
                    dispersionIndex: Double) {
            self.envelope = envelope
            self.significance = significance
            self.localisationIndex = localisationIndex
            self.dispersionIndex = dispersionIndex
        }

        /// The global rank test's p-value (the share of the observed and simulated curves at least as
        /// extreme as the observed one); NaN when the envelope carries no rank test.
        public var pValue: Double { significance.pValue ?? .nan }
        /// Whether the main activity is significantly localised at the risk level: the rank test rejects
        /// (p ≤ α) and Kd lies above the band at some r (Γ > 0).
        public var isLocalised: Bool { localisationIndex > 0 && pValue <= envelope.parameters.alpha }
        /// Whether it is significantly dispersed: the test rejects, Kd never above the band and below it
        /// at some r (Ψ > 0).
        public var isDispersed: Bool { dispersionIndex > 0 && pValue <= envelope.parameters.alpha }
        /// Where Kd lies above the global band, in metres.
        package var localisedRanges: [KdSignificance.DistanceRange] { significance.localisedRanges }
        /// Where Kd lies below the global band, in metres.
        package var dispersedRanges: [KdSignificance.DistanceRange] { significance.dispersedRanges }
    }

    /// What came of the measure.
    public enum Outcome: Sendable, Hashable {
        /// Kd was measured.
        case measured(Measurement)
        /// Kd could not be measured, and why.
        case unavailable(Unavailable)
    }

    /// The fewest firms of the main activity Kd needs: the bandwidth needs two pair distances.
    public static let minimumMainActivityFirms = 3

    /// The settings used.
    public var settings: Settings
    /// Registry firms inside the geography (the pattern's points).
    public var firms: Int
    /// Registry firms of the main activity inside the geography.
    public var mainActivityFirms: Int
    /// The measurement, or why there is none.
    public var outcome: Outcome

    /// Creates the evidence; see the properties for their meaning.
    public init(settings: Settings, firms: Int, mainActivityFirms: Int, outcome: Outcome) {
        self.settings = settings
        self.firms = firms
        self.mainActivityFirms = mainActivityFirms
        self.outcome = outcome
    }

    /// The measurement; `nil` when Kd could not be measured.
    public var measurement: Measurement? {
        if case .measured(let measurement) = outcome { return measurement }
        return nil
    }

    /// Why Kd could not be measured; `nil` when it was.
    public var unavailable: Unavailable? {
        if case .unavailable(let reason) = outcome { return reason }
        return nil
    }
}
