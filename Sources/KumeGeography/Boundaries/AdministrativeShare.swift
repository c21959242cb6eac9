/// How much of an economic geography, and of its firms, falls in one province or district.
package struct AdministrativeShare: Sendable, Hashable {
    /// The province's plate number (1–81).
    package var plate: Int
    /// The province's official name.
    package var province: String
    /// The district's p-code, or nil when this share is for a whole province.
    package var districtCode: String?
    /// The district's official name, or nil for a province.
    package var district: String?
    /// The area of the geography inside this place, km² (equal-area projection).
    package var areaSquareKilometres: Double
    /// That area as a fraction (0–1) of the geography's area.
    package var areaShare: Double
    /// The number of the given member points inside this place (0 when no points were given).
    package var firms: Int
    /// `firms` as a fraction (0–1) of all given member points; nil when no points were given.
    package var firmShare: Double?

    /// Creates a share.
    package init(
        plate: Int, province: String, districtCode: String?, district: String?, areaSquareKilometres: Double,
        areaShare: Double, firms: Int, firmShare: Double?
    ) {
        self.plate = plate
        self.province = province
        self.districtCode = districtCode
        self.district = district
        self.areaSquareKilometres = areaSquareKilometres
        self.areaShare = areaShare
        self.firms = firms
        self.firmShare = firmShare
    }
}
