import Foundation
@testable import KumeAnalytics

/// The full eigen-decomposition of a real symmetric matrix, the reference the one-eigenpair solver
/// (``SymmetricEigenpair``, LAPACK's `dsyevr`) is tested against: Householder reduction to
/// tridiagonal form with the transformation accumulated, then the implicit QL algorithm rotating every
/// eigenvector (`tred2`/`tql2` of EISPACK as published in JAMA, public domain).
struct ReferenceSymmetricEigen {
    /// Eigenvalues in ascending order.
    let values: [Double]
    /// Eigenvectors as columns, row-major `n × n`: component k of eigenvector i is `vectors[k * n + i]`.
    let vectors: [Double]
    let n: Int

    /// Eigenvector `i` (unit length), in the order of ``values``.
    func vector(_ i: Int) -> [Double] { (0..<n).map { vectors[$0 * n + i] } }

    /// Decomposes the symmetric row-major `n × n` matrix `a` (only its values are read; symmetry is assumed).
    /// - Throws: ``RegionalMeasureError/noConvergence(_:)`` if QL iteration fails to converge.
    init(symmetric a: [Double], n: Int) throws(RegionalMeasureError) {
        self.n = n
        var v = a, d = [Double](repeating: 0, count: n), e = [Double](repeating: 0, count: n)
        if n == 0 { values = []; vectors = []; return }
        // On raw buffers: the O(n³) loops index three arrays, and Swift's checked array access would
        // double their cost.
        var failure: RegionalMeasureError?
        v.withUnsafeMutableBufferPointer { v in
            d.withUnsafeMutableBufferPointer { d in
                e.withUnsafeMutableBufferPointer { e in
                    Self.tridiagonalise(v, d, e, n)
                    do throws(RegionalMeasureError) { try Self.ql(v, d, e, n) } catch { failure = error }
                }
            }
        }
        if let failure { throw failure }
        // Sort ascending (QL leaves them nearly sorted).
        let order = d.indices.sorted { d[$0] < d[$1] || (d[$0] == d[$1] && $0 < $1) }
        values = order.map { d[$0] }
        var sorted = [Double](repeating: 0, count: n * n)
        for (newIndex, old) in order.enumerated() { for k in 0..<n { sorted[k * n + newIndex] = v[k * n + old] } }
        vectors = sorted
    }

    private static func tridiagonalise(_ v: UnsafeMutableBufferPointer<Double>, _ d: UnsafeMutableBufferPointer<Double>,
                                       _ e: UnsafeMutableBufferPointer<Double>, _ n: Int) {
        for j in 0..<n { d[j] = v[(n - 1) * n + j] }
        for i in stride(from: n - 1, to: 0, by: -1) {
            var scale = 0.0, h = 0.0
            for k in 0..<i { scale += abs(d[k]) }
            if scale == 0 {
                e[i] = d[i - 1]
                for j in 0..<i {
                    d[j] = v[(i - 1) * n + j]
                    v[i * n + j] = 0
                    v[j * n + i] = 0
                }
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
                for j in 0..<i {
                    f = d[j]
                    v[j * n + i] = f
                    g = e[j] + v[j * n + j] * f
                    var k = j + 1
                    while k < i {
                        g += v[k * n + j] * d[k]
                        e[k] += v[k * n + j] * f
                        k += 1
                    }
                    e[j] = g
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
                    for k in j..<i { v[k * n + j] -= (f * e[k] + g * d[k]) }
                    d[j] = v[(i - 1) * n + j]
                    v[i * n + j] = 0
                }
            }
            d[i] = h
        }
        for i in 0..<(n - 1) {
            v[(n - 1) * n + i] = v[i * n + i]
            v[i * n + i] = 1
            let h = d[i + 1]
            if h != 0 {
                for k in 0...i { d[k] = v[k * n + i + 1] / h }
                for j in 0...i {
                    var g = 0.0
                    for k in 0...i { g += v[k * n + i + 1] * v[k * n + j] }
                    for k in 0...i { v[k * n + j] -= g * d[k] }
                }
            }
            for k in 0...i { v[k * n + i + 1] = 0 }
        }
        for j in 0..<n {
            d[j] = v[(n - 1) * n + j]
            v[(n - 1) * n + j] = 0
        }
        v[(n - 1) * n + n - 1] = 1
        e[0] = 0
    }

    private static func ql(
        _ v: UnsafeMutableBufferPointer<Double>, _ d: UnsafeMutableBufferPointer<Double>,
        _ e: UnsafeMutableBufferPointer<Double>, _ n: Int
    ) throws(RegionalMeasureError) {
        for i in 1..<max(n, 1) { e[i - 1] = e[i] }
        e[n - 1] = 0
        var f = 0.0, tst1 = 0.0
        let eps = Double.ulpOfOne
        for l in 0..<n {
            tst1 = max(tst1, abs(d[l]) + abs(e[l]))
            var m = l
            while m < n - 1, abs(e[m]) > eps * tst1 { m += 1 }
            if m > l {
                var iterations = 0
                repeat {
                    iterations += 1
                    if iterations > 60 { throw .noConvergence("the symmetric eigen-decomposition") }
                    var g = d[l]
                    var p = (d[l + 1] - g) / (2 * e[l])
                    var r = hypot(p, 1)
                    if p < 0 { r = -r }
                    d[l] = e[l] / (p + r)
                    d[l + 1] = e[l] * (p + r)
                    let dl1 = d[l + 1]
                    var h = g - d[l]
                    var i = l + 2
                    while i < n { d[i] -= h; i += 1 }
                    f += h
                    p = d[m]
                    var c = 1.0, c2 = 1.0, c3 = 1.0
                    let el1 = e[l + 1]
                    var s = 0.0, s2 = 0.0
                    for i in stride(from: m - 1, through: l, by: -1) {
                        c3 = c2
                        c2 = c
                        s2 = s
                        g = c * e[i]
                        h = c * p
                        r = hypot(p, e[i])
                        e[i + 1] = s * r
                        s = e[i] / r
                        c = p / r
                        p = c * d[i] - s * g
                        d[i + 1] = h + s * (c * g + s * d[i])
                        for k in 0..<n {
                            h = v[k * n + i + 1]
                            v[k * n + i + 1] = s * v[k * n + i] + c * h
                            v[k * n + i] = c * v[k * n + i] - s * h
                        }
                    }
                    p = -s * s2 * c3 * el1 * e[l] / dl1
                    e[l] = s * p
                    d[l] = c * p
                } while abs(e[l]) > eps * tst1
            }
            d[l] += f
            e[l] = 0
        }
    }
}
