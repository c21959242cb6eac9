/// Where a point lies administratively: its district and province.
public struct AdministrativePlace: Sendable, Hashable {
    /// The index of the district in `AdministrativeBoundaries.districts`.
    public var districtIndex: Int
    /// The district's p-code, e.g. `TUR016005`.
    public var districtCode: String
    /// The district's official name.
    public var district: String
    /// The province's plate number (1–81).
    public var plate: Int
    /// The province's official name.
    public var province: String

    /// Creates a place.
    public init(districtIndex: Int, districtCode: String, district: String, plate: Int, province: String) {
        self.districtIndex = districtIndex
        self.districtCode = districtCode
        self.district = district
        self.plate = plate
        self.province = province
    }
}
