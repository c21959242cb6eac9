/// Why one declared name could not be matched: the problem and what to write instead.
struct DeclaredNameError: Error {
    var problem: String
    var remedy: String
}

extension DeclaredGeography {
    /// The area one name means: `Province` or `Province/District`.
    static func area(named name: String, provinces: ProvinceTable, districts: DistrictTable) throws(DeclaredNameError) -> Area {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count <= 2, !parts.contains(where: \.isEmpty) else {
            throw DeclaredNameError(
                problem: "'\(name)' is not a province or a Province/District name",
                remedy: "write a province (\"Manisa\") or a district with its province (\"Bursa/Gemlik\")")
        }
        guard let province = provinces.province(named: parts[0]) else {
            throw DeclaredNameError(problem: "unknown province '\(parts[0])'",
                                    remedy: provinceRemedy(for: parts[0], district: parts.count == 2 ? parts[1] : nil,
                                                           provinces: provinces, districts: districts))
        }
        guard parts.count == 2 else { return Area(province: province.name, plate: province.plate, district: nil, districtID: nil) }
        guard let district = districts.district(named: parts[1], inProvince: province.plate) else {
            let names = districts.districts(inProvince: province.plate).map(\.name)
            let elsewhere = districts.districts(named: parts[1]).map { "'\($0.province)/\($0.name)'" }
            var remedy = nearest(to: parts[1], among: names).map { "did you mean '\(province.name)/\($0)'?" }
                ?? "\(province.name)'s districts are \(names.joined(separator: ", "))"
            if !elsewhere.isEmpty { remedy += " (there is \(elsewhere.joined(separator: " and ")))" }
            throw DeclaredNameError(problem: "'\(parts[1])' is not a district of \(province.name)", remedy: remedy)
        }
        return Area(province: province.name, plate: province.plate, district: district.name, districtID: district.id)
    }

    /// What to write for an unknown province: the nearest province name, or the district's own province when the
    /// name is a district's ("Gemlik" → "Bursa/Gemlik").
    static func provinceRemedy(for name: String, district: String?, provinces: ProvinceTable, districts: DistrictTable) -> String {
        if district == nil, case let matches = districts.districts(named: name), !matches.isEmpty {
            let names = matches.prefix(5).map { "'\($0.province)/\($0.name)'" }
            return "'\(name)' is a district: write it with its province, \(names.joined(separator: " or "))"
        }
        if let near = nearest(to: name, among: provinces.provinces.map(\.name)) {
            return "did you mean '\(near)\(district.map { "/\($0)" } ?? "")'?"
        }
        return "use one of Türkiye's 81 province names (\"Bursa\", \"Manisa\"), or Province/District"
    }

    /// The name nearest to `name` (folded, by edit distance) when it is near enough: within a third of its length.
    static func nearest(to name: String, among names: [String]) -> String? {
        let key = TurkishText.folded(name)
        let scored = names.map { ($0, MissingColumn.editDistance(key, TurkishText.folded($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }
}
