/// A 0/1 regions × sectors presence matrix M stored by sector: the regions present in each sector, and the
/// sectors grouped by ubiquity. The form ``ProximityProducts`` works on.
struct SectorPresence: Sendable {
    /// Number of regions (rows of M).
    let regionCount: Int
    /// Number of sectors (columns of M).
    let sectorCount: Int
    /// Sector s's regions, ascending, are `regions[offsets[s] ..< offsets[s + 1]]`.
    let offsets: [Int]
    /// The region indices of every sector, sector after sector.
    let regions: [Int]
    /// u_s, the number of regions present in sector s.
    let ubiquity: [Int]
    /// Diversity d_r, the number of sectors present in region r.
    let diversity: [Int]
    /// The sectors with u_s > 0 grouped by ubiquity, groups in descending order of ubiquity and the sectors
    /// of a group in ascending order.
    let groups: [(ubiquity: Int, sectors: [Int])]

    /// The number of ones in M.
    var presentCount: Int { regions.count }

    /// Reads a row-major `m × n` matrix, or returns `nil` when it holds a value other than 0 and 1.
    init?(values: [Double], regions m: Int, sectors n: Int) {
        var diversity = [Int](repeating: 0, count: m)
        // One pass without a branch per cell (a quarter of the cells are ones, in no order a predictor could
        // learn): every cell writes its region into its sector's next slot and only a one moves the slot on,
        // so each sector has one spare slot at its end (sector s starts at s·(m + 1)).
        var padded = [Int](repeating: 0, count: n * (m + 1))
        var next = (0..<n).map { $0 * (m + 1) }
        var others = 0
        values.withUnsafeBufferPointer { v in
            padded.withUnsafeMutableBufferPointer { padded in
                next.withUnsafeMutableBufferPointer { next in
                    for r in 0..<m {
                        let row = v.baseAddress! + r &* n
                        var count = 0
                        for s in 0..<n {
                            let value = row[s]
                            let one = value == 1 ? 1 : 0
                            others |= value != 0 && value != 1 ? 1 : 0
                            padded[next[s]] = r
                            next[s] &+= one
                            count &+= one
                        }
                        diversity[r] = count
                    }
                }
            }
        }
        if others != 0 { return nil }
        let ubiquity = (0..<n).map { next[$0] - $0 * (m + 1) }
        var offsets = [Int](repeating: 0, count: n + 1)
        for s in 0..<n { offsets[s + 1] = offsets[s] + ubiquity[s] }
        var regions = [Int](repeating: 0, count: offsets[n])
        regions.withUnsafeMutableBufferPointer { regions in
            padded.withUnsafeBufferPointer { padded in
                for s in 0..<n {
                    let from = s * (m + 1)
                    for x in 0..<ubiquity[s] { regions[offsets[s] + x] = padded[from + x] }
                }
            }
        }
        // Groups by ubiquity: a counting sort, largest ubiquity first, sectors ascending within a group.
        var bySize = [[Int]](repeating: [], count: m + 1)
        for s in 0..<n where ubiquity[s] > 0 { bySize[ubiquity[s]].append(s) }
        self.regionCount = m
        self.sectorCount = n
        self.offsets = offsets
        self.regions = regions
        self.ubiquity = ubiquity
        self.diversity = diversity
        self.groups = (1...max(m, 1)).reversed().compactMap { t in
            t < bySize.count && !bySize[t].isEmpty ? (ubiquity: t, sectors: bySize[t]) : nil
        }
    }
}
