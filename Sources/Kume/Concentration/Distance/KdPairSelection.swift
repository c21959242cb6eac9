/// The points that take part in a Kd curve, and how random labelling redraws them.
struct KdPairSelection: Sendable {
    let pattern: MarkedPattern
    let referenceCode: Int32
    /// nil for univariate.
    let neighbourCode: Int32?
    let weighted: Bool

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
        for p in 0..<pattern.count {
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
