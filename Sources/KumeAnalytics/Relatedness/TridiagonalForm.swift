/// A symmetric matrix A reduced to tridiagonal form T = QᵀAQ by Householder reflections (the reduction of
/// EISPACK's `tred2` as JAMA publishes it, public domain), with the reflections kept so that an
/// eigenvector y of T becomes the eigenvector Qy of A. Used by ``SymmetricEigen/eigenpair(symmetric:n:index:)``.
struct TridiagonalForm {
    let n: Int
    /// T's diagonal.
    let diagonal: [Double]
    /// T's off-diagonal: `offDiagonal[i]` couples i − 1 and i; `offDiagonal[0]` is 0.
    let offDiagonal: [Double]
    /// Reflection i (1 ≤ i < n) is I − u uᵀ / h_i on coordinates 0..<i, u in `reflectors[i * n ..< i * n + i]`.
    let reflectors: [Double]
    /// h_i of each reflection (0: none).
    let h: [Double]

    /// Reduces the symmetric row-major `n × n` matrix `a` (its upper triangle is read).
    init(symmetric a: [Double], n: Int) {
        self.n = n
        var v = a, d = [Double](repeating: 0, count: n), e = [Double](repeating: 0, count: n)
        var h = [Double](repeating: 0, count: n)
        v.withUnsafeMutableBufferPointer { v in
            d.withUnsafeMutableBufferPointer { d in
                e.withUnsafeMutableBufferPointer { e in
                    guard n > 0, let base = v.baseAddress else { return }
                    Self.reduce(base, d.baseAddress!, e.baseAddress!, &h, n)
                }
            }
        }
        for j in 0..<n { d[j] = v[j * n + j] }
        diagonal = d
        offDiagonal = e
        reflectors = v
        self.h = h
    }

    /// The reduction, on the upper triangle so that the inner loops run along rows; reflection i's vector is
    /// written into row i's lower part, which the reduction no longer reads.
    private static func reduce(_ v: UnsafeMutablePointer<Double>, _ d: UnsafeMutablePointer<Double>,
                               _ e: UnsafeMutablePointer<Double>, _ hs: inout [Double], _ n: Int) {
        for j in 0..<n { d[j] = v[j * n + n - 1] }
        for i in stride(from: n - 1, to: 0, by: -1) {
            var scale = 0.0, h = 0.0
            for k in 0..<i { scale += abs(d[k]) }
            if scale == 0 {
                e[i] = d[i - 1]
                for j in 0..<i { d[j] = v[j * n + i - 1] }
            } else {
                for k in 0..<i {
                    d[k] /= scale
                    h += d[k] * d[k]
                }
                var f = d[i - 1]
                var g = h.squareRoot()
                if f > 0 { g = -g }
                e[i] = scale * g
                h -= f * g
                d[i - 1] = f - g
                for j in 0..<i { e[j] = 0 }
                // e = A d on the leading i × i block, from its upper triangle: row j's dot product and its
                // transpose's axpy. The dot product runs in two pairs of partial sums.
                for j in 0..<i {
                    f = d[j]
                    v[i * n + j] = f
                    let row = v + j * n
                    var g0 = SIMD2<Double>.zero, g1 = SIMD2<Double>.zero
                    var k = j + 1
                    while k + 4 <= i {
                        let r0 = SIMD2(row[k], row[k + 1]), r1 = SIMD2(row[k + 2], row[k + 3])
                        g0 += r0 * SIMD2(d[k], d[k + 1])
                        g1 += r1 * SIMD2(d[k + 2], d[k + 3])
                        e[k] += row[k] * f
                        e[k + 1] += row[k + 1] * f
                        e[k + 2] += row[k + 2] * f
                        e[k + 3] += row[k + 3] * f
                        k += 4
                    }
                    var tail = 0.0
                    while k < i {
                        tail += row[k] * d[k]
                        e[k] += row[k] * f
                        k += 1
                    }
                    let sums = g0 + g1
                    e[j] += row[j] * f + ((sums.x + sums.y) + tail)
                }
                f = 0
                for j in 0..<i {
                    e[j] /= h
                    f += e[j] * d[j]
                }
                let hh = f / (h + h)
                for j in 0..<i { e[j] -= hh * d[j] }
                for j in 0..<i {
                    f = d[j]
                    g = e[j]
                    let row = v + j * n
                    for k in j..<i { row[k] -= (f * e[k] + g * d[k]) }
                    d[j] = row[i - 1]
                }
            }
            d[i] = h
            hs[i] = h
        }
        e[0] = 0
    }

    /// The eigenvalue at `index` in ascending order, by bisection on Sturm counts to within a few ulps of
    /// T's norm.
    func eigenvalue(_ index: Int) -> Double {
        var norm = 0.0, largestSquare = 0.0
        var lo = Double.infinity, hi = -Double.infinity
        for i in 0..<n {
            let left = abs(offDiagonal[i]), right = i + 1 < n ? abs(offDiagonal[i + 1]) : 0
            lo = min(lo, diagonal[i] - left - right)
            hi = max(hi, diagonal[i] + left + right)
            largestSquare = max(largestSquare, offDiagonal[i] * offDiagonal[i])
        }
        norm = max(abs(lo), abs(hi))
        let pivotFloor = Double.leastNormalMagnitude * max(1, largestSquare)
        let margin = 2 * Double.ulpOfOne * norm * Double(n) + pivotFloor
        lo -= margin
        hi += margin
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            if hi - lo <= 2 * Double.ulpOfOne * max(abs(lo), abs(hi)) + pivotFloor || mid == lo || mid == hi { break }
            if countBelow(mid, pivotFloor) > index { hi = mid } else { lo = mid }
        }
        return 0.5 * (lo + hi)
    }

    /// How many eigenvalues of T are below x: the negative pivots of the LDLᵀ factors of T − xI.
    private func countBelow(_ x: Double, _ pivotFloor: Double) -> Int {
        var count = 0
        var q = diagonal[0] - x
        if abs(q) < pivotFloor { q = -pivotFloor }
        if q < 0 { count += 1 }
        for i in 1..<max(n, 1) {
            q = diagonal[i] - x - offDiagonal[i] * offDiagonal[i] / q
            if abs(q) < pivotFloor { q = -pivotFloor }
            if q < 0 { count += 1 }
        }
        return count
    }

    /// A unit eigenvector of A for the eigenvalue `value` of T: three steps of inverse iteration on T (an
    /// LU with partial pivoting of the tridiagonal T − value·I, tiny pivots raised to ε‖T‖), then Q
    /// applied. `nil` if the solves break down.
    func eigenvector(_ value: Double) -> [Double]? {
        if n == 0 { return nil }
        var norm = 0.0
        for i in 0..<n { norm = max(norm, abs(diagonal[i]) + abs(offDiagonal[i]) + (i + 1 < n ? abs(offDiagonal[i + 1]) : 0)) }
        let tiny = max(norm, .leastNormalMagnitude) * Double.ulpOfOne
        // U has three diagonals (u0 on, u1 and u2 above); multipliers and row swaps in `multiplier`, `swapped`.
        var u0 = [Double](repeating: 0, count: n), u1 = u0, u2 = u0, multiplier = u0
        var swapped = [Bool](repeating: false, count: n)
        var current = (diagonal[0] - value, n > 1 ? offDiagonal[1] : 0, 0.0)
        for i in 0..<(n - 1) {
            let next = (offDiagonal[i + 1], diagonal[i + 1] - value, i + 2 < n ? offDiagonal[i + 2] : 0)
            let pivot, other: (Double, Double, Double)
            if abs(next.0) > abs(current.0) {
                swapped[i] = true
                pivot = next
                other = current
            } else {
                pivot = current
                other = next
            }
            var p0 = pivot.0
            if abs(p0) < tiny { p0 = p0 < 0 ? -tiny : tiny }
            u0[i] = p0
            u1[i] = pivot.1
            u2[i] = pivot.2
            let l = other.0 / p0
            multiplier[i] = l
            current = (other.1 - l * pivot.1, other.2 - l * pivot.2, 0)
        }
        var last = current.0
        if abs(last) < tiny { last = last < 0 ? -tiny : tiny }
        u0[n - 1] = last
        // A start with no symmetry that could make it orthogonal to the eigenvector by construction.
        var y = (0..<n).map { 1 + Double(($0 * 7919) % 101) / 101 }
        for _ in 0..<3 {
            var z = [Double](repeating: 0, count: n)
            var carry = y[0]
            for i in 0..<(n - 1) {
                let incoming = y[i + 1]
                if swapped[i] {
                    z[i] = incoming
                    carry -= multiplier[i] * incoming
                } else {
                    z[i] = carry
                    carry = incoming - multiplier[i] * carry
                }
            }
            z[n - 1] = carry
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = z[i]
                if i + 1 < n { sum -= u1[i] * z[i + 1] }
                if i + 2 < n { sum -= u2[i] * z[i + 2] }
                z[i] = sum / u0[i]
            }
            let length = z.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard length.isFinite, length > 0 else { return nil }
            y = z.map { $0 / length }
        }
        // x = Q y: reflection 1 first, on coordinates 0..<1, up to reflection n − 1.
        for i in 1..<max(n, 1) where h[i] != 0 {
            var dot = 0.0
            for k in 0..<i { dot += reflectors[i * n + k] * y[k] }
            let scale = dot / h[i]
            for k in 0..<i { y[k] -= scale * reflectors[i * n + k] }
        }
        let length = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard length.isFinite, length > 0 else { return nil }
        return y.map { $0 / length }
    }
}
