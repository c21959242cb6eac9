import KumeData
import KumeGeo

/// The rule that names a firm a spatial outlier of its cluster before the hull is drawn.
///
/// Rule `knn-fence`: for every firm, take the distance to its `neighbours`-th nearest other firm (in
/// metres, in the local equal-area projection). A firm is an outlier when that distance exceeds
/// `max(Q3 + fence · IQR, spreadFloor · Q3, floorKilometres)`, where Q1 and Q3 are the quartiles (R's type 7)
/// of those distances over all firms. The fence is Tukey's "far out" fence (fence 3). The two floors keep
/// firms that do not stand out from being named: `floorKilometres` a firm a few kilometres from a tight
/// cluster, and `spreadFloor · Q3` the edge of an evenly spread pattern, where IQR is 0 and the end firms
/// lie only k/⌈k/2⌉ = 1.5 times (k = 3) farther from their k-th neighbour than the others (on an evenly
/// spaced line; √2 at the corner of a square grid). With fewer than `minimumFirms` firms nobody is named:
/// there is no cluster shape to stand out from.
///
/// The rule only names outliers; ``HullBufferBuilder`` leaves them out of the hull unless told to keep
/// them, and every output reports them per member.
package struct OutlierRule: Sendable, Hashable {
    /// The rank of the neighbour whose distance is tested (k in k-nearest neighbours).
    package var neighbours: Int
    /// The IQR multiplier of the upper fence.
    package var fence: Double
    /// The fence never falls below this distance, in kilometres.
    package var floorKilometres: Double
    /// The fence never falls below this multiple of the upper quartile Q3.
    package var spreadFloor: Double
    /// With fewer firms than this, no firm is named an outlier.
    package var minimumFirms: Int

    /// The default rule: 3rd nearest neighbour, Tukey's far-out fence (Q3 + 3·IQR), floors 2·Q3 and 10 km,
    /// at least 8 firms.
    package init(
        neighbours: Int = 3, fence: Double = 3, floorKilometres: Double = 10, spreadFloor: Double = 2, minimumFirms: Int = 8
    ) {
        self.neighbours = neighbours
        self.fence = fence
        self.floorKilometres = floorKilometres
        self.spreadFloor = spreadFloor
        self.minimumFirms = minimumFirms
    }

    /// The rule's name and parameters as written in outputs.
    package var summary: String {
        "knn-fence: distance to the k-th nearest firm (k = \(neighbours)) > max(Q3 + "
            + "\(NumberText.plain(fence))·IQR, \(NumberText.plain(spreadFloor))·Q3, \(NumberText.plain(floorKilometres)) km); "
            + "applied from \(minimumFirms) firms"
    }

    /// ``summary`` in Turkish.
    package var summaryTR: String {
        "knn-fence: k. en yakın firmaya uzaklık (k = \(neighbours)) > max(Q3 + "
            + "\(NumberText.plain(fence, turkish: true))·IQR, \(NumberText.plain(spreadFloor, turkish: true))·Q3, "
            + "\(NumberText.plain(floorKilometres, turkish: true)) km); en az \(minimumFirms) firmada uygulanır"
    }

    /// Which of the points are outliers.
    /// - Parameter points: Firm points in a projected frame, metres.
    /// - Returns: One flag per point, in order.
    package func outliers(among points: [Coordinate]) -> [Bool] {
        let n = points.count
        guard n >= max(minimumFirms, neighbours + 1), neighbours >= 1 else {
            return Array(repeating: false, count: n)
        }
        let distances = NearestNeighbours.kthDistances(points, k: neighbours)
        let sorted = distances.sorted()
        let q1 = Quantile.type7(sorted, 0.25)
        let q3 = Quantile.type7(sorted, 0.75)
        let limit = max(q3 + fence * (q3 - q1), spreadFloor * q3, floorKilometres * 1000)
        return distances.map { $0 > limit }
    }
}
