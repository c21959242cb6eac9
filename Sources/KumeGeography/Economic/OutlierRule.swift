import KumeData
import KumeGeo

/// The rule that names a firm a spatial outlier of its cluster before the hull is drawn.
///
/// Rule `knn-fence`: for every firm, take the distance to its `neighbours`-th nearest other firm (in
/// metres, in the local equal-area projection). A firm is an outlier when that distance exceeds
/// `max(Q3 + fence · IQR, floorKilometres)`, where Q1 and Q3 are the quartiles (R's type 7) of those
/// distances over all firms. The fence is Tukey's "far out" fence (fence 3); the floor keeps a firm a few
/// kilometres from a tight cluster from being named. With fewer than `minimumFirms` firms nobody is named:
/// there is no cluster shape to stand out from.
///
/// The rule only names outliers; ``HullBufferBuilder`` leaves them out of the hull unless told to keep
/// them, and every output reports them per member.
public struct OutlierRule: Sendable, Hashable {
    /// The rank of the neighbour whose distance is tested (k in k-nearest neighbours).
    public var neighbours: Int
    /// The IQR multiplier of the upper fence.
    public var fence: Double
    /// The fence never falls below this distance, in kilometres.
    public var floorKilometres: Double
    /// With fewer firms than this, no firm is named an outlier.
    public var minimumFirms: Int

    /// The default rule: 3rd nearest neighbour, Tukey's far-out fence (Q3 + 3·IQR), floor 10 km, at least
    /// 8 firms.
    public init(neighbours: Int = 3, fence: Double = 3, floorKilometres: Double = 10, minimumFirms: Int = 8) {
        self.neighbours = neighbours
        self.fence = fence
        self.floorKilometres = floorKilometres
        self.minimumFirms = minimumFirms
    }

    /// The rule's name and parameters as written in outputs.
    public var summary: String {
        "knn-fence: distance to the k-th nearest firm (k = \(neighbours)) > max(Q3 + "
            + "\(NumberText.plain(fence))·IQR, \(NumberText.plain(floorKilometres)) km); applied from \(minimumFirms) firms"
    }

    /// ``summary`` in Turkish.
    public var summaryTR: String {
        "knn-fence: k. en yakın firmaya uzaklık (k = \(neighbours)) > max(Q3 + "
            + "\(NumberText.plain(fence).replacingOccurrences(of: ".", with: ","))·IQR, "
            + "\(NumberText.plain(floorKilometres).replacingOccurrences(of: ".", with: ",")) km); en az \(minimumFirms) firmada uygulanır"
    }

    /// Which of the points are outliers.
    /// - Parameter points: Firm points in a projected frame, metres.
    /// - Returns: One flag per point, in order.
    public func outliers(among points: [Coordinate]) -> [Bool] {
        let n = points.count
        guard n >= max(minimumFirms, neighbours + 1), neighbours >= 1 else {
            return Array(repeating: false, count: n)
        }
        let distances = NearestNeighbours.kthDistances(points, k: neighbours)
        let sorted = distances.sorted()
        let q1 = Quantile.type7(sorted, 0.25)
        let q3 = Quantile.type7(sorted, 0.75)
        let limit = max(q3 + fence * (q3 - q1), floorKilometres * 1000)
        return distances.map { $0 > limit }
    }
}
