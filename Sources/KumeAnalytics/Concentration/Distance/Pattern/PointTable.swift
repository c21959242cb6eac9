import Foundation
import KumeData

/// A CSV table of points read for the distance measures: a header row, then one point per row.
///
/// Read with kume's CSV reader (RFC 4180; `,`, `;` or tab; UTF-8 or Windows-1254; blank lines skipped).
/// Header names are matched exactly, then case-insensitively.
package struct PointTable: Sendable {
    /// The column names.
    package let header: [String]
    /// The rows' fields (each row has as many fields as the header).
    package let rows: [[String]]
    /// The 1-based line on which each row starts.
    package let lines: [Int]
    /// The file as the user named it, for messages.
    package let fileName: String
    /// Reads the cells' numbers in the file's decimal convention.
    private let numberReader: NumberReader

    /// Parses CSV text.
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - fileName: the name used in error messages.
    /// - Throws: `InputError` (`FILE:LINE:COLUMN: problem — remedy`) for an unterminated quote, a row
    ///   with the wrong number of fields, or an empty file.
    package init(text: String, fileName: String) throws(InputError) {
        var issues: [InputIssue] = []
        let table = try CSVText.table(text, file: fileName)
        let parsed = table.records
        numberReader = table.numbers
        let records = parsed.map(\.fields)
        let starts = parsed.map(\.line)
        guard let header = records.first else {
            throw InputError(issues: [InputIssue(file: fileName, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "give a header row and one row per point")])
        }
        for (k, row) in records.enumerated().dropFirst() where row.count != header.count {
            if issues.count < 50 {
                issues.append(InputIssue(file: fileName, line: starts[k], column: min(row.count, header.count) + 1,
                                         problem: "\(row.count) fields where the header has \(header.count)",
                                         remedy: "give every row as many fields as the header"))
            }
        }
        guard issues.isEmpty else { throw InputError(issues: issues) }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = Array(records.dropFirst())
        lines = Array(starts.dropFirst())
        self.fileName = fileName
    }

    /// The index of a column.
    /// - Throws: `InputError` naming the columns present.
    package func columnIndex(_ name: String) throws(InputError) -> Int {
        if let i = header.firstIndex(of: name) { return i }
        if let i = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) { return i }
        throw InputError(issues: [InputIssue(
            file: fileName, line: 1, column: 1, problem: "no column named '\(name)'",
            remedy: "use one of: \(header.joined(separator: ", "))")])
    }

    /// A column's values as numbers.
    /// - Throws: `InputError` listing every cell that is not a finite number (up to 50).
    package func numbers(_ name: String) throws(InputError) -> [Double] {
        let column = try columnIndex(name)
        var values: [Double] = []
        values.reserveCapacity(rows.count)
        var issues: [InputIssue] = []
        var omitted = 0
        for (k, row) in rows.enumerated() {
            let text = row[column].trimmingCharacters(in: .whitespaces)
            switch numberReader.real(text) {
            case .success(let value):
                values.append(value)
            case .failure(let refusal) where issues.count < 50:
                issues.append(InputIssue(file: fileName, line: lines[k], column: column + 1,
                                         problem: "'\(text)' in column '\(header[column])' \(refusal.problem)",
                                         remedy: refusal.remedy))
            case .failure:
                omitted += 1
            }
        }
        guard issues.isEmpty else { throw InputError(issues: issues, omitted: omitted) }
        return values
    }

    /// A column's values as text.
    /// - Throws: `InputError` when the column is missing.
    package func strings(_ name: String) throws(InputError) -> [String] {
        let column = try columnIndex(name)
        return rows.map { $0[column] }
    }
}
