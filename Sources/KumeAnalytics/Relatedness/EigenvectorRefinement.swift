/// Inverse iteration: the eigenvector of a general (non-symmetric) square matrix nearest a shift.
///
/// EconGeo takes KCI/TCI from `eigen()` of a matrix rounded to 4 decimals, which is no longer symmetric
/// (nor similar to a symmetric one). kume finds the eigenpair of the unrounded, symmetrisable matrix first,
/// then polishes it on the rounded matrix with this: LU with partial pivoting of (A − μI), repeated solves,
/// the shift moved once to the Rayleigh quotient. Converges in a handful of steps when the eigenvalue is
/// separated from its neighbours by more than the rounding moved it.
enum EigenvectorRefinement {
    static func refine(
        _ a: [Double], n: Int, shift: Double, start: [Double]
    ) throws(RegionalMeasureError) -> [Double] {
        var x = normalised(start)
        var mu = shift
        for phase in 0..<2 {
            let lu = factor(a, n: n, shift: mu)
            var converged = false
            for iteration in 0..<300 {
                var y = solve(lu, n: n, x)
                y = normalised(y)
                if zip(y, x).reduce(0, { $0 + $1.0 * $1.1 }) < 0 { y = y.map { -$0 } }
                let change = zip(y, x).reduce(0) { max($0, abs($1.0 - $1.1)) }
                x = y
                if phase == 0, iteration >= 4 { break }
                if change < 1e-14 { converged = true; break }
            }
            if phase == 0 {
                // Rayleigh quotient xᵀAx / xᵀx (x has unit length).
                var q = 0.0
                for i in 0..<n { for j in 0..<n { q += x[i] * a[i * n + j] * x[j] } }
                mu = q + 1e-13 * max(abs(q), 1)
            } else if !converged {
                throw .noConvergence("inverse iteration for an eigenvector of the rounded matrix")
            }
        }
        return x
    }

    struct LU {
        var lu: [Double]
        var pivot: [Int]
    }

    static func factor(_ a: [Double], n: Int, shift: Double) -> LU {
        var lu = a
        for i in 0..<n { lu[i * n + i] -= shift }
        var pivot = Array(0..<n)
        let tiny = 1e-300
        for k in 0..<n {
            var p = k
            for i in (k + 1)..<max(n, k + 1) where abs(lu[i * n + k]) > abs(lu[p * n + k]) { p = i }
            if p != k {
                for j in 0..<n { lu.swapAt(k * n + j, p * n + j) }
                pivot.swapAt(k, p)
            }
            if lu[k * n + k] == 0 { lu[k * n + k] = tiny }
            let pivotValue = lu[k * n + k]
            for i in (k + 1)..<max(n, k + 1) {
                let factor = lu[i * n + k] / pivotValue
                lu[i * n + k] = factor
                if factor != 0 { for j in (k + 1)..<n { lu[i * n + j] -= factor * lu[k * n + j] } }
            }
        }
        return LU(lu: lu, pivot: pivot)
    }

    static func solve(_ f: LU, n: Int, _ b: [Double]) -> [Double] {
        var y = f.pivot.map { b[$0] }
        for i in 0..<n { for j in 0..<i { y[i] -= f.lu[i * n + j] * y[j] } }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)..<max(n, i + 1) { y[i] -= f.lu[i * n + j] * y[j] }
            y[i] /= f.lu[i * n + i]
        }
        return y
    }

    static func normalised(_ x: [Double]) -> [Double] {
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? x.map { $0 / norm } : x
    }
}
