/// Points in a planar, metric frame (for example a local projection), stored as contiguous arrays.
///
/// Coordinates are in metres (or any one length unit used consistently with the distances you pass);
/// `xMetres[i]`, `yMetres[i]` is point `i`.
public struct PlanarPattern: Sendable, Equatable {
    /// Easting of each point, in metres.
    public private(set) var xMetres: [Double]
    /// Northing of each point, in metres.
    public private(set) var yMetres: [Double]

    /// Creates a pattern from coordinate arrays of equal length.
    /// - Parameters:
    ///   - xMetres: eastings, in metres.
    ///   - yMetres: northings, in metres.
    /// - Throws: `DistanceMeasureError.mismatchedLengths` when the arrays differ in length,
    ///   `.nonFiniteCoordinate` when a coordinate is NaN or infinite, `.coordinateOutOfRange` beyond
    ///   ±10¹⁵⁰ (where a squared distance would overflow).
    public init(xMetres: [Double], yMetres: [Double]) throws(DistanceMeasureError) {
        guard xMetres.count == yMetres.count else {
            throw .mismatchedLengths(what: "y coordinates", expected: xMetres.count, actual: yMetres.count)
        }
        for i in xMetres.indices {
            guard xMetres[i].isFinite, yMetres[i].isFinite else { throw .nonFiniteCoordinate(index: i) }
            if abs(xMetres[i]) > PlanarPattern.largestCoordinate { throw .coordinateOutOfRange(index: i, value: xMetres[i]) }
            if abs(yMetres[i]) > PlanarPattern.largestCoordinate { throw .coordinateOutOfRange(index: i, value: yMetres[i]) }
        }
        self.xMetres = xMetres
        self.yMetres = yMetres
    }

    /// A pattern from coordinates already checked (a subset of a pattern's points).
    init(validatedX xMetres: [Double], y yMetres: [Double]) {
        self.xMetres = xMetres
        self.yMetres = yMetres
    }

    /// The largest coordinate accepted: two points within ±10¹⁵⁰ are at most 2.9·10¹⁵⁰ apart, whose
    /// square stays finite.
    public static let largestCoordinate = 1e150

    /// The number of points.
    public var count: Int { xMetres.count }

    /// The smallest rectangle holding every point, as (xmin, xmax, ymin, ymax) in metres; nil when empty.
    public var boundingBox: (xMin: Double, xMax: Double, yMin: Double, yMax: Double)? {
        guard let xMin = xMetres.min(), let xMax = xMetres.max(),
              let yMin = yMetres.min(), let yMax = yMetres.max() else { return nil }
        return (xMin, xMax, yMin, yMax)
    }
}
