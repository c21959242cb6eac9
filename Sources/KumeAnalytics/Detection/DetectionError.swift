/// The error thrown by the detection layer (DBSCAN, HDBSCAN, the synthetic registry generator).
///
/// Each case says what was wrong and, through ``description``, what to use instead.
public enum DetectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// DBSCAN's neighbourhood radius was zero, negative or not finite (metres).
    case epsNotPositive(epsMetres: Double)
    /// The radius is so small against the points' extent that grid cells cannot be indexed exactly (metres).
    case epsBelowResolution(epsMetres: Double, extentMetres: Double)
    /// DBSCAN's minimum neighbourhood size (counting the point itself) was below 2.
    case minPointsTooSmall(Int)
    /// HDBSCAN's minimum cluster size was below 2.
    case minClusterSizeTooSmall(Int)
    /// HDBSCAN's `minSamples` was below 1.
    case minSamplesTooSmall(Int)
    /// The x and y arrays have different lengths.
    case coordinateCountMismatch(xCount: Int, yCount: Int)
    /// A coordinate is NaN or infinite (0-based index of the point).
    case nonFiniteCoordinate(index: Int)
    /// More points than the 32-bit indexes hold (2³¹ − 1).
    case tooManyPoints(Int)
    /// A worker count below 1 was asked for.
    case workerCountTooSmall(Int)
    /// A synthetic-registry input is unusable (what is wrong, what to do).
    case invalidSyntheticInput(problem: String, remedy: String)

    /// What was wrong and what to do about it.
    public var description: String {
        switch self {
        case .epsNotPositive(let eps):
            return "eps is \(eps) m — use a positive, finite neighbourhood radius (for firms, 1–5 km)"
        case .epsBelowResolution(let eps, let extent):
            return "eps \(eps) m is below the resolution of points spanning \(extent) m — use eps ≥ \(extent * 1e-12) m"
        case .minPointsTooSmall(let value):
            return "min points is \(value) — use at least 2 (it counts the point itself, as scikit-learn's min_samples)"
        case .minClusterSizeTooSmall(let value):
            return "min cluster size is \(value) — use at least 2 (hdbscan's default is 5)"
        case .minSamplesTooSmall(let value):
            return "min samples is \(value) — use at least 1, or leave it unset to use the min cluster size"
        case .coordinateCountMismatch(let xCount, let yCount):
            return "\(xCount) x values but \(yCount) y values — pass one x and one y per point"
        case .nonFiniteCoordinate(let index):
            return "point \(index) has a NaN or infinite coordinate — drop or fix it before clustering"
        case .tooManyPoints(let count):
            return "\(count) points are more than one run indexes — cluster fewer than 2147483647 points at a time"
        case .workerCountTooSmall(let value):
            return "worker count is \(value) — use at least 1"
        case .invalidSyntheticInput(let problem, let remedy):
            return "\(problem) — \(remedy)"
        }
    }
}
