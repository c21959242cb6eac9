/// Duranton and Overman's (2005) localisation and dispersion indices and the distance ranges where a
/// sector departs significantly from random labelling.
///
/// With the band (lower, upper) of the chosen envelope, at each r: Γ(r) = max(Kd(r) − upper(r), 0) and
/// Ψ(r) = max(lower(r) − Kd(r), 0). As in D&O, the totals are *sums over the r values given* (they sum
/// over d = 0…180 km in 1 km steps; with evenly spaced r, multiply by the step to get an integral):
/// Γ = Σ Γ(r); Ψ = Σ Ψ(r) when Γ = 0 (the sector is not localised), and 0 otherwise.
///
/// Read on the extreme-rank envelope (``EnvelopeKind/extremeRank``), the curve leaves the band exactly when
/// the global rank test rejects (p ≤ α), so Γ > 0 or Ψ > 0 is a finding at the stated level; on
/// Duranton and Overman's band it is not (its level drifts with the number of simulations).
package struct KdSignificance: Sendable, Hashable {
    /// A maximal run of consecutive r values where the curve lies above (or below) the band, in metres.
    package struct DistanceRange: Sendable, Hashable {
        /// The first r of the run, in metres.
        package var fromMetres: Double
        /// The last r of the run, in metres.
        package var toMetres: Double

        /// Creates a range from its first and last r, in metres.
        package init(fromMetres: Double, toMetres: Double) {
            self.fromMetres = fromMetres
            self.toMetres = toMetres
        }
    }

    /// The envelope the statement refers to.
    package var envelope: EnvelopeKind
    /// Γ(r) at each r.
    package var localisation: [Double]
    /// Ψ(r) at each r (before the "not localised" rule).
    package var dispersion: [Double]
    /// Σ Γ(r).
    package var localisationIndex: Double
    /// Σ Ψ(r) when Σ Γ(r) = 0, else 0.
    package var dispersionIndex: Double
    /// Where Kd lies above the upper band.
    package var localisedRanges: [DistanceRange]
    /// Where Kd lies below the lower band.
    package var dispersedRanges: [DistanceRange]
    /// The global rank test's p-value when the band is the extreme-rank envelope; nil for the other bands,
    /// which are not tests with a stated level.
    package var pValue: Double?

    /// The indices and ranges of an envelope.
    /// - Parameters:
    ///   - envelope: the observed curve and its bands.
    ///   - kind: which band to compare with (D&O use the global one).
    package init(_ envelope: KdEnvelope, kind: EnvelopeKind = .global) {
        let r = envelope.rMetres
        let kd = envelope.observed.values
        let band = envelope.band(kind)
        self.envelope = kind
        // NaN bounds (distances the rank test leaves out) contribute nothing.
        localisation = r.indices.map { band.upper[$0].isNaN ? 0 : max(kd[$0] - band.upper[$0], 0) }
        dispersion = r.indices.map { band.lower[$0].isNaN ? 0 : max(band.lower[$0] - kd[$0], 0) }
        localisationIndex = localisation.reduce(0, +)
        dispersionIndex = localisationIndex > 0 ? 0 : dispersion.reduce(0, +)
        localisedRanges = KdSignificance.runs(r, localisation.map { $0 > 0 })
        dispersedRanges = KdSignificance.runs(r, dispersion.map { $0 > 0 })
        pValue = kind == .extremeRank ? envelope.rankTest?.pValue : nil
    }

    private static func runs(_ r: [Double], _ flags: [Bool]) -> [DistanceRange] {
        var ranges: [DistanceRange] = []
        var start: Int?
        for i in flags.indices {
            if flags[i], start == nil { start = i }
            if !flags[i], let s = start {
                ranges.append(DistanceRange(fromMetres: r[s], toMetres: r[i - 1]))
                start = nil
            }
        }
        if let s = start, let last = r.last { ranges.append(DistanceRange(fromMetres: r[s], toMetres: last)) }
        return ranges
    }
}
