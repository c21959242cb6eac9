/// Ripley's K by its definition, as spatstat's `Kest` and `Kcross` write it: every ordered pair visited
/// for every r, no grid, no increments. The tests hold ``RipleyK``'s grid and pair loops to it; it is
/// kept short so that it can be read against the formula.
///
/// K(r) = |W| / P · Σ_{(i, j)} e_ij 1(d_ij ≤ r), P = n(n − 1) (one set) or n_I·n_J (two), with
/// e_ij = 1 (none), |W| / |W ∩ (W + x_i − x_j)| (translate) or Ripley's isotropic weight at x_i;
/// border: Σ_{(i, j)} 1(d_ij ≤ r, d_ij ≤ b_i, b_i ≥ ρ) / (λ_J · #{i : b_i ≥ ρ}), λ_J = n_J / |W|, with
/// ρ = r for one set and the previous r across two (spatstat's `Kmulti`; ``RipleyK/borderReach(_:cross:)``).
enum RipleyReference {
    /// K at each r from the centres to the neighbours (to the other centres when `neighbours` is nil).
    /// - Parameters:
    ///   - centres: the centre points, in metres.
    ///   - neighbours: the neighbour points; nil for univariate K.
    ///   - window: the window (a rectangle for translate and isotropic).
    ///   - rMetres: the distances, in metres.
    ///   - correction: the edge correction.
    ///   - counting: d ≤ r or d < r.
    static func k(centres: PlanarPattern, neighbours: PlanarPattern?, window: PatternWindow, rMetres: [Double],
                  correction: EdgeCorrection, counting: DistanceCounting = .atMost) -> [Double] {
        let others = neighbours ?? centres
        let area = window.areaSquareMetres
        var box: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)?
        if case let .rectangle(xMin, xMax, yMin, yMax) = window.shape { box = (xMin, xMax, yMin, yMax) }
        let pairCount = Double(centres.count) * Double(neighbours == nil ? centres.count - 1 : others.count)
        let reach = RipleyK.borderReach(rMetres, cross: neighbours != nil)
        return rMetres.indices.map { k in
            let r = rMetres[k], rho = reach[k]
            var total = 0.0
            var borderCentres = 0
            for i in 0..<centres.count {
                let xi = centres.xMetres[i], yi = centres.yMetres[i]
                let b = window.distanceToBoundary(xMetres: xi, yMetres: yi)
                if b >= rho { borderCentres += 1 }
                for j in 0..<others.count where !(neighbours == nil && i == j) {
                    let dx = others.xMetres[j] - xi, dy = others.yMetres[j] - yi
                    let d = (dx * dx + dy * dy).squareRoot()
                    guard counting == .atMost ? d <= r : d < r else { continue }
                    switch correction {
                    case .none:
                        total += 1
                    case .translate:
                        guard let box else { continue }
                        total += area / ((box.xMax - box.xMin - abs(dx)) * (box.yMax - box.yMin - abs(dy)))
                    case .isotropic:
                        guard let box else { continue }
                        total += RipleyBoxAngles(x: xi, y: yi, box: [box.xMin, box.xMax, box.yMin, box.yMax])
                            .weight(distance: d)
                    case .border:
                        if d <= b, rho <= b { total += 1 }
                    }
                }
            }
            if correction == .border {
                let intensity = Double(others.count) / area
                return borderCentres > 0 ? total / (intensity * Double(borderCentres)) : .nan
            }
            return total * area / pairCount
        }
    }
}
