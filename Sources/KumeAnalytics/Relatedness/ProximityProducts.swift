import Dispatch

/// The products of a 0/1 presence matrix with co-location proximity that economic complexity's density and
/// outlook gain need, Σ_i w_i M_ri φ_is for every region r and sector s, computed without forming φ.
///
/// With φ_is = C_is / max(u_i, u_s) and C_is = Σ_q M_qi M_qs (``Proximity``), the sum regroups by the
/// regions q present in s:
///
///     Σ_i w_i M_ri φ_is = Σ_{q: M_qs = 1} K_t(q, r),   K_t(q, r) = Σ_i w_i M_qi M_ri / max(u_i, t),   t = u_s.
///
/// K_t is a regions × regions matrix that depends on s only through its ubiquity, so the sectors are taken
/// in groups of equal ubiquity, largest first, and K_t = G_t + D_t / t is kept up to date as they pass:
/// G_t = Σ_{u_i ≥ t} w_i M_qi M_ri / u_i gains each group's sectors, D_t = Σ_{u_i < t} w_i M_qi M_ri loses
/// them. That is 2 Σ_i u_i² updates and Σ_s u_s additions of a region row — for 81 provinces × 615 NACE
/// classes about 10⁶ operations where the product with φ takes 8·10⁶ and φ itself 4·10⁵ divisions.
///
/// An extra all-ones row r = m gives Σ_i w_i φ_is (φ's row sums, with w = 1), and once every group has
/// passed, G is the regions × regions matrix Σ_i w_i M_qi M_ri / u_i that the eigenvector of the complexity
/// indices comes from. The region columns are split between two threads; each column is summed in the
/// same order whatever the split.
enum ProximityProducts {
    /// The sums and, when asked, the final G.
    struct Result {
        /// Sector-major `n × (m + 1)`: `sums[s * (m + 1) + r]` = Σ_i w_i M_ri φ_is for r < m, and
        /// Σ_i w_i φ_is at r = m.
        let sums: [Double]
        /// Row-major `m × m`: Σ_i w_i M_qi M_ri / u_i (empty unless asked for).
        let gram: [Double]
    }

    /// Σ_i w_i M_ri φ_is with `weights` w (one per sector; all ones when `nil`).
    static func compute(_ presence: SectorPresence, weights: [Double]?, gram wantsGram: Bool) -> Result {
        let m = presence.regionCount, n = presence.sectorCount, width = m + 1
        let w = weights ?? [Double](repeating: 1, count: n)
        precondition(w.count == n, "one weight per sector")
        var sums = [Double](repeating: 0, count: n * width)
        var gram = [Double](repeating: 0, count: wantsGram ? m * m : 0)
        // Below about 2·10⁵ row additions a second thread costs more than it saves.
        let threads = presence.presentCount * width >= 1 << 18 ? 2 : 1
        let split = threads == 2 ? width / 2 : width
        presence.regions.withUnsafeBufferPointer { regions in
            presence.offsets.withUnsafeBufferPointer { offsets in
                w.withUnsafeBufferPointer { w in
                    sums.withUnsafeMutableBufferPointer { sums in
                        gram.withUnsafeMutableBufferPointer { gram in
                            let shared = Shared(presence: presence, regions: regions, offsets: offsets, weights: w,
                                                sums: sums, gram: gram, wantsGram: wantsGram)
                            DispatchQueue.concurrentPerform(iterations: threads) { part in
                                shared.run(columns: part == 0 ? 0..<split : split..<width)
                            }
                        }
                    }
                }
            }
        }
        return Result(sums: sums, gram: gram)
    }

    /// Raw buffers for the threads of `concurrentPerform`; each thread writes only its own columns.
    private struct Shared: @unchecked Sendable {
        let presence: SectorPresence
        let regions: UnsafePointer<Int>
        let offsets: UnsafePointer<Int>
        let weights: UnsafePointer<Double>
        let sums: UnsafeMutablePointer<Double>
        let gram: UnsafeMutablePointer<Double>?
        let wantsGram: Bool

        init(presence: SectorPresence, regions: UnsafeBufferPointer<Int>, offsets: UnsafeBufferPointer<Int>,
             weights: UnsafeBufferPointer<Double>, sums: UnsafeMutableBufferPointer<Double>,
             gram: UnsafeMutableBufferPointer<Double>, wantsGram: Bool) {
            // An empty array has no base address; nothing is read or written through it then.
            let dummy = UnsafeMutablePointer<Double>(bitPattern: MemoryLayout<Double>.alignment).unsafelyUnwrapped
            let intDummy = UnsafeMutablePointer<Int>(bitPattern: MemoryLayout<Int>.alignment).unsafelyUnwrapped
            self.presence = presence
            self.regions = regions.baseAddress ?? UnsafePointer(intDummy)
            self.offsets = offsets.baseAddress ?? UnsafePointer(intDummy)
            self.weights = weights.baseAddress ?? UnsafePointer(dummy)
            self.sums = sums.baseAddress ?? dummy
            self.gram = gram.baseAddress
            self.wantsGram = wantsGram
        }

        /// Every sum for the output regions `columns` (m standing for the all-ones row).
        func run(columns: Range<Int>) {
            let m = presence.regionCount, n = presence.sectorCount, width = m + 1
            let lo = columns.lowerBound, span = columns.count
            let ones = columns.contains(m)
            // Each sector's regions that fall in `columns`.
            var inside = [Range<Int>](repeating: 0..<0, count: n)
            for s in 0..<n {
                var a = offsets[s], b = offsets[s + 1]
                while a < b && regions[a] < lo { a += 1 }
                while b > a && regions[b - 1] >= columns.upperBound { b -= 1 }
                inside[s] = a..<b
            }
            // G and D side by side, (G, D) at [q * span + r − lo]: one address and one vector addition for
            // both in the Σ u_i² updates that dominate the work.
            let gd = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: m * span)
            let k = UnsafeMutablePointer<Double>.allocate(capacity: m * span)
            defer { gd.deallocate(); k.deallocate() }
            gd.initialize(repeating: .zero, count: m * span)
            k.initialize(repeating: 0, count: m * span)
            // D starts as Σ_i w_i M_qi M_ri over every sector.
            for group in presence.groups {
                for i in group.sectors { add(i, SIMD2(0, weights[i]), gd, inside[i], lo, ones, span) }
            }
            var formed = [Int](repeating: -1, count: m)
            for (index, group) in presence.groups.enumerated() {
                let t = Double(group.ubiquity)
                for i in group.sectors { add(i, SIMD2(weights[i] / t, -weights[i]), gd, inside[i], lo, ones, span) }
                let inverse = 1 / t
                for s in group.sectors {
                    // K_t(q, ·) = G(q, ·) + D(q, ·) / t, formed once per group for the rows it needs.
                    for x in offsets[s]..<offsets[s + 1] where formed[regions[x]] != index {
                        let q = regions[x]
                        formed[q] = index
                        let source = gd + q &* span, kq = k + q &* span
                        for c in 0..<span { kq[c] = source[c].x + source[c].y * inverse }
                    }
                    sumRows(of: s, k, into: sums + s * width + lo, span)
                }
            }
            if wantsGram, let gram {
                for q in 0..<m {
                    for c in 0..<span where lo + c < m { gram[q * m + lo + c] = gd[q * span + c].x }
                }
            }
        }

        /// Adds `delta` to (G, D) at (q, r) for every q, r present in sector i (r in this thread's columns)
        /// and at (q, all-ones row).
        @inline(__always)
        private func add(_ i: Int, _ delta: SIMD2<Double>, _ gd: UnsafeMutablePointer<SIMD2<Double>>,
                         _ inside: Range<Int>, _ lo: Int, _ ones: Bool, _ span: Int) {
            let m = presence.regionCount
            for x in offsets[i]..<offsets[i + 1] {
                // Shifted so that region r's column is row[r].
                let row = gd + (regions[x] &* span &- lo)
                for y in inside { row[regions[y]] += delta }
                if ones { row[m] += delta }
            }
        }

        /// target[·] = Σ over the regions q of sector s of k(q, ·), four rows at a time (added in order).
        @inline(__always)
        private func sumRows(of s: Int, _ k: UnsafeMutablePointer<Double>, into target: UnsafeMutablePointer<Double>,
                             _ span: Int) {
            var x = offsets[s]
            let end = offsets[s + 1]
            while x + 4 <= end {
                let r0 = k + regions[x] * span, r1 = k + regions[x + 1] * span
                let r2 = k + regions[x + 2] * span, r3 = k + regions[x + 3] * span
                for c in 0..<span { target[c] = target[c] + r0[c] + r1[c] + r2[c] + r3[c] }
                x += 4
            }
            while x < end {
                let row = k + regions[x] * span
                for c in 0..<span { target[c] += row[c] }
                x += 1
            }
        }
    }
}
