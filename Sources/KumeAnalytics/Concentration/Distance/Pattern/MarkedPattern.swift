/// A planar pattern whose points each carry a type (mark) and a weight, as dbmss's `wmppp`.
///
/// Types are stored as small integer codes into `typeNames`, so relabelling in simulations only
/// moves integers. Weights default to 1 (for example employment, or basal area in dbmss's examples).
package struct MarkedPattern: Sendable, Equatable {
    /// The point locations, in metres.
    package let points: PlanarPattern
    /// The distinct type names, in order of first appearance.
    package let typeNames: [String]
    /// The type of each point, as an index into `typeNames`.
    package let typeCodes: [Int32]
    /// The weight of each point (non-negative); all 1 when the pattern is unweighted.
    package let weights: [Double]

    /// Creates a marked pattern.
    /// - Parameters:
    ///   - points: the locations, in metres.
    ///   - types: the type (mark) of each point, for example a NACE code or "Ref".
    ///   - weights: the weight of each point (for example employees); nil for unit weights.
    /// - Throws: `DistanceMeasureError.mismatchedLengths` when an array's length differs from the
    ///   number of points, `.invalidWeight` for a negative or non-finite weight.
    package init(points: PlanarPattern, types: [String], weights: [Double]? = nil) throws(DistanceMeasureError) {
        guard types.count == points.count else {
            throw .mismatchedLengths(what: "types", expected: points.count, actual: types.count)
        }
        if let weights {
            guard weights.count == points.count else {
                throw .mismatchedLengths(what: "weights", expected: points.count, actual: weights.count)
            }
            for (i, w) in weights.enumerated() where !(w.isFinite && w >= 0) {
                throw .invalidWeight(index: i, value: w)
            }
        }
        var names: [String] = []
        var codeOf: [String: Int32] = [:]
        var codes: [Int32] = []
        codes.reserveCapacity(types.count)
        for t in types {
            if let c = codeOf[t] {
                codes.append(c)
            } else {
                let c = Int32(names.count)
                codeOf[t] = c
                names.append(t)
                codes.append(c)
            }
        }
        self.points = points
        self.typeNames = names
        self.typeCodes = codes
        self.weights = weights ?? Array(repeating: 1, count: points.count)
    }

    /// The number of points.
    package var count: Int { points.count }

    /// The code of a type name.
    /// - Throws: `DistanceMeasureError.unknownType` listing the types present.
    package func code(of type: String) throws(DistanceMeasureError) -> Int32 {
        guard let index = typeNames.firstIndex(of: type) else {
            throw .unknownType(type, available: typeNames)
        }
        return Int32(index)
    }

    /// The number of points of a type.
    package func count(ofCode code: Int32) -> Int {
        typeCodes.reduce(0) { $0 + ($1 == code ? 1 : 0) }
    }

    /// The locations of the points of one type, in pattern order.
    package func points(ofCode code: Int32) -> PlanarPattern {
        var xs: [Double] = [], ys: [Double] = []
        for i in 0..<count where typeCodes[i] == code {
            xs.append(points.xMetres[i])
            ys.append(points.yMetres[i])
        }
        return PlanarPattern(validatedX: xs, y: ys)
    }
}
