import KumeGeo

/// A province (il) of Türkiye: the union of its districts.
public struct AdministrativeProvince: Sendable, Hashable {
    /// The plate number (1–81), e.g. 16 for Bursa.
    public var plate: Int
    /// The OCHA p-code, e.g. `TUR016`.
    public var code: String
    /// The official name, e.g. "İstanbul", "Kahramanmaraş".
    public var name: String
    /// The p-codes of its districts, in boundary-file order.
    public var districtCodes: [String]
    /// The boundary (GEOS unary union of the districts): polygons, each a list of closed rings (exterior
    /// first), longitude, latitude (WGS84).
    public var polygons: [[[Coordinate]]]
    /// The area in km², measured in the boundaries' equal-area projection.
    public var areaSquareKilometres: Double

    /// Creates a province.
    public init(
        plate: Int, code: String, name: String, districtCodes: [String], polygons: [[[Coordinate]]],
        areaSquareKilometres: Double
    ) {
        self.plate = plate
        self.code = code
        self.name = name
        self.districtCodes = districtCodes
        self.polygons = polygons
        self.areaSquareKilometres = areaSquareKilometres
    }
}
