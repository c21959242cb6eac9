/// A partition of points into clusters and noise, in a stable order.
///
/// Labels run from 0 to ``clusterCount`` − 1, with −1 for noise. The numbering rule belongs to the
/// algorithm that produced it (see ``DBSCAN`` and ``HDBSCAN``); both number clusters so that the same
/// input always gives the same labels, whatever the number of workers.
public struct Clustering: Sendable, Equatable {
    /// The label of each point, in input order: 0 ..< ``clusterCount``, or −1 for noise.
    public let labels: [Int]
    /// The number of clusters.
    public let clusterCount: Int

    /// Wraps labels in 0 ..< `clusterCount` or −1; the caller vouches for the range.
    init(labels: [Int], clusterCount: Int) {
        self.labels = labels
        self.clusterCount = clusterCount
    }

    /// The member indices (ascending) of each cluster, indexed by label.
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: clusterCount)
        for (index, label) in labels.enumerated() where label >= 0 {
            result[label].append(index)
        }
        return result
    }

    /// The indices (ascending) of the points labelled noise.
    public var noise: [Int] {
        labels.indices.filter { labels[$0] < 0 }
    }

    /// The number of points in each cluster, indexed by label.
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: clusterCount)
        for label in labels where label >= 0 { result[label] += 1 }
        return result
    }
}
