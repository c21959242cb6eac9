import Foundation

/// Reads the table of Türkiye's chambers of industry (`data/tables/tr_chambers_of_industry.csv`) into
/// the map ``CheckInput/provincesWithChamberOfIndustry`` takes.
public enum ChambersOfIndustry {
    /// Province name → chamber name, from a CSV with at least the columns `name` and `province`.
    ///
    /// - Parameters:
    ///   - text: The CSV text (header row first; `,`, `;` or tab).
    ///   - file: The name to use in error locations.
    /// - Returns: One entry per row; a province listed twice keeps its first chamber.
    /// - Throws: ``InputError`` when a column is missing or a row lacks a name or province.
    public static func provinces(csv text: String, file: String) throws -> [String: String] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let rows: [SimpleCSV.Row]
        do {
            rows = try SimpleCSV.rows(body)
        } catch let error as SimpleCSV.QuoteError {
            throw InputError(issues: [InputIssue(file: file, line: error.line, column: 1,
                                                 problem: "a quoted field is not closed", remedy: "close the quote")])
        }
        guard let header = rows.first else {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the table is empty",
                                                 remedy: "give a header row with name and province")])
        }
        let keys = header.fields.map(RulesText.foldedKey)
        guard let nameIndex = keys.firstIndex(of: "name"), let provinceIndex = keys.firstIndex(of: "province") else {
            throw InputError(issues: [InputIssue(file: file, line: header.line, column: 0,
                                                 problem: "the header lacks a name or a province column",
                                                 remedy: "name the columns name and province")])
        }
        var map: [String: String] = [:]
        var issues: [InputIssue] = []
        for row in rows.dropFirst() where !row.fields.allSatisfy(\.isEmpty) {
            let name = nameIndex < row.fields.count ? row.fields[nameIndex].trimmingCharacters(in: .whitespaces) : ""
            let province = provinceIndex < row.fields.count ? row.fields[provinceIndex].trimmingCharacters(in: .whitespaces) : ""
            guard !name.isEmpty, !province.isEmpty else {
                issues.append(InputIssue(file: file, line: row.line, column: (name.isEmpty ? nameIndex : provinceIndex) + 1,
                                         problem: "the row lacks a chamber name or a province",
                                         remedy: "fill in both columns"))
                continue
            }
            if map[province] == nil { map[province] = name }
        }
        if !issues.isEmpty { throw InputError(issues: issues) }
        return map
    }
}
