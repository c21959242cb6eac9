/// The parameters of the `hull-buffer` economic geography, as a user sets them.
public struct GeographyParameters: Sendable, Hashable {
    /// The concave-hull ratio: 1 is the convex hull, 0 the most concave (GEOS `GEOSConcaveHull_r`).
    public var concavity: Double
    /// The buffer drawn around the hull, in kilometres.
    public var bufferKilometres: Double
    /// Whether spatial outliers stay in the hull (they are named either way).
    public var keepOutliers: Bool
    /// Firms farther apart than this, in kilometres, with no chain of firms between them closer than it,
    /// form separate groups: each gets its own part of the geography, and the geography says the roster is
    /// not one concentration.
    public var groupDistanceKilometres: Double
    /// The rule that names outliers.
    package var outlierRule: OutlierRule

    /// The defaults: concavity 0.3, a 5 km buffer, outliers left out of the hull, named by the default
    /// outlier rule.
    public init(
        concavity: Double = 0.3, bufferKilometres: Double = 5, keepOutliers: Bool = false,
        groupDistanceKilometres: Double = 50
    ) {
        self.init(concavity: concavity, bufferKilometres: bufferKilometres, keepOutliers: keepOutliers,
                  outlierRule: OutlierRule(), groupDistanceKilometres: groupDistanceKilometres)
    }

    /// The parameters with another outlier rule.
    package init(
        concavity: Double = 0.3, bufferKilometres: Double = 5, keepOutliers: Bool = false,
        outlierRule: OutlierRule, groupDistanceKilometres: Double = 50
    ) {
        self.concavity = concavity
        self.bufferKilometres = bufferKilometres
        self.keepOutliers = keepOutliers
        self.groupDistanceKilometres = groupDistanceKilometres
        self.outlierRule = outlierRule
    }

    /// The economic geography an evaluator gets by default (`kume check`, `kume geography`, `kume batch`):
    /// concavity 0.3, a 10 km buffer, outliers named and left out of the hull.
    ///
    /// The reading: the economic geography is the area where the cluster's firms, their people and their
    /// partners work together. The concave hull (0.3) follows where the firms are without bridging the empty
    /// land between separate zones; the 10 km buffer adds the reach within which a partner — a university
    /// campus, a chamber's office, an organised industrial zone — works with them day to day: about a
    /// quarter of an hour by road, and the range over which Rosenthal and Strange (2003, Review of Economics and
    /// Statistics 85(2)) find localisation economies still strong before they fade (beyond about 5–10 miles).
    /// Every verdict is also tried over buffers from 0 to 20 km (the robustness grid), so the choice is visible.
    /// `kume detect` draws its candidates with ``init(concavity:bufferKilometres:keepOutliers:groupDistanceKilometres:)``'s
    /// tighter 5 km, which ranks shapes rather than judging partners.
    public static let evaluation = GeographyParameters(bufferKilometres: 10)

    /// Checks the ranges: concavity in [0, 1], buffer in (0, 500] km, group distance > 0 and finite.
    /// - Throws: ``GeographyError/invalidParameter(_:)`` saying what to use.
    public func validate() throws {
        guard concavity.isFinite, (0...1).contains(concavity) else {
            throw GeographyError.invalidParameter("concavity must be between 0 (most concave) and 1 (convex hull); got \(concavity)")
        }
        guard bufferKilometres.isFinite, bufferKilometres > 0, bufferKilometres <= 500 else {
            throw GeographyError.invalidParameter("the buffer must be more than 0 and at most 500 km; got \(bufferKilometres)")
        }
        guard groupDistanceKilometres.isFinite, groupDistanceKilometres > 0 else {
            throw GeographyError.invalidParameter("the distance that separates groups of firms must be more than 0 km; got \(groupDistanceKilometres)")
        }
    }
}
