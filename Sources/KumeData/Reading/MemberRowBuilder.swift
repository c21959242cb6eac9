import KumeGeo

/// Turns input rows into validated ``Member``s: every problem becomes an ``InputIssue`` at its cell,
/// placements and suspicious points become ``InputWarning``s. Shared by the CSV and GeoJSON readers.
struct MemberRowBuilder {
    let file: String
    let columns: Set<MemberColumn>
    let options: RosterReader.Options
    let allowDecimalComma: Bool
    private(set) var issues: IssueCollector
    private(set) var members: [Member] = []
    private(set) var warnings: [InputWarning] = []
    private var lineByID: [String: Int] = [:]

    private let nace = NaceClassification.shared
    private let provinces = ProvinceTable.shared
    private let districts = DistrictTable.shared

    init(file: String, columns: Set<MemberColumn>, options: RosterReader.Options, allowDecimalComma: Bool) {
        self.file = file
        self.columns = columns
        self.options = options
        self.allowDecimalComma = allowDecimalComma
        issues = IssueCollector(file: file, limit: options.maximumIssues)
    }

    /// Reports required columns the header lacks; returns whether the rows can be read.
    mutating func checkHeader(line: Int) -> Bool {
        var missing: [(MemberColumn, String)] = []
        for column in [MemberColumn.id, .name, .nace] where !columns.contains(column) {
            missing.append((column, "add a column '\(column.header)'"))
        }
        if options.defaultType == nil, !columns.contains(.type) {
            missing.append((.type, "add a column 'type' (firm, university, chamber_of_industry, …)"))
        }
        if columns.contains(.latitude) != columns.contains(.longitude) {
            let absent: MemberColumn = columns.contains(.latitude) ? .longitude : .latitude
            missing.append((absent, "add a column '\(absent.header)' beside '\(absent == .longitude ? "lat" : "lon")'"))
        }
        let located = columns.contains(.latitude) || columns.contains(.province) || columns.contains(.district)
        if !located {
            missing.append((.latitude, "add 'lat' and 'lon' columns (WGS84 degrees), or 'province'/'district'"))
        }
        for (column, remedy) in missing {
            let aliases = column.aliases.dropFirst().joined(separator: ", ")
            issues.add(line: line, column: 1, "missing required column '\(column.header)' (also accepted: \(aliases))",
                       remedy)
        }
        return missing.isEmpty
    }

    private func text(_ row: RawRow, _ column: MemberColumn) -> (String, RawCell)? {
        guard let cell = row.cells[column] else { return nil }
        let value = cell.text.trimmingSpaces
        return value.isEmpty ? nil : (value, cell)
    }

    /// Validates one row and keeps its member when nothing was wrong.
    mutating func add(_ row: RawRow) {
        let before = issues.issues.count + issues.omitted
        let id = text(row, .id)
        if id == nil {
            let column = row.cells[.id]?.column ?? 1
            issues.add(line: row.line, column: column, "empty id", "give every member an id, unique in the file")
        } else if let (value, cell) = id {
            if let first = lineByID[value] {
                issues.add(line: cell.line, column: cell.column, "duplicate id '\(value)' (first used on line \(first))",
                           "give every member an id, unique in the file")
            } else {
                lineByID[value] = row.line
            }
        }
        let name = text(row, .name)?.0
        if name == nil {
            issues.add(line: row.line, column: row.cells[.name]?.column ?? 1, "empty name",
                       "give the firm's or institution's name")
        }
        var type = options.defaultType
        if let (word, cell) = text(row, .type) {
            type = MemberTypeVocabulary.type(for: word)
            if type == nil {
                issues.add(line: cell.line, column: cell.column, "unknown member type '\(word)'",
                           "use one of: \(MemberTypeVocabulary.acceptedSummary)")
            }
        } else if options.defaultType == nil {
            // An empty type cell (a missing column was already reported with the header).
            issues.add(line: row.line, column: row.cells[.type]?.column ?? 1, "empty member type",
                       "use one of: \(MemberTypeVocabulary.acceptedSummary)")
        }
        var code: NaceCode?
        if let (value, cell) = text(row, .nace) {
            do {
                code = try nace.parse(value)
            } catch {
                issues.add(line: cell.line, column: cell.column, Self.problem(error), Self.remedy(error))
            }
        } else if type == .firm {
            issues.add(line: row.line, column: row.cells[.nace]?.column ?? 1, "firm without a NACE code",
                       "give the firm's NACE Rev.2 class, e.g. 29.10 (only institutions may leave it empty)")
        }
        let point = readPoint(row)
        var employees: Int?
        if let (value, cell) = text(row, .employees) {
            employees = ValueParsing.count(value)
            if employees == nil {
                issues.add(line: cell.line, column: cell.column, "'\(value)' is not a number of employees",
                           "write a whole number of 0 or more, or leave it empty")
            }
        }
        var committed: Bool?
        if let cell = row.cells[.committed] {
            committed = ValueParsing.commitment(cell.text)
            if committed == nil {
                issues.add(line: cell.line, column: cell.column, "'\(cell.text.trimmingSpaces)' is not a commitment word",
                           "write yes/no, true/false, 1/0, evet/hayır, var/yok or x (empty means no)")
            }
        }
        let (province, district) = readAdministrativeUnits(row)
        guard issues.issues.count + issues.omitted == before, let id = id?.0, let name, let type else { return }
        var member = Member(id: id, name: name, type: type, nace: code, employees: employees,
                            committed: committed, province: province?.name, district: district?.name,
                            line: row.line)
        place(&member, point: point, province: province, district: district, row: row)
        members.append(member)
    }

    private static func problem(_ error: NaceClassification.ParseError) -> String {
        switch error {
        case .malformed(let text): return "'\(text)' is not a NACE Rev.2 code"
        case .unknown(let text, let canonical):
            return text == canonical ? "unknown NACE code '\(text)'" : "unknown NACE code '\(text)' (read as \(canonical))"
        }
    }

    private static func remedy(_ error: NaceClassification.ParseError) -> String {
        switch error {
        case .malformed: return "write a class as 29.10 (also 2910, 29.10.01, 291001), a group as 29.1 or a division as 29"
        case .unknown: return "check the code against NACE Rev.2 (Eurostat); Türkiye's 6-digit codes start with the class"
        }
    }

    /// The row's WGS84 point, checking numbers, ranges and a probable swap; `nil` when none is given.
    private mutating func readPoint(_ row: RawRow) -> (Coordinate, RawCell)? {
        let lat = text(row, .latitude), lon = text(row, .longitude)
        switch (lat, lon) {
        case (nil, nil): return nil
        case (.some(_), nil), (nil, .some(_)):
            let (given, missing): (MemberColumn, MemberColumn) = lat == nil ? (.longitude, .latitude) : (.latitude, .longitude)
            issues.add(line: row.line, column: row.cells[missing]?.column ?? 1,
                       "\(given.rawValue) given without \(missing.rawValue)", "give both, or neither")
            return nil
        case (.some(let (latText, latCell)), .some(let (lonText, lonCell))):
            let latitude = ValueParsing.double(latText, allowDecimalComma: allowDecimalComma)
            let longitude = ValueParsing.double(lonText, allowDecimalComma: allowDecimalComma)
            var good = true
            for (value, text, cell, name, limit) in [(latitude, latText, latCell, "latitude", 90.0),
                                                     (longitude, lonText, lonCell, "longitude", 180.0)] {
                guard let value else {
                    let comma = text.contains(",") && !allowDecimalComma
                    issues.add(line: cell.line, column: cell.column, "\(name) '\(text)' is not a number",
                               comma ? "write decimal degrees with a point (40.1234), or use ';' as the delimiter"
                                     : "write decimal degrees, e.g. 40.1234")
                    good = false
                    continue
                }
                if abs(value) > limit {
                    issues.add(line: cell.line, column: cell.column,
                               "\(name) \(text) is out of range (−\(Int(limit))…\(Int(limit)) degrees)",
                               "write WGS84 decimal degrees; projected x/y belong in a registry with --crs")
                    good = false
                }
            }
            guard good, let latitude, let longitude else { return nil }
            return (Coordinate(longitude: longitude, latitude: latitude), latCell)
        }
    }

    private mutating func readAdministrativeUnits(_ row: RawRow)
        -> (ProvinceTable.Province?, DistrictTable.District?)
    {
        var province: ProvinceTable.Province?
        if let (value, cell) = text(row, .province) {
            province = provinces.province(named: value)
            if province == nil {
                issues.add(line: cell.line, column: cell.column, "unknown province '\(value)'",
                           "write one of the 81 province names (e.g. Bursa) or its plate number, or leave it empty")
            }
        }
        guard let (value, cell) = text(row, .district) else { return (province, nil) }
        if let province {
            if let district = districts.district(named: value, inProvince: province.plate) { return (province, district) }
            if TurkishText.folded(value) == "merkez" {
                warnings.append(InputWarning(
                    memberID: text(row, .id)?.0, location: "\(file):\(cell.line):\(cell.column)",
                    message: "\(province.name) has no district called Merkez (a metropolitan province); "
                        + "the district is left empty"))
                return (province, nil)
            }
            issues.add(line: cell.line, column: cell.column, "unknown district '\(value)' in \(province.name)",
                       "check the spelling against the districts of \(province.name), or leave it empty")
            return (province, nil)
        }
        let found = districts.districts(named: value)
        if found.count == 1, let district = found.first {
            return (provinces.province(plate: district.plate), district)
        }
        if found.isEmpty {
            issues.add(line: cell.line, column: cell.column, "unknown district '\(value)'",
                       "check the spelling, or add the province column")
        } else {
            let names = found.prefix(5).map(\.province).joined(separator: ", ")
            issues.add(line: cell.line, column: cell.column,
                       "district '\(value)' exists in \(found.count) provinces (\(names)\(found.count > 5 ? ", …" : ""))",
                       "add a 'province' column to say which")
        }
        return (nil, nil)
    }

    private mutating func place(_ member: inout Member, point: (Coordinate, RawCell)?,
                                province: ProvinceTable.Province?, district: DistrictTable.District?, row: RawRow) {
        let label = "\(member.id) (\(member.name))"
        let location = "\(file):\(row.line)"
        if let (coordinate, cell) = point {
            var used = coordinate
            if TurkiyeBounds.isProbablySwapped(coordinate) {
                let swapped = Coordinate(longitude: coordinate.latitude, latitude: coordinate.longitude)
                let action: String
                switch options.swappedCoordinates {
                case .swap:
                    used = swapped
                    action = "kume uses latitude \(swapped.latitude), longitude \(swapped.longitude)"
                case .keepAsGiven:
                    action = "kept as given"
                }
                warnings.append(InputWarning(
                    memberID: member.id, location: "\(file):\(cell.line):\(cell.column)",
                    message: "\(label): latitude \(coordinate.latitude) and longitude \(coordinate.longitude) "
                        + "are probably swapped (the point lies outside Türkiye, the swapped one inside); "
                        + "\(action) — swap the two columns in the file"))
            } else if !TurkiyeBounds.contains(coordinate) {
                warnings.append(InputWarning(
                    memberID: member.id, location: "\(file):\(cell.line):\(cell.column)",
                    message: "\(label): the point (latitude \(coordinate.latitude), longitude "
                        + "\(coordinate.longitude)) lies outside Türkiye"))
            }
            member.location = used
            member.placement = .coordinates
        } else if let district {
            member.location = district.interiorPoint
            member.placement = .district
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates: placed at an interior point of the district "
                    + "\(district.name) (\(district.province))"))
        } else if let province {
            member.location = province.centre
            member.placement = .province
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates or district: placed at the centre of \(province.name)"))
        } else {
            member.location = nil
            member.placement = .none
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates, district or province: it has no point"))
        }
    }
}
