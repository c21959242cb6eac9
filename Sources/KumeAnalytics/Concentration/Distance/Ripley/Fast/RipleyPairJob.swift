import Foundation

/// The pair loop of Ripley's K over ordered pairs (centre, neighbour), for one block of centre points: it
/// returns increments per r index (entry k adds to K(r_k) and every later r; the last entry collects what
/// falls beyond max r). Univariate K (centres and neighbours the same points, a point never its own
/// neighbour) takes this loop for the corrections whose weight depends on the centre (border and
/// isotropic) and ``RipleyUnorderedPairs`` for the others; the cross K of two types takes it for all four.
struct RipleyPairJob: Sendable {
    /// The centre points (border distances and isotropic weights are taken at these).
    let pattern: PlanarPattern
    /// The neighbour points; nil when they are the centres themselves (univariate K).
    let neighbours: PlanarPattern?
    /// A grid over the neighbour points with cells at least max r wide.
    let grid: NeighbourGrid
    let r: [Double]
    let correction: EdgeCorrection
    let counting: DistanceCounting
    /// xMin, xMax, yMin, yMax of a rectangular window.
    let rectangle: [Double]?
    /// Each centre's distance to the window's boundary, in metres.
    let boundary: [Double]

    func run(points: Range<Int>) -> [Double] {
        var increments = [Double](repeating: 0, count: r.count + 1)
        guard let rmax = r.last else { return increments }
        let inverseSpacing = RadiusIndex.inverseSpacing(r)
        let xs = neighbours?.xMetres ?? pattern.xMetres, ys = neighbours?.yMetres ?? pattern.yMetres
        let sameSet = neighbours == nil
        let area = rectangle.map { ($0[1] - $0[0]) * ($0[3] - $0[2]) } ?? 0
        for i in points {
            let xi = pattern.xMetres[i], yi = pattern.yMetres[i]
            let bi = boundary[i]
            var angles: RipleyBoxAngles?
            if correction == .isotropic, let box = rectangle {
                angles = RipleyBoxAngles(x: xi, y: yi, box: box)
            }
            grid.forEachCandidate(x: xi, y: yi) { j in
                if sameSet, j == i { return }
                let dx = xs[j] - xi, dy = ys[j] - yi
                let d = (dx * dx + dy * dy).squareRoot()
                if counting == .atMost ? d > rmax : d >= rmax { return }
                let k = r.withUnsafeBufferPointer {
                    RadiusIndex.first(d, in: $0, inverseSpacing: inverseSpacing, counting: counting)
                }
                switch correction {
                case .none:
                    increments[k] += 1
                case .translate:
                    guard let box = rectangle else { return }
                    increments[k] += area / ((box[1] - box[0] - abs(dx)) * (box[3] - box[2] - abs(dy)))
                case .isotropic:
                    increments[k] += angles?.weight(distance: d) ?? 1
                case .border:
                    // Counts for r_k ≤ r ≤ b_i when d ≤ b_i; across types for every r_k whose predecessor
                    // is ≤ b_i (spatstat's Kmulti, see `RipleyK.borderReach`).
                    guard d <= bi else { return }
                    var stop = k
                    while stop < r.count, r[stop] <= bi { stop += 1 }
                    if !sameSet, stop < r.count { stop += 1 }
                    if stop > k {
                        increments[k] += 1
                        increments[stop] -= 1
                    }
                }
            }
        }
        return increments
    }
}

/// Ripley's isotropic edge weight in a rectangle, as spatstat's C routine `ripleybox`: from the
/// perpendicular distances to the four sides and the angles to the corners, the fraction of the circle
/// of radius d around the centre that lies outside the rectangle.
struct RipleyBoxAngles {
    let dL: Double, dR: Double, dD: Double, dU: Double
    let bLU: Double, bLD: Double, bRU: Double, bRD: Double
    let bUL: Double, bUR: Double, bDL: Double, bDR: Double
    let corner: Bool

    init(x: Double, y: Double, box: [Double]) {
        dL = x - box[0]; dR = box[1] - x; dD = y - box[2]; dU = box[3] - y
        let eps = Double.ulpOfOne
        let small = [dL, dR, dD, dU].filter { abs($0) < eps }.count
        corner = small >= 2
        bLU = atan2(dU, dL); bLD = atan2(dD, dL); bRU = atan2(dU, dR); bRD = atan2(dD, dR)
        bUL = atan2(dL, dU); bUR = atan2(dR, dU); bDL = atan2(dL, dD); bDR = atan2(dR, dD)
    }

    func weight(distance r: Double) -> Double {
        if r == 0 { return 1 }
        let aL = dL < r ? acos(dL / r) : 0
        let aR = dR < r ? acos(dR / r) : 0
        let aD = dD < r ? acos(dD / r) : 0
        let aU = dU < r ? acos(dU / r) : 0
        let cL = min(aL, bLU) + min(aL, bLD)
        let cR = min(aR, bRU) + min(aR, bRD)
        let cU = min(aU, bUL) + min(aU, bUR)
        let cD = min(aD, bDL) + min(aD, bDR)
        var outside = (cL + cR + cU + cD) / (2 * Double.pi)
        if corner { outside += 0.25 }
        return 1 / (1 - outside)
    }
}
