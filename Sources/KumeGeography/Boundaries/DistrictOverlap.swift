/// The provinces and districts an economic geography touches, each with its share of the geography's
/// area and of the firms.
package struct DistrictOverlap: Sendable, Hashable {
    /// The provinces the geography's interior overlaps, by plate number.
    package var provinces: [AdministrativeShare]
    /// The districts the geography's interior overlaps, in boundary-file order.
    package var districts: [AdministrativeShare]
    /// The geography's area in km², in `projectionDefinition`.
    package var areaSquareKilometres: Double
    /// The PROJ definition of the equal-area projection the areas were measured in.
    package var projectionDefinition: String
    /// The number of member points given.
    package var firmCount: Int
    /// How many of them lie in no district (at sea or abroad).
    package var firmsOutsideTurkiye: Int

    /// Creates the summary.
    package init(
        provinces: [AdministrativeShare], districts: [AdministrativeShare], areaSquareKilometres: Double,
        projectionDefinition: String, firmCount: Int, firmsOutsideTurkiye: Int
    ) {
        self.provinces = provinces
        self.districts = districts
        self.areaSquareKilometres = areaSquareKilometres
        self.projectionDefinition = projectionDefinition
        self.firmCount = firmCount
        self.firmsOutsideTurkiye = firmsOutsideTurkiye
    }
}
