import KumeData

/// Reads a long `region,sector,value` table (CSV) into a ``RegionSectorMatrix``.
///
/// The first row is a header naming the three columns (matched as the roster's headers are, ignoring
/// case, Turkish letters, spaces and punctuation; `region` also as `province`, `il`, `bölge`, `şehir`, `loc`,
/// `location`; `sector` also as `sektör`, `industry`, `nace`, `nace_kodu`, `faaliyet`, `prod`, `product`;
/// `value` also as `istihdam`, `çalışan`, `çalışan_sayısı`, `değer`, `firma_sayısı`, `sayı`, `employment`,
/// `employees`, `firms`, `count`, `val`). The delimiter (`,`, `;` or tab) is taken from the header line;
/// fields may be quoted as in RFC 4180; a UTF-8 byte-order mark is skipped. Values are read by
/// ``NumberReader`` in the delimiter's decimal convention (`12.500` in a `;` file is 12500). Regions and
/// sectors keep the order in which they first appear; a cell absent from the table is 0. A region and
/// sector pair that appears on several rows is **summed**, and a warning names it.
/// This is a small reader for aggregated tables, not the member/registry reader.
package enum RegionSectorTableReader {
    /// One data row of the table.
    package struct Row: Sendable, Equatable {
        /// The region label.
        package var region: String
        /// The sector label.
        package var sector: String
        /// The value (≥ 0).
        package var value: Double
        /// The 1-based line the row came from.
        package var line: Int
    }

    /// The matrix read from a table, with the warnings reading raised.
    package struct Result: Sendable {
        /// The regions × sectors matrix.
        package var matrix: RegionSectorMatrix
        /// Warnings (summed duplicate pairs), in file order.
        package var warnings: [InputWarning]
    }

    /// Most problems listed before the rest are only counted.
    static let issueLimit = 50

    /// Reads the table text into a matrix, summing duplicate pairs.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file name as the user gave it, used in messages.
    /// - Throws: ``InputError`` listing every problem (`FILE:LINE:COLUMN: problem — remedy`).
    package static func read(text: String, file: String) throws(InputError) -> Result {
        let rows = try readRows(text: text, file: file)
        var regionIndex: [String: Int] = [:], sectorIndex: [String: Int] = [:]
        var regions: [String] = [], sectors: [String] = []
        for row in rows {
            if regionIndex[row.region] == nil { regionIndex[row.region] = regions.count; regions.append(row.region) }
            if sectorIndex[row.sector] == nil { sectorIndex[row.sector] = sectors.count; sectors.append(row.sector) }
        }
        var values = [Double](repeating: 0, count: regions.count * sectors.count)
        var firstLine: [Int: Int] = [:]
        var warnings: [InputWarning] = []
        for row in rows {
            guard let r = regionIndex[row.region], let s = sectorIndex[row.sector] else { continue }
            let cell = r * sectors.count + s
            if let first = firstLine[cell] {
                warnings.append(InputWarning(
                    location: "\(file):\(row.line):1",
                    message: "region \"\(row.region)\", sector \"\(row.sector)\" also on line \(first); values summed"))
            } else {
                firstLine[cell] = row.line
            }
            values[cell] += row.value
        }
        let matrix = RegionSectorMatrix(validatedRegions: regions, sectors: sectors, values: values)
        return Result(matrix: matrix, warnings: warnings)
    }

    /// Reads the table's data rows as they are (no summing), for plant-level input.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the file name as the user gave it, used in messages.
    /// - Throws: ``InputError`` listing every problem found.
    package static func readRows(text: String, file: String) throws(InputError) -> [Row] {
        var issues: [InputIssue] = []
        var omitted = 0
        func report(_ line: Int, _ column: Int, _ problem: String, _ remedy: String) {
            if issues.count < issueLimit {
                issues.append(InputIssue(file: file, line: line, column: column, problem: problem, remedy: remedy))
            } else {
                omitted += 1
            }
        }
        let table = try CSVText.table(text, file: file)
        let records = table.records
        guard let header = records.first else {
            throw InputError(issues: [InputIssue(
                file: file, line: 1, column: 1, problem: "the file is empty",
                remedy: "give a header line region,sector,value and one line per region and sector")])
        }
        let names = header.fields.map(normalise)
        let regionColumn = names.firstIndex { regionNames.contains($0) }
        let sectorColumn = names.firstIndex { sectorNames.contains($0) }
        let valueColumn = names.firstIndex { valueNames.contains($0) }
        for (column, wanted) in [(regionColumn, "region"), (sectorColumn, "sector"), (valueColumn, "value")]
        where column == nil {
            report(header.line, 1, "the header has no \(wanted) column (the header has: \(header.fields.joined(separator: ", ")))",
                   "name the columns region,sector,value (or il,sektör,istihdam; province/nace/employment)")
        }
        guard let rc = regionColumn, let sc = sectorColumn, let vc = valueColumn else {
            throw InputError(issues: issues, omitted: omitted)
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            if record.fields.count == 1, record.fields[0].trimmingWhitespace.isEmpty { continue }
            guard record.fields.count > max(rc, sc, vc) else {
                report(record.line, record.fields.count + 1,
                       "the line has \(record.fields.count) fields but \(header.fields.count) are named",
                       "give region, sector and value on every line")
                continue
            }
            let region = record.fields[rc].trimmingWhitespace
            let sector = record.fields[sc].trimmingWhitespace
            let valueText = record.fields[vc].trimmingWhitespace
            if region.isEmpty { report(record.line, rc + 1, "the region is empty", "give a region label") }
            if sector.isEmpty { report(record.line, sc + 1, "the sector is empty", "give a sector label") }
            let value: Double
            switch table.numbers.real(valueText, in: 0...Double.greatestFiniteMagnitude) {
            case .success(let read):
                value = read
            case .failure(let refusal):
                report(record.line, vc + 1, "value '\(valueText)' \(refusal.problem)", refusal.remedy)
                continue
            }
            if !region.isEmpty, !sector.isEmpty {
                rows.append(Row(region: region, sector: sector, value: value, line: record.line))
            }
        }
        if rows.isEmpty, issues.isEmpty {
            report(header.line, 1, "the table has no data rows", "add one line per region and sector below the header")
        }
        guard issues.isEmpty else { throw InputError(issues: issues, omitted: omitted) }
        return rows
    }

    static let regionNames: Set = Set(["region", "province", "il", "loc", "location", "bolge", "sehir"].map(HeaderKey.of))
    static let sectorNames: Set = Set(["sector", "industry", "nace", "prod", "product", "sektor", "nace_kodu", "faaliyet"].map(HeaderKey.of))
    static let valueNames: Set = Set(["value", "employment", "employees", "firms", "count", "val", "istihdam", "calisan",
                                      "calisan_sayisi", "deger", "firma_sayisi", "sayi"].map(HeaderKey.of))

    static func normalise(_ name: String) -> String {
        HeaderKey.of(name)
    }
}

fileprivate extension String {
    /// The string without leading and trailing whitespace (no copy when there is none).
    var trimmingWhitespace: String {
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        guard let from = firstIndex(where: { !$0.isWhitespace }),
              let to = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[from...to])
    }
}
