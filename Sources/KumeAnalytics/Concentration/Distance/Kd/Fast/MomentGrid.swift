import Foundation

/// Kd's kernel sums from the first four moments of the distances in each cell of a grid (binning with
/// a Taylor expansion), used by the simulations of an envelope.
///
/// Each distance d in cell i (centre cᵢ = (i + ½)·h) adds w·(1, x, x², x³) to the cell, with
/// x = (d − cᵢ)/h ∈ [−½, ½). Expanding the Gaussian about the centre,
/// K((r − d)/bw) = Σₖ (−xρ)ᵏ/k! · K⁽ᵏ⁾((r − cᵢ)/bw) with ρ = h/bw, so the cell's four moments give every
/// kernel sum; the first term left out is (ρ/2)⁴/24 · max|K⁽⁴⁾| = (ρ/2)⁴/8 of the kernel's peak per
/// pair, 1.2·10⁻⁷ at the ρ ≤ 1/16 the plan keeps. The reflected distances (d ≤ 4·bw) expand the same way
/// about −cᵢ, and the mass above zero, Σ w·Φ(d/bw) + Σ_reflected w·Φ(−d/bw), through Φ's derivatives.
///
/// Compared with linear binning at h = 10⁻³·bw (``BinnedKernelPass``), the grid has 60 times fewer
/// cells, so it stays in the first-level cache, each distance updates one 32-byte cell, and evaluating
/// 512 r costs a few hundred cells each instead of sixteen thousand.
struct MomentGrid {
    /// The cell width h, in metres.
    let step: Double
    /// Moments of the distances per cell; the last cell takes, whole, the distances past the grid.
    var cells: [SIMD4<Double>]
    /// Moments of the reflected distances per cell.
    var reflected: [SIMD4<Double>]

    /// The largest ρ = h/bw at which the grid is evaluated.
    static let largestStepRatio = 1.0 / 16

    /// An empty grid of width `stepMetres` that reaches `reachMetres`, reflecting distances up to
    /// `reflectedReachMetres`.
    init(stepMetres: Double, reachMetres: Double, reflectedReachMetres: Double) {
        step = stepMetres
        cells = [SIMD4<Double>](repeating: .zero, count: Int((reachMetres / stepMetres).rounded(.up)) + 2)
        reflected = [SIMD4<Double>](repeating: .zero, count: Int((reflectedReachMetres / stepMetres).rounded(.up)) + 2)
    }

    /// Empties the grid, keeping its size.
    mutating func clear() {
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: .zero) }
        reflected.withUnsafeMutableBufferPointer { $0.update(repeating: .zero) }
    }

    /// The cell of distance `t` (in cells) and its moment vector of weight w; past the grid, the last
    /// cell and (w, 0, 0, 0). Branch-free, so distances on either side of the grid's end cost alike.
    @inline(__always)
    static func moments(_ t: Double, _ w: Double, last: Int) -> (cell: Int, moments: SIMD4<Double>) {
        let cell = min(Int(t), last)
        let x = cell == last ? 0 : t - Double(cell) - 0.5
        let wx = w * x
        return (cell, SIMD4(w, wx, wx * x, wx * x * x))
    }

    /// Adds a reflected distance (metres) of weight w.
    mutating func addReflected(_ distance: Double, weight w: Double) {
        let entry = MomentGrid.moments(distance / step, w, last: Int.max)
        if entry.cell < reflected.count { reflected[entry.cell] += entry.moments }
    }

    /// Kd at each r (metres) for bandwidth `bandwidthMetres`, normalised by the mass above zero.
    func values(at rMetres: [Double], bandwidthMetres bw: Double) -> [Double] {
        let rho = step / bw
        let direct = SIMD4<Double>(1, -rho, rho * rho / 2, -rho * rho * rho / 6)
        let mirrored = SIMD4<Double>(1, rho, rho * rho / 2, rho * rho * rho / 6)
        let last = cells.count - 1
        // Mass above zero: Φ((c + xh)/bw) = Σ (xρ)ᵏ/k! Φ⁽ᵏ⁾(c/bw); mirrored, Σ (−xρ)ᵏ/k! Φ⁽ᵏ⁾(−c/bw).
        var mass = cells[last].x
        for i in 0..<last where cells[i].x != 0 {
            mass += (cells[i] * mirrored * MomentGrid.distributionTerms((Double(i) + 0.5) * rho)).sum()
        }
        for i in reflected.indices where reflected[i].x != 0 {
            mass += (reflected[i] * direct * MomentGrid.distributionTerms(-(Double(i) + 0.5) * rho)).sum()
        }
        let scale = RStatistics.inverseSqrtTwoPi / (bw * mass)
        let scaled = cells[..<last].map { $0 * direct }
        let scaledReflected = reflected.map { $0 * mirrored }
        let reach = Int((DurantonOvermanKd.kernelReach / rho).rounded(.up)) + 1
        if let spacing = MomentGrid.alignedSpacing(rMetres, step: step) {
            // r_j = j·p·h: u = (o − ½)·ρ with o = j·p − i (direct) or j·p + i + 1 (reflected), one table.
            let table = (-reach...(reach + 1)).map { (o: Int) -> SIMD4<Double> in
                MomentGrid.kernelTerms((Double(o) - 0.5) * rho)
            }
            return rMetres.indices.map { j in
                let centre = j * spacing
                var total = SIMD4<Double>()
                for i in max(0, centre - reach - 1)..<min(scaled.count, centre + reach + 1) {
                    total += scaled[i] * table[centre - i + reach]
                }
                for i in 0..<min(scaledReflected.count, max(0, reach - centre)) {
                    total += scaledReflected[i] * table[centre + i + 1 + reach]
                }
                return total.sum() * scale
            }
        }
        return rMetres.map { r in
            let centre = Int((r / step).rounded(.down))
            var total = SIMD4<Double>()
            for i in max(0, centre - reach - 1)..<min(scaled.count, centre + reach + 2) {
                total += scaled[i] * MomentGrid.kernelTerms((r - (Double(i) + 0.5) * step) / bw)
            }
            for i in scaledReflected.indices where (Double(i) + 0.5) * step + r <= (DurantonOvermanKd.kernelReach + rho) * bw {
                total += scaledReflected[i] * MomentGrid.kernelTerms((r + (Double(i) + 0.5) * step) / bw)
            }
            return total.sum() * scale
        }
    }

    /// A lower bound on the interquartile range (R's type 7) of the n distances up to `limitMetres`, from
    /// the cells' counts (the grid must hold unit weights): the third quartile's lowest cell edge minus
    /// the first quartile's highest; nil when a quartile's cell reaches the limit.
    func interquartileLowerBound(count n: Int, limitMetres: Double) -> Double? {
        let first = RStatistics.type7Ranks(count: n, probability: 0.25)
        let third = RStatistics.type7Ranks(count: n, probability: 0.75)
        // Cells wholly below the limit hold only distances that count; ranks are exact there.
        let usable = min(cells.count - 1, Int((limitMetres / step).rounded(.down)))
        var below = 0.0
        var firstCell: Int?, thirdCell: Int?
        for i in 0..<usable {
            below += cells[i].x
            if firstCell == nil, below > Double(first.hi) { firstCell = i }
            if below > Double(third.lo) { thirdCell = i; break }
        }
        guard let firstCell, let thirdCell else { return nil }
        // Less a hair for a distance that rounding put into the next cell.
        return Double(thirdCell - firstCell - 1) * step - 1e-9 * limitMetres
    }

    /// (K, K′, K″, K‴)(u) for K(u) = exp(−u²/2).
    @inline(__always)
    static func kernelTerms(_ u: Double) -> SIMD4<Double> {
        guard abs(u) <= DurantonOvermanKd.kernelReach + 1 else { return .zero }
        let k = exp(-0.5 * u * u)
        return SIMD4(k, -u * k, (u * u - 1) * k, (3 * u - u * u * u) * k)
    }

    /// (Φ, Φ′, Φ″, Φ‴)(u) for the standard normal distribution function Φ.
    static func distributionTerms(_ u: Double) -> SIMD4<Double> {
        let density = RStatistics.normalDensity(u)
        return SIMD4(RStatistics.normalDistribution(u), density, -u * density, (u * u - 1) * density)
    }

    /// p when r is 0, p·h, 2p·h, … for a whole p (up to rounding), else nil.
    static func alignedSpacing(_ r: [Double], step: Double) -> Int? {
        guard r.count >= 2, r[0] == 0 else { return nil }
        let p = (r[1] / step).rounded()
        guard p >= 1 else { return nil }
        for (j, value) in r.enumerated() where abs(value - Double(j) * p * step) > 1e-9 * max(step, value) {
            return nil
        }
        return Int(p)
    }
}
