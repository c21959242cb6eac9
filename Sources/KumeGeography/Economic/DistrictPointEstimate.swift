import KumeData
import KumeGeo

/// The provinces and districts an economic geography touches, judged without boundary polygons.
///
/// Used when the boundaries are not installed. A district counts when its interior point (a point
/// guaranteed inside its polygon) lies in the geography, or when a member inside the geography names it
/// (or, naming none, has it as its nearest district point). A province counts when one of its districts
/// does, or a member inside names it. This misses a district the geography only clips, so outputs name the
/// method (`district-points`); the boundary polygons give the exact answer.
package struct DistrictPointEstimate: Sendable {
    /// The method's name, as written in outputs.
    package static let methodName = "district-points"
    /// Province names, sorted in Turkish order.
    package var provinces: [String]
    /// District names as "Province/District", sorted.
    package var districts: [String]

    /// Computes the view.
    /// - Parameters:
    ///   - geography: The economic geography (its WGS84 polygons and member placements).
    ///   - members: The roster's members.
    ///   - districts: The district table (interior points).
    ///   - provinces: The province table (official names).
    /// - Throws: ``GeographyError/geometry(_:)`` when GEOS fails.
    package init(
        geography: EconomicGeography, members: [Member], districts: DistrictTable = .shared,
        provinces: ProvinceTable = .shared
    ) throws {
        var districtKeys = Set<DistrictKey>()
        var provinceNames = Set<String>()
        do {
            let context = try GeometryContext()
            let parts = try geography.polygons.map { rings in
                try Geometry.polygon(shell: rings.first ?? [], holes: Array(rings.dropFirst()), in: context)
            }
            let area = try Geometry.collection(parts, as: .multiPolygon, in: context).prepared()
            let all = districts.districts
            let covered = try area.covers(points: all.map(\.interiorPoint))
            for (district, isCovered) in zip(all, covered) where isCovered {
                districtKeys.insert(DistrictKey(province: district.province, name: district.name))
            }
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
        for member in members where geography.placements[member.id]?.inside == true {
            if let named = member.province.flatMap(provinces.province(named:)) {
                provinceNames.insert(named.name)
                if let districtName = member.district, let district = districts.district(named: districtName, inProvince: named.plate) {
                    districtKeys.insert(DistrictKey(province: district.province, name: district.name))
                }
            } else if let point = member.location, let nearest = districts.nearest(to: point) {
                districtKeys.insert(DistrictKey(province: nearest.province, name: nearest.name))
            }
        }
        provinceNames.formUnion(districtKeys.map(\.province))
        self.provinces = provinceNames.sorted(by: TurkishText.lessThan)
        self.districts = districtKeys.sorted {
            $0.province == $1.province ? TurkishText.lessThan($0.name, $1.name) : TurkishText.lessThan($0.province, $1.province)
        }.map { "\($0.province)/\($0.name)" }
    }

    private struct DistrictKey: Hashable {
        var province: String
        var name: String
    }
}
