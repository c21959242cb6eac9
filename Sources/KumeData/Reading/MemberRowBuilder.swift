import KumeGeo

/// Turns input rows into validated ``Member``s: every problem becomes an ``InputIssue`` at its cell,
/// placements and suspicious points become ``InputWarning``s. Shared by the CSV and GeoJSON readers.
struct MemberRowBuilder {
    let file: String
    let columns: Set<MemberColumn>
    let options: RosterReader.Options
    /// Reads the numbers of the file's cells in its decimal convention.
    let numbers: NumberReader
    private(set) var issues: IssueCollector
    private(set) var members: [Member] = []
    private(set) var warnings: [InputWarning] = []
    private var lineByID: [String: Int] = [:]

    private let nace = NaceClassification.shared
    private let provinces = ProvinceTable.shared
    private let districts = DistrictTable.shared

    init(file: String, columns: Set<MemberColumn>, options: RosterReader.Options, numbers: NumberReader) {
        self.file = file
        self.columns = columns
        self.options = options
        self.numbers = numbers
        issues = IssueCollector(file: file, limit: options.maximumIssues)
    }

    /// Reports required columns the header lacks, naming the headers found and the nearest alias; returns
    /// whether the rows can be read.
    /// - Parameters:
    ///   - line: The header's line.
    ///   - headers: The headers (or property names) found, as written.
    mutating func checkHeader(line: Int, headers: [String]) -> Bool {
        var missing: [MemberColumn] = []
        for column in [MemberColumn.id, .name, .nace] where !columns.contains(column) { missing.append(column) }
        if options.defaultType == nil, !columns.contains(.type) { missing.append(.type) }
        if columns.contains(.latitude) != columns.contains(.longitude) {
            missing.append(columns.contains(.latitude) ? .longitude : .latitude)
        }
        let located = columns.contains(.latitude) || columns.contains(.province) || columns.contains(.district)
        if !located { missing.append(.latitude) }
        let unused = headers.filter { options.columnMapping.column(forHeader: $0) == nil }
        for column in missing {
            let aliases = column.aliases.dropFirst().joined(separator: ", ")
            var problem = "missing required column '\(column.header)' (also accepted: \(aliases))"
            problem += "; the header has: " + (headers.isEmpty ? "nothing" : headers.map { "'\($0)'" }.joined(separator: ", "))
            var remedy: String
            if let (header, to) = options.columnMapping.movedAway(column, among: headers) {
                problem += "; the column mapping reads '\(header)' as '\(to.header)'"
                remedy = "map '\(column.header)' to a header too (\(column.header)=\"HEADER\"), or drop \(to.header)=\"\(header)\""
            } else if let (header, alias) = MissingColumn.nearestAlias(of: column, among: unused) {
                problem += "; '\(header)' is nearest to the accepted name '\(alias)'"
                remedy = "rename '\(header)' to '\(column.header)', or map it in the column mapping: \(column.header)=\"\(header)\""
            } else {
                remedy = "add a column '\(column.header)', or map the header that holds it: \(column.header)=\"HEADER\""
            }
            if column == .latitude, !located {
                remedy = "add 'lat' and 'lon' columns (WGS84 degrees), or 'province'/'district'; " + remedy
            }
            issues.add(line: line, column: 1, problem, remedy)
        }
        for (column, header) in options.columnMapping.unmatched(in: headers) {
            issues.add(line: line, column: 1, "the column mapping names '\(header)' for '\(column.header)', but the header has no such column",
                       "use a header of the file: \(headers.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return issues.isEmpty
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
            switch numbers.count(value) {
            case .success(let count): employees = count
            case .failure(let refusal):
                issues.add(line: cell.line, column: cell.column, "employees '\(value)' \(refusal.problem)",
                           "\(refusal.remedy), or leave it empty")
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
        let programme = readProgrammeColumns(row)
        guard issues.issues.count + issues.omitted == before, let id = id?.0, let name, let type else { return }
        var member = Member(id: id, name: name, type: type, nace: code, employees: employees,
                            committed: committed, province: province?.name, district: district?.name,
                            line: row.line, role: programme.role, accredited: programme.accredited,
                            active: programme.active, taxNumber: programme.taxNumber)
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

    /// The programme's columns (`role`, `accredited`, `active`, `tax_id`); an empty cell says nothing.
    private mutating func readProgrammeColumns(_ row: RawRow)
        -> (role: MemberRole?, accredited: Bool?, active: Bool?, taxNumber: TaxNumber?)
    {
        var role: MemberRole?
        if let (word, cell) = text(row, .role) {
            role = MemberRole(word: word)
            if role == nil {
                issues.add(line: cell.line, column: cell.column, "unknown role '\(word)'",
                           "write coordinator (koordinatör) for the cluster's coordinating body, member (üye) or leave it empty")
            }
        }
        var flags: [MemberColumn: Bool] = [:]
        for column in [MemberColumn.accredited, .active] {
            guard let (word, cell) = text(row, column) else { continue }
            flags[column] = ValueParsing.commitment(word)
            if flags[column] == nil {
                issues.add(line: cell.line, column: cell.column, "\(column.header) '\(word)' is not yes or no",
                           "write yes/no, true/false, 1/0, evet/hayır, var/yok or x, or leave it empty")
            }
        }
        var taxNumber: TaxNumber?
        if let (value, cell) = text(row, .taxID) {
            do {
                taxNumber = try TaxNumber(value)
            } catch {
                let problem: String
                switch error {
                case .length(let count): problem = "has \(count) digits"
                case .notDigits: problem = "holds something other than digits"
                case .leadingZero: problem = "is an 11-digit TCKN starting with 0"
                case .checkDigits(.vkn): problem = "fails the VKN check digit"
                case .checkDigits(.tckn): problem = "fails the TCKN check digits"
                }
                issues.add(line: cell.line, column: cell.column, "tax number '\(value)' \(problem)",
                           "give the 10-digit VKN or 11-digit TCKN as registered (check for a typo), or leave it empty")
            }
        }
        return (role, flags[.accredited], flags[.active], taxNumber)
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
            var values: [Double] = []
            for (text, cell, name, limit) in [(latText, latCell, "latitude", 90.0), (lonText, lonCell, "longitude", 180.0)] {
                switch numbers.real(text, in: -limit...limit) {
                case .success(let value):
                    values.append(value)
                case .failure(let refusal) where refusal.reason == .outOfRange:
                    issues.add(line: cell.line, column: cell.column,
                               "\(name) \(text) is out of range (−\(Int(limit))…\(Int(limit)) degrees)",
                               "write WGS84 decimal degrees; projected x/y belong in a registry with \(Setting.crs.words)")
                case .failure(let refusal):
                    issues.add(line: cell.line, column: cell.column, "\(name) '\(text)' \(refusal.problem)",
                               "write decimal degrees: \(refusal.remedy)")
                }
            }
            guard values.count == 2 else { return nil }
            let (latitude, longitude) = (values[0], values[1])
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
                        + "the district is left empty",
                    messageTR: "\(province.name) büyükşehir olduğundan Merkez adlı bir ilçesi yok; ilçe boş bırakıldı"))
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
                let action: String, actionTR: String
                switch options.swappedCoordinates {
                case .swap:
                    used = swapped
                    action = "kume uses latitude \(swapped.latitude), longitude \(swapped.longitude)"
                    actionTR = "kume enlem \(swapped.latitude), boylam \(swapped.longitude) kullanıyor"
                case .keepAsGiven:
                    action = "kept as given"
                    actionTR = "verildiği gibi bırakıldı"
                }
                warnings.append(InputWarning(
                    memberID: member.id, location: "\(file):\(cell.line):\(cell.column)",
                    message: "\(label): latitude \(coordinate.latitude) and longitude \(coordinate.longitude) "
                        + "are probably swapped (the point lies outside Türkiye, the swapped one inside); "
                        + "\(action) — swap the two columns in the file",
                    messageTR: "\(label): enlem \(coordinate.latitude) ve boylam \(coordinate.longitude) büyük olasılıkla "
                        + "yer değiştirmiş (nokta Türkiye dışında, yer değiştirmişi içinde); \(actionTR) — dosyadaki iki "
                        + "sütunu yer değiştirin"))
            } else if !TurkiyeBounds.contains(coordinate) {
                warnings.append(InputWarning(
                    memberID: member.id, location: "\(file):\(cell.line):\(cell.column)",
                    message: "\(label): the point (latitude \(coordinate.latitude), longitude "
                        + "\(coordinate.longitude)) lies outside Türkiye",
                    messageTR: "\(label): nokta (enlem \(coordinate.latitude), boylam \(coordinate.longitude)) "
                        + "Türkiye dışında"))
            }
            member.location = used
            member.placement = .coordinates
        } else if let district {
            member.location = district.interiorPoint
            member.placement = .district
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates: placed at an interior point of the district "
                    + "\(district.name) (\(district.province))",
                messageTR: "\(label) için koordinat yok: \(district.name) (\(district.province)) ilçesinin içindeki "
                    + "bir noktaya yerleştirildi"))
        } else if let province {
            member.location = province.centre
            member.placement = .province
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates or district: placed at the centre of \(province.name)",
                messageTR: "\(label) için koordinat ya da ilçe yok: \(province.name) il merkezine yerleştirildi"))
        } else {
            member.location = nil
            member.placement = .none
            warnings.append(InputWarning(
                memberID: member.id, location: location,
                message: "\(label) has no coordinates, district or province: it has no point",
                messageTR: "\(label) için koordinat, ilçe ya da il yok: konumu belirlenemedi"))
        }
    }
}
