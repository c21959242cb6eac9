/// The official spellings of Türkiye's 81 provinces and 973 districts, from kume's embedded tables
/// `data/tables/tr_provinces.csv` and `data/tables/tr_districts.csv`.
struct OfficialPlaceNames: Sendable {
    /// Province name by plate number (1–81).
    let provinces: [Int: String]
    /// District name by plate number and `TurkishText.matchKey` of the district's name, where a central
    /// district listed as "Merkez" is keyed by its province's name (as the polygons name it).
    let districts: [Int: [String: String]]

    /// The tables embedded in kume.
    static let embedded = OfficialPlaceNames(
        provincesCSV: EmbeddedData.trProvincesCsv, districtsCSV: EmbeddedData.trDistrictsCsv)

    /// Parses the two tables (`plate,name,…` and `id,plate,province,name,…`, no quoted fields).
    init(provincesCSV: String, districtsCSV: String) {
        var provinces: [Int: String] = [:]
        for line in provincesCSV.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            if cells.count > 1, let plate = Int(cells[0]) { provinces[plate] = String(cells[1]) }
        }
        var districts: [Int: [String: String]] = [:]
        for line in districtsCSV.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count > 3, let plate = Int(cells[1]) else { continue }
            let name = String(cells[3])
            let keyName = name == "Merkez" ? (provinces[plate] ?? name) : name
            districts[plate, default: [:]][TurkishText.matchKey(keyName)] = name
        }
        self.provinces = provinces
        self.districts = districts
    }

    /// The official province name for `plate`, or nil.
    func province(plate: Int) -> String? { provinces[plate] }

    /// The official district name for a district of province `plate` written `name` (any case or
    /// spelling of I/İ), or nil when the tables do not list it.
    func district(plate: Int, name: String) -> String? {
        districts[plate]?[TurkishText.matchKey(name)]
    }
}
