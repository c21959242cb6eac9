import KumeGeo

/// k-nearest-neighbour distances over planar points.
///
/// Hand-written because nothing available does it: a sweep over the points sorted by x that stops as soon
/// as the x gap alone exceeds the current k-th distance. Rosters are small (10⁴ members at most), for
/// which this is fast without building a tree.
enum NearestNeighbours {
    /// For each point, the distance to its k-th nearest other point (same units as the points).
    /// - Precondition: `points.count > k >= 1`.
    static func kthDistances(_ points: [Coordinate], k: Int) -> [Double] {
        let order = points.indices.sorted { points[$0].x < points[$1].x }
        var rank = [Int](repeating: 0, count: points.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        var result = [Double](repeating: .infinity, count: points.count)
        var best = [Double]()
        best.reserveCapacity(k + 1)
        for index in points.indices {
            let p = points[index]
            best.removeAll(keepingCapacity: true)
            var kth = Double.infinity
            // Walk outwards in x order, left and right, until the x gap exceeds the k-th distance.
            var left = rank[index] - 1
            var right = rank[index] + 1
            while left >= 0 || right < order.count {
                let leftGap = left >= 0 ? p.x - points[order[left]].x : .infinity
                let rightGap = right < order.count ? points[order[right]].x - p.x : .infinity
                let takeLeft = leftGap <= rightGap
                let gap = takeLeft ? leftGap : rightGap
                if gap > kth { break }
                let q = points[order[takeLeft ? left : right]]
                if takeLeft { left -= 1 } else { right += 1 }
                let d = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
                if best.count < k || d < kth {
                    let slot = best.firstIndex { $0 > d } ?? best.count
                    best.insert(d, at: slot)
                    if best.count > k { best.removeLast() }
                    if best.count == k { kth = best[k - 1] }
                }
            }
            result[index] = kth
        }
        return result
    }
}

/// Sample quantiles.
enum Quantile {
    /// R's default quantile (type 7) of an ascending sample: linear interpolation between order statistics
    /// at h = (n − 1)·p.
    static func type7(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
