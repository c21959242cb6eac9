import Foundation

/// Reads the business plans' budget table of `kume check --plans FILE`.
///
/// A CSV file (RFC 4180 quoting; delimiter `,`, `;` or tab, detected from the header; UTF-8 with or without
/// BOM) with a header row and the columns `plan`, `item`, `cost`, `support` (amounts in TL) and optionally
/// `domestic_machinery` (`yes/no`, `true/false`, `1/0`, `evet/hayır`, `var/yok`, `x`/empty). Turkish
/// header names are accepted: `plan`/`is_plani`, `item`/`kalem`, `cost`/`maliyet`/`tutar`,
/// `support`/`destek`, `domestic_machinery`/`yerli_makine`/`yerli_mali`.
///
/// Amounts are read by ``NumberReader/amount(_:)``: `1250000.50`, `1,250,000.50` (English) or
/// `1.250.000,50` (Turkish); an amount has at most two decimals (kuruş), so `1.250` is 1250 TL. A `TL`
/// or `₺` sign is ignored.
public enum PlanTable {
    /// Reads a plans file.
    ///
    /// - Parameter path: The file's path, as the user gave it (used in error locations).
    /// - Returns: The rows, in file order.
    /// - Throws: ``InputError`` listing every problem as `FILE:LINE:COLUMN` (up to 50).
    public static func read(path: String) throws -> [PlanItem] {
        try parse(text: InputFile.text(path, kind: "plans file", format: "UTF-8 CSV"), file: path)
    }

    /// Parses the text of a plans file.
    ///
    /// - Parameters:
    ///   - text: The CSV text.
    ///   - file: The name to use in error locations.
    /// - Throws: ``InputError`` as ``read(path:)`` does.
    public static func parse(text: String, file: String) throws -> [PlanItem] {
        var issues: [InputIssue] = []
        let table = try CSVText.table(text, file: file)
        let rows = table.records
        guard let header = rows.first else {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "write a header row plan,item,cost,support and one row per item")])
        }
        var columns: [Column: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            if let column = Column(header: name) {
                if columns[column] != nil {
                    issues.append(InputIssue(file: file, line: header.line, column: index + 1,
                                             problem: "the column '\(name)' appears twice", remedy: "keep one of them"))
                } else {
                    columns[column] = index
                }
            }
        }
        for column in Column.allCases where column.required && columns[column] == nil {
            issues.append(InputIssue(file: file, line: header.line, column: 1,
                                     problem: "the header has no '\(column.rawValue)' column",
                                     remedy: "name the columns plan,item,cost,support (domestic_machinery optional)"))
        }
        if !issues.isEmpty { throw InputError(issues: issues) }
        var items: [PlanItem] = []
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            func field(_ column: Column) -> (text: String, column: Int)? {
                guard let index = columns[column] else { return nil }
                let value = index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespaces) : ""
                return (value, index + 1)
            }
            var rowOK = true
            var values: [Column: Decimal] = [:]
            for column in [Column.cost, .support] {
                guard let (value, position) = field(column) else { continue }
                switch table.numbers.amount(value) {
                case .success(let amount):
                    values[column] = amount
                case .failure(let refusal):
                    rowOK = false
                    issues.append(InputIssue(file: file, line: row.line, column: position,
                                             problem: "\(column.rawValue) '\(value)' \(refusal.problem)", remedy: refusal.remedy))
                }
            }
            var domestic = false
            if let (value, position) = field(.domesticMachinery) {
                if let flag = yesNo(value) {
                    domestic = flag
                } else {
                    rowOK = false
                    issues.append(InputIssue(file: file, line: row.line, column: position,
                                             problem: "domestic_machinery '\(value)' is not yes or no",
                                             remedy: "write yes/no, true/false, 1/0, evet/hayır, var/yok, or x/empty"))
                }
            }
            let plan = field(.plan)?.text ?? ""
            let item = field(.item)?.text ?? ""
            for (name, value, column) in [("plan", plan, Column.plan), ("item", item, Column.item)] where value.isEmpty {
                rowOK = false
                issues.append(InputIssue(file: file, line: row.line, column: (columns[column] ?? 0) + 1,
                                         problem: "the \(name) is empty", remedy: "name the \(name) on every row"))
            }
            if rowOK, let cost = values[.cost], let support = values[.support] {
                items.append(PlanItem(plan: plan, item: item, costLira: cost, supportLira: support,
                                      domesticMachinery: domestic, line: row.line))
            }
        }
        if !issues.isEmpty {
            let limit = 50
            throw InputError(issues: Array(issues.prefix(limit)), omitted: max(0, issues.count - limit))
        }
        return items
    }

    private enum Column: String, CaseIterable {
        case plan, item, cost, support
        case domesticMachinery = "domestic_machinery"

        var required: Bool { self != .domesticMachinery }

        init?(header: String) {
            let key = TurkishText.folded(header)
            switch key {
            case "plan", "isplani", "plani": self = .plan
            case "item", "kalem", "destekkalemi", "gider", "giderkalemi": self = .item
            case "cost", "maliyet", "tutar", "butce": self = .cost
            case "support", "destek", "destektutari", "hibe": self = .support
            case "domesticmachinery", "yerlimakine", "yerlimali", "yerlimalibelgeli": self = .domesticMachinery
            default: return nil
            }
        }
    }

    private static func yesNo(_ text: String) -> Bool? {
        ValueParsing.commitment(text)
    }
}
