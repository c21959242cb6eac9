import KumeAnalytics
import KumeData
import KumeGeo
import KumeGeography

/// Province polygons with a sector's measures, as GeoJSON features for a choropleth map.
package enum RegionMap {
    /// One feature per province: `province`, `plate`, `sector`, `value` (the sector's employment or firm
    /// count there), `total` (all sectors there) and `lq` (location quotient; `null` where the province
    /// has no activity). Polygons are the display-simplified ones, RFC 7946 oriented.
    /// - Parameters:
    ///   - display: The simplified boundaries (``AdministrativeBoundaries/simplifiedForDisplay(toleranceDegrees:)``).
    ///   - matrix: Provinces × sectors; regions are matched to provinces by name (Turkish-aware).
    ///   - sector: The sector label to map.
    package static func provinces(display: DisplayBoundaries, matrix: RegionSectorMatrix, sector: String) -> [GeoJSONFeature] {
        let lq = matrix.locationQuotients()
        let column = matrix.sectorIndex(of: sector)
        var rowByPlate: [Int: Int] = [:]
        for (row, label) in matrix.regions.enumerated() {
            if let plate = ProvinceTable.shared.province(named: label)?.plate { rowByPlate[plate] = row }
        }
        return display.boundaries.provinces.map { province in
            let row = rowByPlate[province.plate]
            let total = row.map { r in (0..<matrix.sectors.count).reduce(0.0) { $0 + matrix[r, $1] } }
            let value = row.flatMap { r in column.map { matrix[r, $0] } }
            let quotient = row.flatMap { r in column.map { lq[r, $0] } }
            return GeoJSONFeature(
                geometry: .polygons(RingOrientation.rfc7946(province.polygons)),
                properties: [
                    ("province", .string(province.name)), ("plate", .integer(province.plate)),
                    ("sector", .string(sector)), ("value", .number(value ?? 0, decimals: 3)),
                    ("total", .number(total ?? 0, decimals: 3)),
                    ("lq", .number(quotient.flatMap { $0.isFinite ? $0 : nil }, decimals: 4)),
                ])
        }
    }
}
