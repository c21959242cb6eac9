/// Reads a roster from a GeoJSON FeatureCollection of Point features whose properties are the member
/// columns (any alias of ``MemberColumn``). A feature's geometry gives its longitude and latitude; a null
/// geometry leaves the member to be placed by its `lat`/`lon`, district or province properties.
enum GeoJSONRosterReader {
    static func read(bytes: [UInt8], name: String, options: RosterReader.Options) throws(InputError) -> Roster {
        var parser = JSONParser(bytes: bytes, maximumStringBytes: options.maximumLineBytes)
        let root: JSONNode
        do {
            root = try parser.parse()
        } catch {
            throw InputError(issues: [InputIssue(file: name, line: error.line, column: error.column,
                                                 problem: error.problem, remedy: "fix the JSON syntax")])
        }
        var issues = IssueCollector(file: name, limit: options.maximumIssues)
        guard case .string("FeatureCollection") = root["type"]?.value, let featuresNode = root["features"],
              case .array(let features) = featuresNode.value
        else {
            throw InputError(issues: [InputIssue(
                file: name, line: root.line, column: root.column,
                problem: "the GeoJSON is not a FeatureCollection with a 'features' array",
                remedy: "give {\"type\": \"FeatureCollection\", \"features\": [...]} with one Point feature per member")])
        }
        if features.isEmpty {
            throw InputError(issues: [InputIssue(file: name, line: featuresNode.line, column: featuresNode.column,
                                                 problem: "the FeatureCollection has no features",
                                                 remedy: "add one Point feature per member")])
        }
        var rows: [RawRow] = []
        var columns: Set<MemberColumn> = []
        var propertyNames: [String] = []
        var seenNames: Set<String> = []
        for feature in features {
            guard case .object = feature.value, case .string("Feature") = feature["type"]?.value else {
                issues.add(line: feature.line, column: feature.column, "an element of 'features' is not a Feature",
                           "give each member as {\"type\": \"Feature\", \"geometry\": ..., \"properties\": {...}}")
                continue
            }
            var row = RawRow(line: feature.line, cells: [:])
            if let properties = feature["properties"] {
                switch properties.value {
                case .object(let entries):
                    for (key, value) in entries {
                        if seenNames.insert(key).inserted { propertyNames.append(key) }
                        guard let column = options.columnMapping.column(forHeader: key) else { continue }
                        let text: String
                        switch value.value {
                        case .string(let string): text = string
                        case .number(let lexeme): text = lexeme
                        case .bool(let flag): text = flag ? "true" : "false"
                        case .null: text = ""
                        case .object, .array:
                            issues.add(line: value.line, column: value.column,
                                       "property '\(key)' is an object or array", "give it as text or a number")
                            continue
                        }
                        if row.cells[column] != nil {
                            issues.add(line: value.line, column: value.column,
                                       "property '\(key)' repeats column '\(column.header)'", "keep only one of them")
                        }
                        row.cells[column] = RawCell(text: text, line: value.line, column: value.column)
                        columns.insert(column)
                    }
                case .null: break
                default:
                    issues.add(line: properties.line, column: properties.column, "'properties' is not an object",
                               "give the member's columns as an object")
                }
            }
            if let geometry = feature["geometry"], !isNull(geometry) {
                if case .string("Point") = geometry["type"]?.value, let coordinates = geometry["coordinates"],
                   case .array(let pair) = coordinates.value, pair.count >= 2,
                   case .number(let lon) = pair[0].value, case .number(let lat) = pair[1].value {
                    row.cells[.longitude] = RawCell(text: lon, line: pair[0].line, column: pair[0].column)
                    row.cells[.latitude] = RawCell(text: lat, line: pair[1].line, column: pair[1].column)
                    columns.formUnion([.longitude, .latitude])
                } else {
                    issues.add(line: geometry.line, column: geometry.column,
                               "the geometry is not a Point with [longitude, latitude] numbers",
                               "give {\"type\": \"Point\", \"coordinates\": [lon, lat]} in WGS84 degrees, or null")
                    continue
                }
            }
            rows.append(row)
        }
        var builder = MemberRowBuilder(file: name, columns: columns, options: options, numbers: NumberReader(convention: .decimalPoint))
        guard builder.checkHeader(line: featuresNode.line, headers: propertyNames) else {
            throw builder.issues.error ?? InputError(issues: [])
        }
        for var row in rows {
            // A property another feature has but this one lacks is an empty cell, as in a CSV column.
            for column in columns where row.cells[column] == nil {
                row.cells[column] = RawCell(text: "", line: row.line, column: 1)
            }
            builder.add(row)
        }
        issues.add(builder.issues.error ?? InputError(issues: []))
        if let error = RosterReader.merged(issues, name: name, limit: options.maximumIssues) { throw error }
        return Roster(source: name, members: builder.members, warnings: builder.warnings)
    }

    private static func isNull(_ node: JSONNode) -> Bool {
        if case .null = node.value { return true }
        return false
    }
}
