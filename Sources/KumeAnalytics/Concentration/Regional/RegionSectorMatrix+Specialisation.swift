import Foundation

// Per-region measures of specialisation and diversity, as EconGeo 1.3 defines them.
extension RegionSectorMatrix {
    /// Herfindahl index of each region's sector structure: Σ_s x_rs² / (Σ_s x_rs)², in row order.
    ///
    /// EconGeo's `Herfindahl(mat)`. 1 when a region has a single sector, 1/n when its n sectors are equal;
    /// NaN for an empty region.
    public func herfindahlByRegion() -> [Double] {
        (0..<regionCount).map { r in
            var sum = 0.0, squares = 0.0
            for s in 0..<sectorCount {
                let x = self[r, s]
                sum += x
                squares += x * x
            }
            return squares / (sum * sum)
        }
    }

    /// Krugman specialisation index of each region: Σ_s |x_rs / x_r − x_s / x| (not halved), in row order.
    ///
    /// EconGeo's `Krugman.index(mat)`: 0 when the region's structure equals the whole's, at most 2.
    public func krugmanIndexByRegion() -> [Double] {
        let rowTotals = regionTotals, colTotals = sectorTotals, grand = total
        return (0..<regionCount).map { r in
            var k = 0.0
            for s in 0..<sectorCount { k += abs(self[r, s] / rowTotals[r] - colTotals[s] / grand) }
            return k
        }
    }

    /// Specialisation coefficient of each region: half the Krugman index, in [0, 1] (EconGeo's `spec.coeff`).
    public func specialisationCoefficientByRegion() -> [Double] {
        krugmanIndexByRegion().map { $0 / 2 }
    }

    /// Shannon entropy of each region's sector shares, in bits: −Σ_s f_rs · log2(f_rs + 10⁻⁹).
    ///
    /// EconGeo's `entropy(mat)` adds 10⁻⁹ inside the logarithm (so empty sectors contribute 0) and then
    /// rounds to 3 decimals; this returns the unrounded value.
    public func entropyBitsByRegion() -> [Double] {
        let rowTotals = regionTotals
        return (0..<regionCount).map { r in
            var h = 0.0
            for s in 0..<sectorCount {
                let f = self[r, s] / rowTotals[r]
                h -= f * log2(f + 1e-9)
            }
            return h
        }
    }
}
