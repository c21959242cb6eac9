import KumeData
import KumeGeo

/// The provinces and districts an economic geography touches, and how they were found.
///
/// With the boundary polygons (``PlaceLocator``) the answer is exact: every district the geography
/// overlaps, with its share of the area and of the firms. Without them, kume falls back to district
/// interior points (``DistrictPointEstimate``) and says so.
public struct TouchedPlaces: Sendable {
    /// How the places were found.
    public enum Method: String, Sendable {
        /// Intersections with the district polygons.
        case boundaries
        /// District interior points inside the geography, and the members' stated or nearest districts.
        case districtPoints = "district-points"
    }

    /// The smallest share of the geography's area that counts a place as touched (0.01 %).
    public static let minimumAreaShare = 1e-4

    /// How the places were found.
    public var method: Method
    /// Province names in Turkish alphabetical order.
    public var provinces: [String]
    /// Districts as "Province/District", sorted.
    public var districts: [String]
    /// With boundaries: each place's share of the geography's area and of its firms.
    package var shares: DistrictOverlap?

    /// Finds the places, with the polygons when a locator is given.
    /// - Parameters:
    ///   - geography: The economic geography.
    ///   - members: The roster's members (firms' points give the firm shares).
    ///   - locator: The district polygons, or `nil` for the district-point fallback.
    /// - Throws: ``GeographyError`` when GEOS or PROJ fail.
    package init(geography: EconomicGeography, members: [Member], locator: PlaceLocator?) throws {
        guard let locator else {
            let view = try DistrictPointEstimate(geography: geography, members: members)
            self.init(method: .districtPoints, provinces: view.provinces, districts: view.districts, shares: nil)
            return
        }
        let firms = members.filter { $0.type == .firm }.compactMap(\.location)
        var shares: DistrictOverlap
        do {
            shares = try locator.places(touching: geography, members: firms)
        } catch {
            throw GeographyError.boundaries(error)
        }
        // A place the geography only grazes — less than 0.01 % of its area — is the sliver left by rounding
        // a shared border to 6 decimals, not a place the cluster covers.
        let covers = { (share: AdministrativeShare) in share.areaShare >= Self.minimumAreaShare }
        shares.provinces = shares.provinces.filter(covers)
        shares.districts = shares.districts.filter(covers)
        self.init(
            method: .boundaries,
            provinces: shares.provinces.map(\.province).sorted(by: TurkishText.lessThan),
            districts: shares.districts.map { "\($0.province)/\($0.district ?? "")" }.sorted(by: TurkishText.lessThan),
            shares: shares)
    }

    init(method: Method, provinces: [String], districts: [String], shares: DistrictOverlap?) {
        self.method = method
        self.provinces = provinces
        self.districts = districts
        self.shares = shares
    }
}

extension PlaceLocator {
    /// A locator over `boundaries`, its failure reported as a ``GeographyError``.
    package static func make(_ boundaries: AdministrativeBoundaries) throws(GeographyError) -> PlaceLocator {
        do {
            return try PlaceLocator(boundaries: boundaries)
        } catch {
            throw .boundaries(error)
        }
    }
}
