import KumeGeo

/// Why an economic geography could not be built.
public enum GeographyError: Error, CustomStringConvertible, Sendable {
    /// No firm of the roster has a point to build from.
    case noFirmWithPoint(source: String)
    /// A parameter is out of range; the text says what to use.
    case invalidParameter(String)
    /// GEOS failed; its own message is kept.
    case geometry(GeometryError)
    /// PROJ failed; its own message is kept.
    case projection(ProjectionError)
    /// The boundary polygons could not be read or used.
    case boundaries(BoundaryError)

    public var description: String {
        switch self {
        case .noFirmWithPoint(let source):
            return "\(source): no firm has a point — give firms lat/lon columns, or a district or province to place them"
        case .invalidParameter(let text):
            return text
        case .geometry(let error):
            return "geometry: \(error)"
        case .projection(let error):
            return "projection: \(error)"
        case .boundaries(let error):
            return "boundaries: \(error)"
        }
    }
}
