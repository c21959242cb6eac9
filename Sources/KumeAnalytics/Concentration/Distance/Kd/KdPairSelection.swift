/// The points that take part in a Kd curve, and how random labelling redraws them.
struct KdPairSelection: Sendable {
    let pattern: MarkedPattern
    let referenceCode: Int32
    /// nil for univariate.
    let neighbourCode: Int32?
    let weighted: Bool
    /// The points in Morton (Z-curve) order. Pairs are enumerated in this order so that consecutive
    /// distances of a row are close to each other and the histogram updates stay in cache; the order
    /// changes nothing but the summation order.
    let visitOrder: [Int]

    init(_ pattern: MarkedPattern, parameters: KdParameters) throws(DistanceMeasureError) {
        try KdPairSelection.validate(parameters.rMetres)
        guard parameters.adjust > 0, parameters.adjust.isFinite else {
            throw .invalidParameter(name: "adjust", value: "\(parameters.adjust)", expected: "a positive number")
        }
        self.pattern = pattern
        referenceCode = try pattern.code(of: parameters.referenceType)
        if let neighbour = parameters.neighbourType, neighbour != parameters.referenceType {
            neighbourCode = try pattern.code(of: neighbour)
        } else {
            neighbourCode = nil
        }
        weighted = parameters.weighted
        visitOrder = KdPairSelection.mortonOrder(pattern.points)
        let references = pattern.count(ofCode: referenceCode)
        if let neighbourCode {
            let neighbours = pattern.count(ofCode: neighbourCode)
            guard references >= 1, neighbours >= 1 else {
                throw .tooFewPoints(needed: 1, found: min(references, neighbours), what: "points of one of the two types")
            }
        } else if references < 2 {
            throw .tooFewPoints(needed: 2, found: references, what: "reference points")
        }
    }

    /// The indices of the points sorted by their Z-curve code on a 2¹⁶ × 2¹⁶ grid over the bounding box.
    static func mortonOrder(_ points: PlanarPattern) -> [Int] {
        guard let box = points.boundingBox else { return [] }
        let sx = box.xMax > box.xMin ? 65535 / (box.xMax - box.xMin) : 0
        let sy = box.yMax > box.yMin ? 65535 / (box.yMax - box.yMin) : 0
        func spread(_ v: UInt64) -> UInt64 {
            var x = v & 0xFFFF
            x = (x | (x << 8)) & 0x00FF_00FF
            x = (x | (x << 4)) & 0x0F0F_0F0F
            x = (x | (x << 2)) & 0x3333_3333
            x = (x | (x << 1)) & 0x5555_5555
            return x
        }
        let codes = (0..<points.count).map { i -> UInt64 in
            let qx = UInt64(((points.xMetres[i] - box.xMin) * sx).rounded(.down))
            let qy = UInt64(((points.yMetres[i] - box.yMin) * sy).rounded(.down))
            return spread(qx) | (spread(qy) << 1)
        }
        return (0..<points.count).sorted { codes[$0] != codes[$1] ? codes[$0] < codes[$1] : $0 < $1 }
    }

    /// Checks that r is non-empty, finite, non-negative and ascending.
    static func validate(_ r: [Double]) throws(DistanceMeasureError) {
        guard !r.isEmpty else { throw .invalidDistances("no distances given") }
        for (i, value) in r.enumerated() {
            guard value.isFinite, value >= 0 else { throw .invalidDistances("r[\(i + 1)] = \(value)") }
            if i > 0, value < r[i - 1] { throw .invalidDistances("r[\(i + 1)] = \(value) is below r[\(i)]") }
        }
    }

    /// The reference (and neighbour) coordinates and weights; `labels[p]` is the index of the point whose
    /// type and weight point p carries (random labelling), or nil for the observed labels.
    func pairPoints(labels: [Int]?) -> PairPoints {
        let xs = pattern.points.xMetres, ys = pattern.points.yMetres
        let codes = pattern.typeCodes, weights = pattern.weights
        var rx: [Double] = [], ry: [Double] = [], rw: [Double] = []
        var nx: [Double] = [], ny: [Double] = [], nw: [Double] = []
        for p in visitOrder {
            let source = labels?[p] ?? p
            let code = codes[source]
            if code == referenceCode {
                rx.append(xs[p]); ry.append(ys[p]); rw.append(weights[source])
            } else if let neighbourCode, code == neighbourCode {
                nx.append(xs[p]); ny.append(ys[p]); nw.append(weights[source])
            }
        }
        if neighbourCode != nil {
            return PairPoints(referenceX: rx, referenceY: ry, referenceWeights: weighted ? rw : nil,
                              neighbourX: nx, neighbourY: ny, neighbourWeights: weighted ? nw : nil)
        }
        return PairPoints(referenceX: rx, referenceY: ry, referenceWeights: weighted ? rw : nil,
                          neighbourX: nil, neighbourY: nil, neighbourWeights: nil)
    }
}
