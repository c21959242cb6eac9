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

    /// AᵀA for a row-major `rows × columns` matrix A of zeros and ones, or `nil` when A holds another value.
    ///
    /// With at most 255 rows the counts fit a byte (``byteCoOccurrence(_:rows:columns:)``). Above 255 rows,
    /// each column becomes a bit set over the rows and C_ij = popcount(a_i ∧ a_j).
    static func binaryGramOfColumns(_ a: [Double], rows m: Int, columns n: Int) -> [Double]? {
        guard a.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
        var out = [Double](repeating: 0, count: n * n)
        if let counts = byteCoOccurrence(a, rows: m, columns: n) {
            counts.withUnsafeBufferPointer { c in
                out.withUnsafeMutableBufferPointer { o in for i in 0..<(n * n) { o[i] = Double(c[i]) } }
            }
            return out
        }
        let words = (m + 63) / 64
        var bits = [UInt64](repeating: 0, count: n * words)
        for r in 0..<m {
            let word = r / 64, bit = UInt64(1) << UInt64(r % 64)
            for s in 0..<n where a[r * n + s] == 1 { bits[s * words + word] |= bit }
        }
        bits.withUnsafeBufferPointer { b in
            out.withUnsafeMutableBufferPointer { c in
                for i in 0..<n {
                    let bi = i * words, ci = i * n
                    for j in 0..<n {
                        var count = 0
                        for w in 0..<words { count += (b[bi + w] & b[j * words + w]).nonzeroBitCount }
                        c[ci + j] = Double(count)
                    }
                }
            }
        }
        return out
    }

    /// AᵀA as byte counts for a 0/1 matrix A with at most 255 rows, or `nil` otherwise: each present cell
    /// adds the region's 0/1 byte row into a byte row of the result (16 sectors per SSE2 instruction).
    static func byteCoOccurrence(_ a: [Double], rows m: Int, columns n: Int) -> [UInt8]? {
        guard m <= 255 else { return nil }
        var bytes = [UInt8](repeating: 0, count: m * n)
        // Without a branch per cell: a quarter of the cells are ones, in no order a predictor could learn.
        var other = false
        a.withUnsafeBufferPointer { a in
            bytes.withUnsafeMutableBufferPointer { bytes in
                for i in 0..<(m * n) {
                    let v = a[i]
                    bytes[i] = v == 1 ? 1 : 0
                    other = other || (v != 0 && v != 1)
                }
            }
        }
        if other { return nil }
        var counts = [UInt8](repeating: 0, count: n * n)
        bytes.withUnsafeBufferPointer { b in
            counts.withUnsafeMutableBufferPointer { c in
                let raw = UnsafeRawPointer(b.baseAddress!)
                let chunks = n / 16
                for r in 0..<m {
                    let row = b.baseAddress! + r * n
                    for i in 0..<n where row[i] != 0 {
                        let target = c.baseAddress! + i * n
                        let targetRaw = UnsafeMutableRawPointer(target)
                        for chunk in 0..<chunks {
                            let offset = chunk * 16
                            let sum = targetRaw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
                                &+ raw.loadUnaligned(fromByteOffset: r * n + offset, as: SIMD16<UInt8>.self)
                            targetRaw.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<UInt8>.self)
                        }
                        for j in (chunks * 16)..<n { target[j] &+= row[j] }
                    }
                }
            }
        }
        return counts
    }

    /// M·B for a row-major `m × k` matrix M of zeros and ones and a row-major `k × n` matrix B, or `nil`
    /// when M holds another value. Each output row is the sum of the rows of B that M selects, done in
    /// column tiles so the selected rows' tiles stay in cache across all of M's rows.
    static func binaryRowsTimes(_ mask: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double]? {
        guard mask.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
        let present: [[Int]] = (0..<m).map { r in (0..<k).filter { mask[r * k + $0] == 1 } }
        var out = [Double](repeating: 0, count: m * n)
        let tile = 128
        b.withUnsafeBufferPointer { b in
            out.withUnsafeMutableBufferPointer { o in
                for j0 in stride(from: 0, to: n, by: tile) {
                    let width = min(tile, n - j0)
                    for r in 0..<m {
                        let target = o.baseAddress! + r * n + j0
                        for i in present[r] {
                            let source = b.baseAddress! + i * n + j0
                            for j in 0..<width { target[j] += source[j] }
                        }
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
    /// Done in 32 × 32 tiles so both the reads and the writes stay within a few cache lines.
    static func transpose(_ a: [Double], m: Int, n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: m * n)
        let tile = 32
        a.withUnsafeBufferPointer { a in
            out.withUnsafeMutableBufferPointer { o in
                for i0 in stride(from: 0, to: m, by: tile) {
                    for j0 in stride(from: 0, to: n, by: tile) {
                        for i in i0..<min(i0 + tile, m) {
                            for j in j0..<min(j0 + tile, n) { o[j * m + i] = a[i * n + j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Column sums of a row-major `m × n` matrix.
    static func columnSums(_ a: [Double], m: Int, n: Int) -> [Double] {
        var s = [Double](repeating: 0, count: n)
        a.withUnsafeBufferPointer { a in
            s.withUnsafeMutableBufferPointer { s in
                for i in 0..<m {
                    let row = a.baseAddress! + i * n
                    for j in 0..<n { s[j] += row[j] }
                }
            }
        }
        return s
    }

    /// Row sums of a row-major `m × n` matrix.
    static func rowSums(_ a: [Double], m: Int, n: Int) -> [Double] {
        a.withUnsafeBufferPointer { a in
            (0..<m).map { i in
                var s = 0.0
                let row = a.baseAddress! + i * n
                for j in 0..<n { s += row[j] }
                return s
            }
        }
    }

    /// Whether a row-major `n × n` matrix equals its transpose exactly.
    static func isSymmetric(_ a: [Double], n: Int) -> Bool {
        for i in 0..<n { for j in (i + 1)..<max(n, i + 1) where a[i * n + j] != a[j * n + i] { return false } }
        return true
    }
}
