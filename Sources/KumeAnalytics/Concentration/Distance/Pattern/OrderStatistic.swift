/// The k-th smallest of a set of values without sorting them all (Hoare's selection).
///
/// Written here because neither the standard library nor swift-algorithms offers an in-place partial
/// selection on doubles; used on the few tens of thousands of distances that bracket a quartile.
enum OrderStatistic {
    /// The value of 0-based rank `rank` among the first `count` of `values` (which it reorders).
    /// Median-of-three pivots; after 64 rounds without convergence it sorts what is left.
    static func select(_ values: inout [Double], count: Int, rank: Int) -> Double {
        precondition(rank >= 0 && rank < count && count <= values.count)
        return values.withUnsafeMutableBufferPointer { v -> Double in
            var lo = 0, hi = count - 1
            var rounds = 0
            while hi > lo {
                rounds += 1
                if rounds > 64 {
                    var rest = UnsafeMutableBufferPointer(rebasing: v[lo...hi])
                    rest.sort()
                    break
                }
                let mid = lo + (hi - lo) / 2
                // Median of three into v[mid].
                if v[mid] < v[lo] { v.swapAt(mid, lo) }
                if v[hi] < v[lo] { v.swapAt(hi, lo) }
                if v[hi] < v[mid] { v.swapAt(hi, mid) }
                let pivot = v[mid]
                var i = lo, j = hi
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while v[j] > pivot { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                // Now v[lo...j] ≤ pivot ≤ v[i...hi], and anything between equals the pivot.
                if rank <= j {
                    hi = j
                } else if rank >= i {
                    lo = i
                } else {
                    return v[rank]
                }
            }
            return v[rank]
        }
    }
}
