import KumeGeo
import KumeGeography

/// The districts an economic geography touches, as GeoJSON polygons with the geography's share of each.
package enum TouchedDistrictsMap {
    /// One feature per touched district: `province`, `district`, `code` (OCHA p-code), `area_km2` and
    /// `area_share` (of the geography inside the district), `firms` and `firm_share` (of its firms there).
    /// Polygons are the districts' own, rounded to 6 decimals, valid and RFC 7946 oriented.
    /// - Throws: ``GeographyError/geometry(_:)`` when GEOS fails.
    package static func districts(_ places: DistrictOverlap, boundaries: AdministrativeBoundaries) throws -> [GeoJSONFeature] {
        do {
            let context = try GeometryContext()
            return try places.districts.compactMap { share in
                try feature(share, boundaries: boundaries, context: context)
            }
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
    }

    private static func feature(
        _ share: AdministrativeShare, boundaries: AdministrativeBoundaries, context: GeometryContext
    ) throws -> GeoJSONFeature? {
        guard let code = share.districtCode, let district = boundaries.district(code: code) else { return nil }
        let polygons = try MembersInGeography.forGeoJSON(district.polygons, context: context)
        return GeoJSONFeature(geometry: .polygons(polygons), properties: [
            ("province", .string(share.province)), ("district", .string(share.district)), ("code", .string(code)),
            ("area_km2", .number(share.areaSquareKilometres, decimals: 3)),
            ("area_share", .number(share.areaShare, decimals: 4)),
            ("firms", .integer(share.firms)), ("firm_share", .number(share.firmShare, decimals: 4)),
        ])
    }
}
