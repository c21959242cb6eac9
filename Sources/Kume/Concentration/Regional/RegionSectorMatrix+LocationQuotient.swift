extension RegionSectorMatrix {
    /// Location quotients LQ(r,s) = (E_rs / E_r) / (E_s / E), regions × sectors.
    ///
    /// Computed as EconGeo's `location.quotient(mat)`: the region's share of the sector divided by the
    /// sector's share of the total; a 0/0 (empty region or sector) is 0. This is also Balassa's RCA
    /// and ecomplexity's `rca`.
    /// - Returns: a regions × sectors matrix of dimensionless quotients.
    public func locationQuotients() -> LabeledMatrix {
        let m = regionCount, n = sectorCount
        let rowTotals = regionTotals, colTotals = sectorTotals
        let grand = total
        var out = [Double](repeating: 0, count: m * n)
        values.withUnsafeBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in
                var sectorShare = [Double](repeating: 0, count: n)
                for s in 0..<n { sectorShare[s] = colTotals[s] / grand }
                for r in 0..<m {
                    let rowTotal = rowTotals[r]
                    for s in 0..<n {
                        let lq = (v[r * n + s] / rowTotal) / sectorShare[s]
                        o[r * n + s] = lq.isNaN ? 0 : lq
                    }
                }
            }
        }
        return LabeledMatrix(validatedRows: regions, columns: sectors, values: out)
    }

    /// Binary location quotients: 1 where LQ ≥ 1, else 0 (EconGeo's `location.quotient(mat, binary = TRUE)`
    /// turns LQ < 1 into 0 and LQ > 1 into 1, so an LQ of exactly 1 stays 1; ecomplexity's `mcp` is the same).
    /// - Returns: a regions × sectors 0/1 matrix (the "M" of the complexity literature).
    public func binaryLocationQuotients() -> LabeledMatrix {
        var lq = locationQuotients()
        for i in lq.values.indices { lq.values[i] = lq.values[i] >= 1 ? 1 : 0 }
        return lq
    }
}
