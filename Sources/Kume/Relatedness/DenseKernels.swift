/// Loops over contiguous row-major `[Double]` arrays used by the relatedness and complexity measures.
///
/// Written out because the matrices are small (81 × 615 at most for Türkiye's provinces × NACE classes)
/// and no linear-algebra package is among kume's dependencies; the loops are ordered so the innermost one
/// runs over contiguous memory and vectorises.
enum DenseKernels {
    /// AᵀA for a row-major `rows × columns` matrix A: a `columns × columns` matrix, zero entries skipped.
    static func gramOfColumns(_ a: [Double], rows: Int, columns n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n * n)
        a.withUnsafeBufferPointer { a in
            out.withUnsafeMutableBufferPointer { c in
                for r in 0..<rows {
                    let base = r * n
                    for i in 0..<n {
                        let ai = a[base + i]
                        if ai == 0 { continue }
                        let ci = i * n
                        for j in 0..<n { c[ci + j] += ai * a[base + j] }
                    }
                }
            }
        }
        return out
    }

    /// A·B for row-major `m × k` A and `k × n` B: a row-major `m × n` matrix, zero entries of A skipped.
    static func multiply(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: m * n)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    for i in 0..<m {
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            let bp = p * n, ci = i * n
                            for j in 0..<n { c[ci + j] += aip * b[bp + j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The transpose of a row-major `m × n` matrix.
    static func transpose(_ a: [Double], m: Int, n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { out[j * m + i] = a[i * n + j] } }
        return out
    }

    /// Column sums of a row-major `m × n` matrix.
    static func columnSums(_ a: [Double], m: Int, n: Int) -> [Double] {
        var s = [Double](repeating: 0, count: n)
        for i in 0..<m { for j in 0..<n { s[j] += a[i * n + j] } }
        return s
    }

    /// Row sums of a row-major `m × n` matrix.
    static func rowSums(_ a: [Double], m: Int, n: Int) -> [Double] {
        (0..<m).map { i in
            var s = 0.0
            for j in 0..<n { s += a[i * n + j] }
            return s
        }
    }
}
