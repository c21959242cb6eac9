import Foundation
import KumeAnalytics
import KumeGeo

extension MainActivityKd {
    /// The mark of the main activity's points in the pattern.
    public static let mainActivityMark = "main"
    /// The mark of the other firms' points.
    public static let otherMark = "other"

    /// Measures the main activity's Kd among firms inside a geography, with its global envelope.
    ///
    /// Projects the points with `projection` (the geography's local equal-area projection), marks them
    /// ``mainActivityMark`` or ``otherMark`` in the order given, and runs ``DurantonOvermanKd/envelope(_:parameters:envelope:workers:progress:)``
    /// on the r grid of `settings`, the bandwidth from the distances up to 2·``Settings/maximumDistanceMetres``.
    /// The result depends on the points, their order and the seed, never on `workers`.
    /// - Parameters:
    ///   - lonLat: the firms' points, WGS84 longitude, latitude in degrees.
    ///   - isMainActivity: for each point, whether its firm is of the main activity.
    ///   - projection: the PROJ definition of the metric projection (``EconomicGeography/projection``).
    ///   - settings: simulations, seed, risk level and r grid.
    ///   - workers: how many child tasks may run at once.
    /// - Returns: the evidence; a failure (too few main firms, no other firm, PROJ or the measure failing)
    ///   is reported in ``outcome`` rather than thrown, since Kd never decides eligibility.
    public static func measure(
        lonLat: [Coordinate], isMainActivity: [Bool], projection: String, settings: Settings,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) async -> MainActivityKd {
        let mainFirms = isMainActivity.filter { $0 }.count
        func evidence(_ outcome: Outcome) -> MainActivityKd {
            MainActivityKd(settings: settings, firms: lonLat.count, mainActivityFirms: mainFirms, outcome: outcome)
        }
        guard lonLat.count == isMainActivity.count else {
            return evidence(.unavailable(.failed(
                DistanceMeasureError.mismatchedLengths(what: "main-activity flags", expected: lonLat.count,
                                                       actual: isMainActivity.count).description)))
        }
        guard mainFirms >= minimumMainActivityFirms else {
            return evidence(.unavailable(.tooFewMainActivityFirms(inside: mainFirms)))
        }
        guard mainFirms < lonLat.count else { return evidence(.unavailable(.noOtherFirms)) }
        let planar: [Coordinate]
        do {
            let transformer = try Transformer(
                from: .wgs84, to: .projString(projection), in: try ProjectionContext())
            planar = try transformer.forward(lonLat)
        } catch {
            return evidence(.unavailable(.failed("the firms could not be projected: \(error)")))
        }
        do {
            let pattern = try MarkedPattern(
                points: try PlanarPattern(xMetres: planar.map(\.x), yMetres: planar.map(\.y)),
                types: isMainActivity.map { $0 ? mainActivityMark : otherMark })
            let parameters = KdParameters(
                rMetres: settings.distancesMetres, referenceType: mainActivityMark,
                bandwidthRangeMetres: settings.maximumDistanceMetres)
            let envelope = try await DurantonOvermanKd.envelope(
                pattern, parameters: parameters,
                envelope: EnvelopeParameters(simulations: settings.simulations, seed: settings.seed, alpha: settings.alpha),
                workers: workers)
            let significance = KdSignificance(envelope, kind: .extremeRank)
            let step = settings.distanceStepMetres
            return evidence(.measured(Measurement(
                envelope: envelope, significance: significance,
                localisationIndex: significance.localisationIndex * step,
                dispersionIndex: significance.dispersionIndex * step)))
        } catch {
            return evidence(.unavailable(.failed(String(describing: error))))
        }
    }
}
