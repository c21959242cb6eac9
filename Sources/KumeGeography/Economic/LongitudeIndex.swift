import KumeGeo

/// Registry rows sorted by longitude, so the rows inside a bounding box are found by two binary searches
/// and a latitude test over one longitude band instead of a scan of the whole registry.
package struct LongitudeIndex: Sendable {
    /// Row numbers in ascending longitude.
    private let rows: [Int]
    /// The longitudes of ``rows``, in the same order.
    private let longitudes: [Double]
    /// The latitudes of ``rows``, in the same order.
    private let latitudes: [Double]

    /// Indexes `rows` of `coordinates` (WGS84 longitude, latitude).
    package init(rows: [Int], coordinates: [Coordinate]) {
        let sorted = rows.sorted { coordinates[$0].x < coordinates[$1].x }
        self.rows = sorted
        longitudes = sorted.map { coordinates[$0].x }
        latitudes = sorted.map { coordinates[$0].y }
    }

    /// The rows whose point lies in the box, in ascending longitude.
    func rows(longitude: ClosedRange<Double>, latitude: ClosedRange<Double>) -> [Int] {
        var result: [Int] = []
        var position = firstIndex(atLeast: longitude.lowerBound)
        while position < longitudes.count, longitudes[position] <= longitude.upperBound {
            if latitude.contains(latitudes[position]) { result.append(rows[position]) }
            position += 1
        }
        return result
    }

    /// The first position whose longitude is ≥ `value`.
    private func firstIndex(atLeast value: Double) -> Int {
        var low = 0, high = longitudes.count
        while low < high {
            let middle = (low + high) / 2
            if longitudes[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
