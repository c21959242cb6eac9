internal import CGDAL

/// The geometry type of a layer, without its dimension (a layer of 3D points is ``point``; see
/// ``VectorLayer/geometryHasZ``).
public enum VectorGeometryType: Sendable, Hashable, CustomStringConvertible {
    /// A table without geometry (`wkbNone`): spreadsheets, CSV without coordinates, aspatial GeoPackage tables.
    case none
    /// Any geometry type may occur (`wkbUnknown`).
    case unknown
    /// `wkbPoint`.
    case point
    /// `wkbLineString`.
    case lineString
    /// `wkbPolygon`.
    case polygon
    /// `wkbMultiPoint`.
    case multiPoint
    /// `wkbMultiLineString`.
    case multiLineString
    /// `wkbMultiPolygon`.
    case multiPolygon
    /// `wkbGeometryCollection`.
    case geometryCollection
    /// Another OGR type (curves, surfaces, TINs): GDAL's name for it, for example `"CurvePolygon"`.
    case other(String)

    /// The flattened OGR type `code` (`OGR_GT_Flatten`) as a case.
    init(ogr code: OGRwkbGeometryType) {
        switch OGR_GT_Flatten(code) {
        case wkbNone: self = .none
        case wkbUnknown: self = .unknown
        case wkbPoint: self = .point
        case wkbLineString: self = .lineString
        case wkbPolygon: self = .polygon
        case wkbMultiPoint: self = .multiPoint
        case wkbMultiLineString: self = .multiLineString
        case wkbMultiPolygon: self = .multiPolygon
        case wkbGeometryCollection: self = .geometryCollection
        case let flat: self = .other(GDALCall.string(OGRGeometryTypeToName(flat)))
        }
    }

    /// The 2D OGR type for creating a layer; nil for ``other(_:)``, which kume does not create.
    var ogr: OGRwkbGeometryType? {
        switch self {
        case .none: return wkbNone
        case .unknown: return wkbUnknown
        case .point: return wkbPoint
        case .lineString: return wkbLineString
        case .polygon: return wkbPolygon
        case .multiPoint: return wkbMultiPoint
        case .multiLineString: return wkbMultiLineString
        case .multiPolygon: return wkbMultiPolygon
        case .geometryCollection: return wkbGeometryCollection
        case .other: return nil
        }
    }

    /// GDAL's name for the type (`OGRGeometryTypeToName`), for example `"Multi Polygon"`.
    public var description: String {
        switch self {
        case .other(let name): return name
        default: return ogr.map { GDALCall.string(OGRGeometryTypeToName($0)) } ?? "unknown"
        }
    }
}
