import Foundation

/// The economic geography an application declares: the provinces, and sometimes districts, it names
/// (`--declared-geography "Manisa"`, `"Bursa/Gemlik,Bursa/Nilüfer"`, or a text file of such names).
///
/// Names are matched against kume's province and district tables with ``TurkishText/folded(_:)`` (case,
/// Turkish letters and spaces do not matter; older province names such as "İzmit" are accepted); a district
/// is written `Province/District`, the central district as `Province/Merkez` or `Province/Province`. Unknown
/// names are errors that suggest the nearest known name.
public struct DeclaredGeography: Sendable, Hashable {
    /// One declared area: a whole province, or one district of it.
    public struct Area: Sendable, Hashable {
        /// The province's official name.
        public var province: String
        /// The province's plate number.
        public var plate: Int
        /// The district's official name, or `nil` for the whole province.
        public var district: String?
        /// The district's id in the district table, or `nil` for the whole province.
        public var districtID: Int?

        /// `Province` or `Province/District`, with the official names.
        public var name: String { district.map { "\(province)/\($0)" } ?? province }
    }

    /// The areas, in the order declared, without repeats.
    public var areas: [Area]

    /// Creates a declaration from areas already matched.
    public init(areas: [Area]) {
        var seen = Set<Area>()
        self.areas = areas.filter { seen.insert($0).inserted }
    }

    /// The official names of the declared provinces (those declared whole and those of declared districts),
    /// in the order declared.
    public var provinces: [String] {
        var seen = Set<String>()
        return areas.map(\.province).filter { seen.insert($0).inserted }
    }

    /// Whether any area is a district (so places must be known to the district, from the district polygons).
    public var namesDistricts: Bool { areas.contains { $0.district != nil } }

    /// `Bursa/Gemlik, Bursa/Nilüfer`.
    public var description: String { areas.map(\.name).joined(separator: ", ") }

    /// Whether a place lies in the declared geography: `true` or `false`, or `nil` when only its province is
    /// known and that province is declared by districts alone.
    /// - Parameters:
    ///   - province: The place's province (official name).
    ///   - district: The place's district (official name, `Merkez` or the province's name for the central one).
    package func contains(province: String, district: String?, districts: DistrictTable = .shared) -> Bool? {
        let here = areas.filter { $0.province == province }
        if here.isEmpty { return false }
        if here.contains(where: { $0.district == nil }) { return true }
        guard let district, let plate = here.first?.plate,
              let id = districts.district(named: district, inProvince: plate)?.id else { return nil }
        return here.contains { $0.districtID == id }
    }
}

extension DeclaredGeography {
    /// The declaration given to `--declared-geography`: the names themselves, or a text file of names when the
    /// value names an existing file (or ends in `.txt`, `.csv`, `.list`). Polygon layers are refused: an
    /// application declares places by name, and names are what the tables can check.
    /// - Throws: ``InputError`` for an unreadable file, a polygon layer, no names, or an unknown name.
    public static func read(_ value: String, option: String = Setting.declaredGeography.words) throws(InputError) -> DeclaredGeography {
        let lowered = value.lowercased()
        let layerSuffixes = [".geojson", ".json", ".gpkg", ".shp", ".fgb", ".kml", ".gml"]
        if layerSuffixes.contains(where: lowered.hasSuffix) {
            throw InputError(issues: [InputIssue(
                file: value, line: 0, column: 0,
                problem: "\(option) takes province and district names, not a polygon layer",
                remedy: "write the declared provinces or districts as names (\"Manisa\", \"Bursa/Gemlik,Bursa/Nilüfer\") "
                    + "or in a text file, one or more per line")])
        }
        let isFile = FileManager.default.fileExists(atPath: value)
            || [".txt", ".csv", ".list"].contains(where: lowered.hasSuffix)
        guard isFile else { return try parse(value, file: "", option: option) }
        guard let data = FileManager.default.contents(atPath: value) else {
            throw InputError(issues: [InputIssue(
                file: value, line: 0, column: 0, problem: "cannot read the declared geography file",
                remedy: "check the path, or give the names themselves: \(option) \"Manisa\"")])
        }
        let text = String(data: data, encoding: .utf8) ?? Windows1254.decode(data)
        return try parse(text, file: value, option: option)
    }

    /// Parses names separated by commas, semicolons or line breaks; in a file, `#` starts a comment.
    /// - Parameters:
    ///   - text: The names.
    ///   - file: The file they come from, or empty for a command-line value (then errors name `option`).
    /// - Throws: ``InputError`` listing every unknown name, with the nearest known one.
    package static func parse(
        _ text: String, file: String, option: String = Setting.declaredGeography.words,
        provinces: ProvinceTable = .shared, districts: DistrictTable = .shared
    ) throws(InputError) -> DeclaredGeography {
        var areas: [Area] = []
        var issues: [InputIssue] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (lineIndex, rawLine) in lines.enumerated() {
            let line = file.isEmpty ? Substring(rawLine) : (rawLine.split(separator: "#", maxSplits: 1,
                omittingEmptySubsequences: false).first ?? "")
            var column = 1
            for entry in line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == ";" }) {
                defer { column += entry.count + 1 }
                let name = String(entry).trimmingSpaces
                guard !name.isEmpty else { continue }
                let at = column + (entry.count - entry.drop { $0.isWhitespace }.count)
                do throws(DeclaredNameError) {
                    areas.append(try area(named: name, provinces: provinces, districts: districts))
                } catch {
                    issues.append(InputIssue(
                        file: file.isEmpty ? "" : file, line: file.isEmpty ? 0 : lineIndex + 1, column: file.isEmpty ? 0 : at,
                        problem: (file.isEmpty ? "\(option): " : "") + error.problem, remedy: error.remedy))
                }
            }
        }
        if !issues.isEmpty { throw InputError(issues: issues) }
        guard !areas.isEmpty else {
            throw InputError(issues: [InputIssue(
                file: file, line: 0, column: 0,
                problem: (file.isEmpty ? "\(option): " : "") + "the declared geography names no province or district",
                remedy: "give provinces or Province/District names, e.g. \"Manisa\" or \"Bursa/Gemlik,Bursa/Nilüfer\"")])
        }
        return DeclaredGeography(areas: areas)
    }
}
