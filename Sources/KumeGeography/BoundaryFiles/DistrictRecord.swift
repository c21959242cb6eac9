import KumeGeo

/// One district as read from the boundary files: its codes, names and rings (longitude, latitude, WGS84).
package struct DistrictRecord: Sendable, Hashable {
    /// The OCHA p-code of the district, e.g. `TUR016005` (digits 4–6 are the province's plate number).
    package var pcode: String
    /// The OCHA p-code of the province, e.g. `TUR016`.
    package var provinceCode: String
    /// The province's plate number (1–81).
    package var plate: Int
    /// The province's official name, e.g. "İstanbul", "Kahramanmaraş".
    package var province: String
    /// The district's official name, e.g. "Osmangazi"; a central district is "Merkez" where the official
    /// table lists it so.
    package var district: String
    /// The district name as written in the boundary file (upper case), e.g. "OSMANGAZİ".
    package var sourceName: String
    /// The polygons (shell and holes) of the district.
    package var polygons: [RingPolygon]

    /// Creates a record.
    package init(
        pcode: String, provinceCode: String, plate: Int, province: String, district: String, sourceName: String,
        polygons: [RingPolygon]
    ) {
        self.pcode = pcode
        self.provinceCode = provinceCode
        self.plate = plate
        self.province = province
        self.district = district
        self.sourceName = sourceName
        self.polygons = polygons
    }
}
