// Per-sector measures of geographic concentration (inequality across regions), as EconGeo 1.3 defines them.
extension RegionSectorMatrix {
    /// Herfindahl index of each sector over regions: Σ_r (x_rs / x_s)², in column order.
    ///
    /// 1 when the sector sits in one region, 1/R when it is spread equally over R regions; NaN for an empty
    /// sector. (EconGeo's `Herfindahl` is the per-region form, ``herfindahlByRegion()``.)
    public func herfindahlBySector() -> [Double] {
        let colTotals = sectorTotals
        return (0..<sectorCount).map { s in
            var h = 0.0
            for r in 0..<regionCount {
                let share = self[r, s] / colTotals[s]
                h += share * share
            }
            return h
        }
    }

    /// Gini coefficient of each sector's values across regions (EconGeo's `Gini`), unrounded, in column order.
    ///
    /// Regions sorted by value, p_k = k/R, ν_k the cumulative share of the k smallest;
    /// G = Σ ν_{k+1} p_k − Σ ν_k p_{k+1}. At most (R − 1)/R. EconGeo rounds to 3 decimals.
    public func giniBySector() -> [Double] {
        (0..<sectorCount).map { s in
            let x = column(s).sorted()
            let weights = [Double](repeating: 1, count: x.count)
            return Self.lorenzGini(values: x, weights: weights)
        }
    }

    /// Hoover–Gini of each sector against region populations (EconGeo's `Hoover.Gini(mat, pop)`), unrounded.
    ///
    /// Regions sorted by x_rs / pop_r (with an origin point (0, 0) prepended), then the Gini formula on the
    /// cumulative sector and population shares. EconGeo rounds to 3 decimals.
    /// - Parameter populations: one population (or other reference mass) per region, in row order.
    /// - Throws: ``RegionalMeasureError/lengthMismatch(argument:expected:got:)`` for a wrong count.
    public func hooverGiniBySector(populations: [Double]) throws(RegionalMeasureError) -> [Double] {
        guard populations.count == regionCount else {
            throw .lengthMismatch(argument: "populations", expected: regionCount, got: populations.count)
        }
        return (0..<sectorCount).map { s in
            let ind = [0] + column(s), pop = [0] + populations
            let ratio = zip(ind, pop).map { $0 / $1 }.map { $0.isNaN ? 0 : $0 }
            let order = Self.stableOrder(ratio)
            return Self.lorenzGini(values: order.map { ind[$0] }, weights: order.map { pop[$0] })
        }
    }

    /// Locational Gini of each sector (EconGeo's `locational.Gini`, after Krugman 1991), unrounded.
    ///
    /// Like ``hooverGiniBySector(populations:)`` with each region's share of total employment as the
    /// reference, halved: 0 for a sector spread like all employment, at most 0.5.
    public func locationalGiniBySector() -> [Double] {
        let rowTotals = regionTotals, grand = total
        let reference = rowTotals.map { $0 / grand }
        return (0..<sectorCount).map { s in
            let ind = column(s)
            let order = Self.stableOrder(zip(ind, reference).map { $0 / $1 })
            return Self.lorenzGini(values: order.map { ind[$0] }, weights: order.map { reference[$0] }) / 2
        }
    }

    /// Hoover index of each sector, in percent: 100 · ½ Σ_r |x_rs / x_s − pop_r / pop|.
    ///
    /// EconGeo's `Hoover.index(mat, pop)` (which rounds to 2 decimals of the percentage); the share of the
    /// sector that would have to move to match the population's distribution.
    /// - Parameter populations: one population per region in row order, or `nil` for equal populations
    ///   (EconGeo's default).
    /// - Throws: ``RegionalMeasureError/lengthMismatch(argument:expected:got:)`` for a wrong count.
    public func hooverIndexPercentBySector(populations: [Double]? = nil) throws(RegionalMeasureError) -> [Double] {
        let pop = populations ?? [Double](repeating: 1, count: regionCount)
        guard pop.count == regionCount else {
            throw .lengthMismatch(argument: "populations", expected: regionCount, got: pop.count)
        }
        let popTotal = pop.reduce(0, +)
        let colTotals = sectorTotals
        return (0..<sectorCount).map { s in
            var d = 0.0
            for r in 0..<regionCount { d += abs(self[r, s] / colTotals[s] - pop[r] / popTotal) }
            return d / 2 * 100
        }
    }

    /// Σ ν_{k+1} p_k − Σ ν_k p_{k+1} over cumulative shares of already ordered values and weights.
    static func lorenzGini(values: [Double], weights: [Double]) -> Double {
        let n = values.count
        guard n > 1 else { return 0 }
        var cumX = [Double](repeating: 0, count: n), cumW = [Double](repeating: 0, count: n)
        var sx = 0.0, sw = 0.0
        for k in 0..<n {
            sx += values[k]
            sw += weights[k]
            cumX[k] = sx
            cumW[k] = sw
        }
        var a = 0.0, b = 0.0
        for k in 0..<(n - 1) {
            a += (cumX[k + 1] / sx) * (cumW[k] / sw)
            b += (cumX[k] / sx) * (cumW[k + 1] / sw)
        }
        return a - b
    }

    /// Indices that sort `keys` ascending, ties in input order, NaN last (R's `order`).
    static func stableOrder(_ keys: [Double]) -> [Int] {
        keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.isNaN && b.isNaN { return i < j }
            if a.isNaN || b.isNaN { return b.isNaN }
            return a < b || (a == b && i < j)
        }
    }
}
