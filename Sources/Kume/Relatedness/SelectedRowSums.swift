import Dispatch

/// Two sums of selected rows in one pass, for the density and the outlook gain of economic complexity:
/// for a 0/1 regions × sectors matrix M and a sectors × sectors matrix B, row r of `plain` is Σ_{i: M_ri = 1} B_i·
/// and row r of `scaled` is Σ_{i: M_ri = 1} f_i·B_i·.
///
/// Each selected row of B is read once for both sums, in column tiles that stay in the second-level cache,
/// and the regions are split between two threads. Every output row is summed in the same order whatever the
/// split, so the result does not depend on it; each sum equals what ``DenseKernels/binaryRowsTimes(_:_:m:k:n:)``
/// gives for B and for B with row i multiplied by f_i.
enum SelectedRowSums {
    /// The two sums, or `nil` when M holds a value other than 0 and 1.
    static func compute(mask: [Double], _ b: [Double], factors: [Double], m: Int, k: Int, n: Int)
        -> (plain: [Double], scaled: [Double])? {
        guard mask.allSatisfy({ $0 == 0 || $0 == 1 }) else { return nil }
        let present: [[Int]] = (0..<m).map { r in (0..<k).filter { mask[r * k + $0] == 1 } }
        var plain = [Double](repeating: 0, count: m * n)
        var scaled = [Double](repeating: 0, count: m * n)
        let work = present.reduce(0) { $0 + $1.count } * n
        // Below about 10⁶ additions a second thread costs more than it saves.
        let threads = work >= 1 << 20 && m >= 2 ? 2 : 1
        b.withUnsafeBufferPointer { b in
            factors.withUnsafeBufferPointer { f in
                plain.withUnsafeMutableBufferPointer { p in
                    scaled.withUnsafeMutableBufferPointer { s in
                        let buffers = Buffers(b: b, factors: f, plain: p, scaled: s)
                        DispatchQueue.concurrentPerform(iterations: threads) { part in
                            buffers.sum(rows: (part * m / threads)..<((part + 1) * m / threads), present: present, n: n)
                        }
                    }
                }
            }
        }
        return (plain, scaled)
    }

    /// Raw buffers for the threads of `concurrentPerform`; each thread writes only its own output rows.
    private struct Buffers: @unchecked Sendable {
        let b: UnsafePointer<Double>
        let factors: UnsafePointer<Double>
        let plain: UnsafeMutablePointer<Double>
        let scaled: UnsafeMutablePointer<Double>

        init(b: UnsafeBufferPointer<Double>, factors: UnsafeBufferPointer<Double>,
             plain: UnsafeMutableBufferPointer<Double>, scaled: UnsafeMutableBufferPointer<Double>) {
            // Empty matrices have no base address; nothing is read or written through them then.
            let dummy = UnsafeMutablePointer<Double>(bitPattern: MemoryLayout<Double>.alignment).unsafelyUnwrapped
            self.b = b.baseAddress ?? UnsafePointer(dummy)
            self.factors = factors.baseAddress ?? UnsafePointer(dummy)
            self.plain = plain.baseAddress ?? dummy
            self.scaled = scaled.baseAddress ?? dummy
        }

        func sum(rows: Range<Int>, present: [[Int]], n: Int) {
            let tile = 128
            for j0 in stride(from: 0, to: n, by: tile) {
                let width = min(tile, n - j0)
                for r in rows {
                    let p = plain + r * n + j0, s = scaled + r * n + j0
                    let selected = present[r]
                    var x = 0
                    // Four selected rows at a time, the running sums kept in registers between them (the
                    // additions stay in row order).
                    while x + 4 <= selected.count {
                        let i0 = selected[x], i1 = selected[x + 1], i2 = selected[x + 2], i3 = selected[x + 3]
                        let r0 = b + i0 * n + j0, r1 = b + i1 * n + j0, r2 = b + i2 * n + j0, r3 = b + i3 * n + j0
                        let f0 = factors[i0], f1 = factors[i1], f2 = factors[i2], f3 = factors[i3]
                        for j in 0..<width {
                            let v0 = r0[j], v1 = r1[j], v2 = r2[j], v3 = r3[j]
                            p[j] = p[j] + v0 + v1 + v2 + v3
                            s[j] = s[j] + f0 * v0 + f1 * v1 + f2 * v2 + f3 * v3
                        }
                        x += 4
                    }
                    while x < selected.count {
                        let i = selected[x]
                        let source = b + i * n + j0
                        let factor = factors[i]
                        for j in 0..<width {
                            let value = source[j]
                            p[j] += value
                            s[j] += factor * value
                        }
                        x += 1
                    }
                }
            }
        }
    }
}
