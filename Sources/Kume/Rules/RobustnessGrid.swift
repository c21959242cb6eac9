/// The readings of the economic geography over which the chamber and university checks are tried.
///
/// - `hull-buffer`: the firms' hull at concavities 0.1, 0.3, 0.5 and 1 (convex), each buffered by 0, 2.5, 5,
///   7.5, 10, 15 and 20 km (28 readings). A member is inside the hull buffered by b exactly when its distance
///   to the hull is at most b, so each hull is built once and every buffer is read off the distances.
/// - `provinces`: the provinces holding at least 5 %, 10 % or 20 % of the firms (3 readings).
/// - `districts`: the districts holding at least 5 %, 10 % or 20 % of the firms (3 readings).
///
/// The university check is tried under all 34. The chamber rule reads jurisdictions — the provinces holding
/// at least a minimum share of the firms — which no concavity or buffer changes, so it is tried under the 6
/// readings that change them: the provinces, and the provinces of the districts, at each minimum share.
public struct RobustnessGrid: Sendable, Hashable {
    /// The concave-hull ratios (1: convex hull).
    public var concavities: [Double]
    /// The buffers in kilometres, ascending.
    public var bufferKilometres: [Double]
    /// The minimum shares of the firms for the province and district readings, ascending.
    public var minimumShares: [Double]

    /// Creates a grid.
    public init(concavities: [Double], bufferKilometres: [Double], minimumShares: [Double]) {
        self.concavities = concavities
        self.bufferKilometres = bufferKilometres.sorted()
        self.minimumShares = minimumShares.sorted()
    }

    /// The documented grid: 4 concavities × 7 buffers from 0 to 20 km, and 3 minimum shares.
    public static let standard = RobustnessGrid(
        concavities: [0.1, 0.3, 0.5, 1], bufferKilometres: [0, 2.5, 5, 7.5, 10, 15, 20], minimumShares: [0.05, 0.1, 0.2])

    /// The method names of the readings, as written in JSON.
    public enum Method: String, Sendable, CaseIterable {
        case hullBuffer = "hull-buffer"
        case provinces
        case districts
    }
}
