extension RegionSectorMatrix {
    /// Location quotients LQ(r,s) = (E_rs / E_r) / (E_s / E), regions × sectors.
    ///
    /// Computed as EconGeo's `location.quotient(mat)`: the region's share of the sector divided by the
    /// sector's share of the total; a 0/0 (empty region or sector) is 0. This is also Balassa's RCA
    /// and ecomplexity's `rca`.
    /// - Returns: a regions × sectors matrix of dimensionless quotients.
    public func locationQuotients() -> LabeledMatrix { quotients(binary: false) }

    /// Binary location quotients: 1 where LQ ≥ 1, else 0 (EconGeo's `location.quotient(mat, binary = TRUE)`
    /// turns LQ < 1 into 0 and LQ > 1 into 1, so an LQ of exactly 1 stays 1; ecomplexity's `mcp` is the same).
    /// - Returns: a regions × sectors 0/1 matrix (the "M" of the complexity literature).
    public func binaryLocationQuotients() -> LabeledMatrix { quotients(binary: true) }

    /// The quotients (v / E_r) / (E_s / E) with E the sum of the sector totals (ecomplexity's order), or
    /// whether each is ≥ 1. A 0/0 is 0.
    private func quotients(binary: Bool) -> LabeledMatrix {
        let m = regionCount, n = sectorCount
        let rowTotals = regionTotals, colTotals = sectorTotals
        let grand = colTotals.reduce(0, +)
        let sectorShare = colTotals.map { $0 / grand }
        let out = [Double](unsafeUninitializedCapacity: m * n) { out, count in
            values.withUnsafeBufferPointer { v in
                sectorShare.withUnsafeBufferPointer { share in
                    rowTotals.withUnsafeBufferPointer { totals in
                        let cells = QuotientCells(values: v, share: share, rowTotals: totals, out: out, n: n)
                        cells.rows(0..<m, binary: binary)
                    }
                }
            }
            count = m * n
        }
        return LabeledMatrix(validatedRows: regions, columns: sectors, values: out)
    }
}

/// Raw buffers for the rows of location quotients.
private struct QuotientCells {
    let values: UnsafePointer<Double>, share: UnsafePointer<Double>, rowTotals: UnsafePointer<Double>
    let out: UnsafeMutablePointer<Double>
    let n: Int

    init(values: UnsafeBufferPointer<Double>, share: UnsafeBufferPointer<Double>,
         rowTotals: UnsafeBufferPointer<Double>, out: UnsafeMutableBufferPointer<Double>, n: Int) {
        // Empty matrices have no base address; nothing is read or written through them then.
        let dummy = UnsafeMutablePointer<Double>(bitPattern: MemoryLayout<Double>.alignment).unsafelyUnwrapped
        self.values = values.baseAddress ?? UnsafePointer(dummy)
        self.share = share.baseAddress ?? UnsafePointer(dummy)
        self.rowTotals = rowTotals.baseAddress ?? UnsafePointer(dummy)
        self.out = out.baseAddress ?? dummy
        self.n = n
    }

    func rows(_ rows: Range<Int>, binary: Bool) {
        for r in rows {
            let rowTotal = rowTotals[r], row = values + r * n, target = out + r * n
            // Two loops rather than a test per cell, so that each vectorises.
            if binary {
                for s in 0..<n { target[s] = (row[s] / rowTotal) / share[s] >= 1 ? 1 : 0 }
            } else {
                for s in 0..<n {
                    let lq = (row[s] / rowTotal) / share[s]
                    target[s] = lq.isNaN ? 0 : lq
                }
            }
        }
    }
}
