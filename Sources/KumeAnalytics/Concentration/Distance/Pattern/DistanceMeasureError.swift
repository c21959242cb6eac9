/// What went wrong when computing a distance-based measure (Kd, M, Ripley's K and L).
public enum DistanceMeasureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two arrays that must have one entry per point differ in length.
    case mismatchedLengths(what: String, expected: Int, actual: Int)
    /// A coordinate is NaN or infinite.
    case nonFiniteCoordinate(index: Int)
    /// A coordinate is so large that squared distances would overflow (beyond ±10¹⁵⁰).
    case coordinateOutOfRange(index: Int, value: Double)
    /// A weight is negative or not finite.
    case invalidWeight(index: Int, value: Double)
    /// A type (mark) asked for does not occur in the pattern.
    case unknownType(String, available: [String])
    /// Too few points of the types asked for to form a pair.
    case tooFewPoints(needed: Int, found: Int, what: String)
    /// The distances `r` are empty, negative, not finite or not increasing.
    case invalidDistances(String)
    /// A parameter is out of its range.
    case invalidParameter(name: String, value: String, expected: String)
    /// The window is unusable (zero area, fewer than 3 vertices, points outside it).
    case invalidWindow(String)
    /// A point lies outside the observation window.
    case pointOutsideWindow(index: Int, xMetres: Double, yMetres: Double)
    /// The global envelope needs more simulations than were run.
    case tooFewSimulations(run: Int, reason: String)

    public var description: String {
        switch self {
        case let .mismatchedLengths(what, expected, actual):
            return "\(actual) \(what) given for \(expected) points — give exactly one per point"
        case let .nonFiniteCoordinate(index):
            return "point \(index + 1) has a coordinate that is not a finite number — fix or remove it"
        case let .coordinateOutOfRange(index, value):
            return "point \(index + 1) has coordinate \(value), too large for distances to be computed — "
                + "give planar coordinates in metres (within ±1e150)"
        case let .invalidWeight(index, value):
            return "point \(index + 1) has weight \(value) — weights must be finite and non-negative"
        case let .unknownType(type, available):
            let shown = available.prefix(20).joined(separator: ", ")
            return "type '\(type)' does not occur in the pattern — use one of: \(shown)"
        case let .tooFewPoints(needed, found, what):
            return "\(found) \(what) found, at least \(needed) needed — choose a type with more points"
        case let .invalidDistances(reason):
            return "invalid distances r: \(reason) — give finite, non-negative, increasing distances"
        case let .invalidParameter(name, value, expected):
            return "\(name) = \(value) is invalid — expected \(expected)"
        case let .invalidWindow(reason):
            return "invalid window: \(reason) — give a rectangle or a simple polygon with positive area"
        case let .pointOutsideWindow(index, x, y):
            return "point \(index + 1) at (\(x), \(y)) lies outside the window — enlarge the window or drop the point"
        case let .tooFewSimulations(run, reason):
            return "\(run) simulations are too few: \(reason) — run more simulations"
        }
    }
}
