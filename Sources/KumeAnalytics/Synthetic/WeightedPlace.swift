/// A place around which synthetic background firms are scattered, in proportion to its weight.
///
/// Typically a district's interior point weighted by its population (the input layer's district table).
package struct WeightedPlace: Sendable, Hashable {
    /// Longitude in degrees (WGS84).
    package var longitude: Double
    /// Latitude in degrees (WGS84).
    package var latitude: Double
    /// The relative weight (for example the population); non-negative.
    package var weight: Double
    /// The standard deviation of the firms' scatter around the point, in kilometres.
    package var spreadKilometres: Double
    /// The province (il) written on firms placed here.
    package var province: String
    /// The district (ilçe) written on firms placed here.
    package var district: String

    /// Creates a place.
    /// - Parameters:
    ///   - longitude: degrees east (WGS84).
    ///   - latitude: degrees north (WGS84).
    ///   - weight: relative weight, for example the population; non-negative.
    ///   - spreadKilometres: the scatter's standard deviation in kilometres, for example half the radius of a
    ///     disc with the district's area.
    ///   - province: the province name.
    ///   - district: the district name.
    package init(
        longitude: Double, latitude: Double, weight: Double, spreadKilometres: Double,
        province: String, district: String
    ) {
        self.longitude = longitude
        self.latitude = latitude
        self.weight = weight
        self.spreadKilometres = spreadKilometres
        self.province = province
        self.district = district
    }
}
