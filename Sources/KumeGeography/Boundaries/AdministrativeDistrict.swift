import KumeGeo

/// A district (ilçe) of Türkiye with its boundary.
public struct AdministrativeDistrict: Sendable, Hashable {
    /// The OCHA p-code, e.g. `TUR016005` (digits 4–6: the province's plate number).
    public var code: String
    /// The province's plate number (1–81).
    public var plate: Int
    /// The province's official name, e.g. "Bursa".
    public var province: String
    /// The district's official name, e.g. "İnegöl"; central districts are "Merkez" where the official list
    /// names them so.
    public var name: String
    /// The boundary: polygons, each a list of closed rings (exterior first), longitude, latitude (WGS84).
    public var polygons: [[[Coordinate]]]
    /// The area in km², measured in the boundaries' equal-area projection.
    public var areaSquareKilometres: Double

    /// Creates a district.
    public init(
        code: String, plate: Int, province: String, name: String, polygons: [[[Coordinate]]], areaSquareKilometres: Double
    ) {
        self.code = code
        self.plate = plate
        self.province = province
        self.name = name
        self.polygons = polygons
        self.areaSquareKilometres = areaSquareKilometres
    }
}
