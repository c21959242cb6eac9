internal import CGEOS

/// The kind of a geometry, as GEOS and the OGC simple-features model name them.
public enum GeometryType: String, Sendable, CaseIterable {
    /// One coordinate (`GEOS_POINT`).
    case point
    /// An open or closed chain of coordinates (`GEOS_LINESTRING`).
    case lineString
    /// A closed chain used as a polygon's ring (`GEOS_LINEARRING`).
    case linearRing
    /// An exterior ring with zero or more holes (`GEOS_POLYGON`).
    case polygon
    /// A set of points (`GEOS_MULTIPOINT`).
    case multiPoint
    /// A set of line strings (`GEOS_MULTILINESTRING`).
    case multiLineString
    /// A set of polygons with disjoint interiors (`GEOS_MULTIPOLYGON`).
    case multiPolygon
    /// A heterogeneous set of geometries (`GEOS_GEOMETRYCOLLECTION`).
    case geometryCollection

    /// GEOS's type id (`GEOSGeomTypes`).
    var geosTypeID: Int32 {
        switch self {
        case .point: Int32(GEOS_POINT.rawValue)
        case .lineString: Int32(GEOS_LINESTRING.rawValue)
        case .linearRing: Int32(GEOS_LINEARRING.rawValue)
        case .polygon: Int32(GEOS_POLYGON.rawValue)
        case .multiPoint: Int32(GEOS_MULTIPOINT.rawValue)
        case .multiLineString: Int32(GEOS_MULTILINESTRING.rawValue)
        case .multiPolygon: Int32(GEOS_MULTIPOLYGON.rawValue)
        case .geometryCollection: Int32(GEOS_GEOMETRYCOLLECTION.rawValue)
        }
    }

    /// The type for GEOS's type id, or nil for an id this GEOS version does not define.
    init?(geosTypeID: Int32) {
        guard let type = GeometryType.allCases.first(where: { $0.geosTypeID == geosTypeID }) else { return nil }
        self = type
    }

    /// The type a part must have to belong to a collection of this type, or nil when any type may.
    var requiredPartType: GeometryType? {
        switch self {
        case .multiPoint: .point
        case .multiLineString: .lineString
        case .multiPolygon: .polygon
        default: nil
        }
    }

    /// True for the four collection types.
    var isCollection: Bool {
        switch self {
        case .multiPoint, .multiLineString, .multiPolygon, .geometryCollection: true
        default: false
        }
    }
}
