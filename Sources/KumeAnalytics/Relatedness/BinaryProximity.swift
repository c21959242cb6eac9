import Dispatch

/// ``Proximity`` of a 0/1 presence matrix with at most 255 regions, on one triangle and both cores.
///
/// Row i of φ comes 16 sectors at a time: the byte rows of the regions present in i are added in a register,
/// which gives C_ij for 16 j at once (16 sectors per SSE2 instruction, no co-occurrence matrix stored),
/// then φ_ij = C_ij / max(u_i, u_j). Only j ≥ i is computed; each block of 32 rows is then copied into its
/// mirror image: φ is symmetric because C and max(u_i, u_j) are, so the mirror holds the very quotients the
/// lower triangle would have. The blocks of rows are shared out to the cores as they free up.
enum BinaryProximity {
    /// Rows of φ per block (and columns per mirror tile).
    static let block = 32

    /// φ, row-major `n × n`, of a row-major `m × n` matrix, or `nil` when it holds a value other than 0
    /// and 1 or has more than 255 rows.
    static func matrix(_ a: [Double], regions m: Int, sectors n: Int) -> [Double]? {
        guard m <= 255 else { return nil }
        // Sector s's regions, as offsets r·n of their byte rows, in rowOffsets[start[s] ..< end[s]]. One pass
        // without a branch per cell: every cell writes its row into its sector's next slot and only a one
        // moves the slot on (each sector has one spare slot for that).
        let start = (0..<(n + 1)).map { $0 * (m + 1) }
        var end = Array(start.dropLast())
        var bytes = [UInt8](repeating: 0, count: m * n)
        var rowOffsets = [Int](repeating: 0, count: n * (m + 1))
        var others = 0
        a.withUnsafeBufferPointer { a in
            bytes.withUnsafeMutableBufferPointer { bytes in
                rowOffsets.withUnsafeMutableBufferPointer { rowOffsets in
                    end.withUnsafeMutableBufferPointer { end in
                        for r in 0..<m {
                            for s in 0..<n {
                                let value = a[r &* n &+ s]
                                let one = value == 1 ? 1 : 0
                                others |= value != 0 && value != 1 ? 1 : 0
                                bytes[r &* n &+ s] = UInt8(truncatingIfNeeded: one)
                                rowOffsets[end[s]] = r &* n
                                end[s] &+= one
                            }
                        }
                    }
                }
            }
        }
        if others != 0 { return nil }
        // A sector present nowhere has C = 0 in its row and column; flooring its divisor keeps 0/0 at 0.
        let divisor = (0..<n).map { max(Double(end[$0] - start[$0]), .leastNormalMagnitude) }
        let blocks = (n + block - 1) / block
        let phi = [Double](unsafeUninitializedCapacity: n * n) { phi, count in
            bytes.withUnsafeBufferPointer { bytes in
                rowOffsets.withUnsafeBufferPointer { rowOffsets in
                    divisor.withUnsafeBufferPointer { divisor in
                        let shared = Shared(bytes: bytes, rowOffsets: rowOffsets, start: start, end: end,
                                            divisor: divisor, phi: phi, n: n)
                        // The first blocks carry the most of the triangle and are handed out first.
                        if m * n >= 1 << 14 {
                            DispatchQueue.concurrentPerform(iterations: blocks) { b in
                                shared.rows((b * block)..<min((b + 1) * block, n))
                            }
                        } else {
                            for b in 0..<blocks { shared.rows((b * block)..<min((b + 1) * block, n)) }
                        }
                    }
                }
            }
            count = n * n
        }
        return phi
    }

    /// Raw buffers for the blocks of rows. A block writes φ's upper triangle in its rows and the mirror in
    /// the columns of its rows: no element twice.
    private struct Shared: @unchecked Sendable {
        let bytes: UnsafePointer<UInt8>
        let rowOffsets: UnsafePointer<Int>
        let start: [Int], end: [Int]
        let divisor: UnsafePointer<Double>
        let phi: UnsafeMutablePointer<Double>
        let n: Int

        init(bytes: UnsafeBufferPointer<UInt8>, rowOffsets: UnsafeBufferPointer<Int>, start: [Int], end: [Int],
             divisor: UnsafeBufferPointer<Double>, phi: UnsafeMutableBufferPointer<Double>, n: Int) {
            // Empty matrices have no base address; nothing is read or written through them then.
            let byteDummy = UnsafeMutablePointer<UInt8>(bitPattern: 16).unsafelyUnwrapped
            let intDummy = UnsafeMutablePointer<Int>(bitPattern: 16).unsafelyUnwrapped
            let doubleDummy = UnsafeMutablePointer<Double>(bitPattern: 16).unsafelyUnwrapped
            self.bytes = bytes.baseAddress ?? UnsafePointer(byteDummy)
            self.rowOffsets = rowOffsets.baseAddress ?? UnsafePointer(intDummy)
            self.start = start
            self.end = end
            self.divisor = divisor.baseAddress ?? UnsafePointer(doubleDummy)
            self.phi = phi.baseAddress ?? doubleDummy
            self.n = n
        }

        /// φ_ij for the rows i in `rows` and j ≥ i, then their mirror.
        func rows(_ rows: Range<Int>) {
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 16) { counts in
                for i in rows { row(i, counts.baseAddress!) }
            }
            mirror(rows)
        }

        /// φ_ij for j ≥ i: C_ij summed over i's regions 16 columns at a time, then divided.
        private func row(_ i: Int, _ counts: UnsafeMutablePointer<Double>) {
            let raw = UnsafeRawPointer(bytes)
            let ui = divisor[i], target = phi + i &* n
            let first = start[i], last = end[i]
            var j0 = i & ~15
            while j0 < n {
                let width = min(16, n - j0)
                if width == 16 {
                    var sum = SIMD16<UInt8>.zero
                    var x = first
                    while x + 2 <= last {
                        sum &+= raw.loadUnaligned(fromByteOffset: rowOffsets[x] &+ j0, as: SIMD16<UInt8>.self)
                            &+ raw.loadUnaligned(fromByteOffset: rowOffsets[x + 1] &+ j0, as: SIMD16<UInt8>.self)
                        x += 2
                    }
                    if x < last { sum &+= raw.loadUnaligned(fromByteOffset: rowOffsets[x] &+ j0, as: SIMD16<UInt8>.self) }
                    for l in 0..<16 { counts[l] = Double(sum[l]) }
                } else {
                    for l in 0..<width {
                        var c = 0
                        for x in first..<last { c &+= Int(bytes[rowOffsets[x] &+ j0 &+ l]) }
                        counts[l] = Double(c)
                    }
                }
                // Columns left of i in the first block belong to the mirror (another thread may own them).
                let from = max(i - j0, 0)
                for l in from..<width { target[j0 &+ l] = counts[l] / max(ui, divisor[j0 &+ l]) }
                j0 += 16
            }
        }

        /// φ_ji = φ_ij for the rows i in `block` and every j > i, a 32-column tile at a time.
        private func mirror(_ block: Range<Int>) {
            for j0 in stride(from: block.lowerBound, to: n, by: block.count) {
                for j in j0..<min(j0 + block.count, n) {
                    let target = phi + j &* n
                    for i in block.lowerBound..<min(block.upperBound, j) { target[i] = phi[i &* n &+ j] }
                }
            }
        }
    }
}

