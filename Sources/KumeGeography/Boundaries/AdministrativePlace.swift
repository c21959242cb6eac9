/// Where a point lies administratively: its district and province.
package struct AdministrativePlace: Sendable, Hashable {
    /// The index of the district in `AdministrativeBoundaries.districts`.
    package var districtIndex: Int
    /// The district's p-code, e.g. `TUR016005`.
    package var districtCode: String
    /// The district's official name.
    package var district: String
    /// The province's plate number (1–81).
    package var plate: Int
    /// The province's official name.
    package var province: String

    /// Creates a place.
    package init(districtIndex: Int, districtCode: String, district: String, plate: Int, province: String) {
        self.districtIndex = districtIndex
        self.districtCode = districtCode
        self.district = district
        self.plate = plate
        self.province = province
    }
}
