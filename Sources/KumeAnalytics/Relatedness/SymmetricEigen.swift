/// One eigenpair of a real symmetric matrix without the full decomposition, as LAPACK's `dsyevx` finds a
/// few (bisection as in `dstebz`, inverse iteration as in `dstein`).
///
/// Written out because kume has no linear-algebra dependency. The complexity indices need one eigenvector of
/// a regions × regions matrix (81 × 81 for Türkiye); a full decomposition would spend most of its time
/// rotating all 81 of them.
enum SymmetricEigen {
    /// The eigenvalue of the symmetric row-major `n × n` matrix `a` at `index` in ascending order, and its
    /// unit eigenvector (the sign is arbitrary).
    ///
    /// The matrix is reduced to tridiagonal form T = QᵀAQ by Householder reflections; the eigenvalue is
    /// found by bisection on Sturm counts of T, its eigenvector by inverse iteration on T and the
    /// reflections applied back. The result is checked on A itself (‖Ax − λx‖∞ within rounding of ‖A‖∞);
    /// should the check fail, inverse iteration on the dense A takes over.
    /// - Throws: ``RegionalMeasureError/noConvergence(_:)`` when neither route reaches that residual.
    static func eigenpair(symmetric a: [Double], n: Int, index: Int) throws(RegionalMeasureError)
        -> (value: Double, vector: [Double]) {
        precondition(index >= 0 && index < n, "an eigenvalue index inside the matrix")
        let t = TridiagonalForm(symmetric: a, n: n)
        let value = t.eigenvalue(index)
        if let vector = t.eigenvector(value), residual(a, n: n, value: value, vector) <= tolerance(a, n: n) {
            return (value, vector)
        }
        return (value, try eigenvector(symmetric: a, n: n, value: value))
    }

    /// ‖Ax − value·x‖∞.
    static func residual(_ a: [Double], n: Int, value: Double, _ x: [Double]) -> Double {
        var largest = 0.0
        a.withUnsafeBufferPointer { a in
            for i in 0..<n {
                var sum = -value * x[i]
                let row = a.baseAddress! + i * n
                for j in 0..<n { sum += row[j] * x[j] }
                largest = max(largest, abs(sum))
            }
        }
        return largest
    }

    /// ‖A‖∞, the largest absolute row sum.
    static func infinityNorm(_ a: [Double], n: Int) -> Double {
        var norm = 0.0
        for i in 0..<n { norm = max(norm, (0..<n).reduce(0) { $0 + abs(a[i * n + $1]) }) }
        return norm
    }

    /// The residual accepted for a unit eigenvector: 64 n ε ‖A‖∞.
    static func tolerance(_ a: [Double], n: Int) -> Double {
        64 * Double(n) * Double.ulpOfOne * max(infinityNorm(a, n: n), .leastNormalMagnitude)
    }

    /// The unit eigenvector of the symmetric row-major `n × n` matrix `a` for its eigenvalue `value` (the
    /// fallback of ``eigenpair(symmetric:n:index:)``): inverse iteration with the LU factors of
    /// A − value·I, until the residual ‖Ax − value·x‖∞ is within rounding of ‖A‖∞. The sign is arbitrary.
    /// - Throws: ``RegionalMeasureError/noConvergence(_:)`` when ten iterations leave a larger residual.
    static func eigenvector(symmetric a: [Double], n: Int, value: Double) throws(RegionalMeasureError) -> [Double] {
        let accepted = tolerance(a, n: n), norm = infinityNorm(a, n: n)
        // A zero pivot (value is an eigenvalue to working precision) is replaced by a tiny one, which
        // makes the solve blow up along the eigenvector: the point of inverse iteration.
        let tiny = max(norm, .leastNormalMagnitude) * Double.ulpOfOne
        var lu = a
        for i in 0..<n { lu[i * n + i] -= value }
        var pivot = [Int](repeating: 0, count: n)
        lu.withUnsafeMutableBufferPointer { lu in
            for k in 0..<n {
                var p = k
                for i in (k + 1)..<max(n, k + 1) where abs(lu[i * n + k]) > abs(lu[p * n + k]) { p = i }
                pivot[k] = p
                if p != k { for j in 0..<n { lu.swapAt(k * n + j, p * n + j) } }
                if abs(lu[k * n + k]) < tiny { lu[k * n + k] = lu[k * n + k] < 0 ? -tiny : tiny }
                let diagonal = lu[k * n + k]
                for i in (k + 1)..<max(n, k + 1) {
                    let factor = lu[i * n + k] / diagonal
                    lu[i * n + k] = factor
                    if factor == 0 { continue }
                    for j in (k + 1)..<n { lu[i * n + j] -= factor * lu[k * n + j] }
                }
            }
        }
        // A start with no symmetry that could make it orthogonal to the eigenvector by construction.
        var x = (0..<n).map { 1 + Double(($0 * 7919) % 101) / 101 }
        for iteration in 1...10 {
            // Solve (A − value·I) y = x: row swaps, then L (unit diagonal), then U.
            var y = x
            for k in 0..<n where pivot[k] != k { y.swapAt(k, pivot[k]) }
            for i in 0..<n { for j in 0..<i { y[i] -= lu[i * n + j] * y[j] } }
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in (i + 1)..<max(n, i + 1) { y[i] -= lu[i * n + j] * y[j] }
                y[i] /= lu[i * n + i]
            }
            let length = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard length.isFinite, length > 0 else { break }
            x = y.map { $0 / length }
            // A second solve even when the first already fits: it takes the error along the other
            // eigenvectors down to rounding (one solve leaves it about |λ error| / gap).
            if iteration >= 2, residual(a, n: n, value: value, x) <= accepted { return x }
        }
        throw .noConvergence("inverse iteration for an eigenvector of the complexity matrix")
    }
}
