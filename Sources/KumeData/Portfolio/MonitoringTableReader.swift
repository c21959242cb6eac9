/// Reads the portfolio's monitoring table (``MonitoringTable``) from CSV.
///
/// RFC 4180 CSV as the rosters are read: delimiter `,`, `;` or tab detected from the header, UTF-8 with or
/// without BOM, UTF-16 or Windows-1254. Headers in English or Turkish (``MonitoringColumn``); other columns are
/// ignored. Every problem is reported, up to 50, as `FILE:LINE:COLUMN: what is wrong — what to do`.
/// Checks that need the rosters (the cluster and the member exist) are the portfolio's; this reader checks
/// the table on its own: years, indicator words, values, and one product row per member and year.
package enum MonitoringTableReader {
    /// The most problems listed in one error.
    static let maximumIssues = 50
    /// The earliest and latest years accepted (a wider year is a typo).
    static let plausibleYears = 1950...2100

    /// Reads a monitoring table.
    /// - Parameter path: The file's path, also the name used in issues.
    /// - Throws: ``InputError`` listing every problem found.
    package static func read(path: String) throws(InputError) -> MonitoringTable {
        var prefix: [UInt8] = []
        return try read(UTF16Text.source(path: path, displayName: path, prefix: &prefix), name: path)
    }

    /// Reads a monitoring table from bytes in memory.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - name: The name used in issues.
    /// - Throws: ``InputError`` listing every problem found.
    package static func read(bytes: [UInt8], name: String) throws(InputError) -> MonitoringTable {
        try read(ByteSource(bytes: bytes), name: name)
    }

    static func read(_ source: ByteSource, name: String) throws(InputError) -> MonitoringTable {
        var scanner = try CSVScanner(source: source, file: name)
        var fields: [CSVField] = []
        let empty = InputError(issues: [InputIssue(
            file: name, line: 1, column: 1, problem: "the monitoring table is empty",
            remedy: "write a header row cluster,year,indicator,member_id,value and one row per report")])
        guard !scanner.isEmpty, let headerLine = try scanner.next(into: &fields) else { throw empty }
        var issues = IssueCollector(file: name, limit: maximumIssues)
        var position: [MonitoringColumn: Int] = [:]
        var headers: [String] = []
        for (index, field) in fields.enumerated() {
            let header = scanner.string(of: field)
            headers.append(header.trimmingSpaces)
            guard let column = MonitoringColumn(header: header) else { continue }
            if let first = position[column] {
                issues.add(line: headerLine, column: index + 1,
                           "column '\(header.trimmingSpaces)' means '\(column.rawValue)', like column \(first + 1)",
                           "keep only one of them")
            } else {
                position[column] = index
            }
        }
        for column in MonitoringColumn.allCases where position[column] == nil {
            let aliases = column.aliases.dropFirst().joined(separator: ", ")
            issues.add(line: headerLine, column: 1,
                       "missing column '\(column.rawValue)' (also accepted: \(aliases)); the header has: \(headers.joined(separator: ", "))",
                       "name the columns cluster,year,indicator,member_id,value")
        }
        if let error = issues.error { throw error }
        let width = fields.count
        var parser = RowParser(numbers: NumberReader(delimiter: scanner.delimiter))
        var rows: [MonitoringRow] = []
        while let line = try scanner.next(into: &fields) {
            if fields.allSatisfy({ $0.start == $0.end }) { continue }  // a blank line or a row of empty cells
            guard fields.count == width else {
                issues.add(line: line, column: min(fields.count, width) + 1,
                           "this row has \(fields.count) fields, the header has \(width)",
                           "give every row as many fields as the header (quote fields that contain '\(String(UnicodeScalar(scanner.delimiter)))')")
                continue
            }
            let cells = MonitoringColumn.allCases.map { column in
                let index = position[column] ?? 0
                return (scanner.string(of: fields[index]).trimmingSpaces, fields[index].line, index + 1)
            }
            if let row = parser.parse(cells: cells, line: line, issues: &issues) { rows.append(row) }
        }
        if rows.isEmpty, issues.isEmpty {
            throw InputError(issues: [InputIssue(
                file: name, line: headerLine, column: 1, problem: "the monitoring table has a header but no rows",
                remedy: "add one row per report below the header")])
        }
        if let error = issues.error { throw error }
        return MonitoringTable(source: name, rows: rows)
    }
}

extension MonitoringTableReader {
    /// Checks and converts one row's cells; remembers product rows to refuse a second one.
    struct RowParser {
        /// The reader of the product counts, by the file's decimal convention.
        let numbers: NumberReader
        /// The line of the product row of each cluster, year and member.
        var productLines: [ProductKey: Int] = [:]

        struct ProductKey: Hashable {
            var cluster: String
            var year: Int
            var member: String
        }

        /// The row, or `nil` after adding its problems to `issues`.
        /// - Parameter cells: Text, line and column of each ``MonitoringColumn`` in `allCases` order.
        mutating func parse(cells: [(String, Int, Int)], line: Int, issues: inout IssueCollector) -> MonitoringRow? {
            let (cluster, clusterLine, clusterColumn) = cells[0]
            let (yearText, yearLine, yearColumn) = cells[1]
            let (word, wordLine, wordColumn) = cells[2]
            let (member, memberLine, memberColumn) = cells[3]
            let (value, valueLine, valueColumn) = cells[4]
            let before = issues.issues.count + issues.omitted
            if cluster.isEmpty {
                issues.add(line: clusterLine, column: clusterColumn, "empty cluster",
                           "name the cluster as its roster's file name without the extension")
            }
            // A year is four plain digits, never a number with separators.
            let year = yearText.utf8.allSatisfy({ (48...57).contains($0) }) ? Int(yearText) : nil
            if year == nil || !MonitoringTableReader.plausibleYears.contains(year ?? 0) {
                issues.add(line: yearLine, column: yearColumn,
                           yearText.isEmpty ? "empty year" : "'\(yearText)' is not a year",
                           "write the calendar year with four digits, e.g. 2023")
            }
            let indicator = MonitoringIndicator(word: word)
            if indicator == nil {
                issues.add(line: wordLine, column: wordColumn,
                           word.isEmpty ? "empty indicator" : "unknown indicator '\(word)'",
                           "use one of: \(MonitoringIndicator.acceptedSummary)")
            }
            var parsed: MonitoringRow.Value?
            switch indicator {
            case .cooperation?:
                if member.isEmpty {
                    issues.add(line: memberLine, column: memberColumn, "a cooperation row without a member",
                               "give the id of the firm that raised its cooperation, as in its cluster's roster")
                }
                if value.isEmpty {
                    parsed = .cooperation(raised: true)
                } else if let raised = ValueParsing.commitment(value) {
                    parsed = .cooperation(raised: raised)
                } else {
                    issues.add(line: valueLine, column: valueColumn, "'\(value)' is not yes or no",
                               "leave the value empty (the row says the firm raised its cooperation) or write yes/no, evet/hayır, 1/0")
                }
            case .facility?:
                if value.isEmpty {
                    issues.add(line: valueLine, column: valueColumn, "a facility row without the facility's name",
                               "write the facility's name in the value column, the same on every row of that facility")
                } else {
                    parsed = .facility(name: value)
                }
            case .product?:
                if member.isEmpty {
                    issues.add(line: memberLine, column: memberColumn, "a product row without a member",
                               "give the id of the member that put the products on the market")
                }
                switch value.isEmpty ? nil : numbers.count(value) {
                case .success(let count)?:
                    parsed = .products(count: count)
                case .failure(let refusal)?:
                    issues.add(line: valueLine, column: valueColumn, "the number of products '\(value)' \(refusal.problem)",
                               "write how many new, renewed or improved products: \(refusal.remedy)")
                case nil:
                    issues.add(line: valueLine, column: valueColumn, "a product row without a number",
                               "write how many new, renewed or improved products, a whole number of 0 or more")
                }
            case nil:
                break
            }
            if case .products? = parsed, let year, !cluster.isEmpty, !member.isEmpty {
                let key = ProductKey(cluster: cluster, year: year, member: member)
                if let first = productLines[key] {
                    issues.add(line: memberLine, column: memberColumn,
                               "a second product row for member '\(member)' of '\(cluster)' in \(year) (the first is on line \(first))",
                               "give one row per member and year with the total number of products")
                } else {
                    productLines[key] = line
                }
            }
            guard issues.issues.count + issues.omitted == before, let year, let parsed else { return nil }
            return MonitoringRow(
                cluster: cluster, year: year, memberID: member.isEmpty ? nil : member, value: parsed, line: line,
                columns: .init(cluster: clusterColumn, memberID: memberColumn, value: valueColumn))
        }
    }
}
