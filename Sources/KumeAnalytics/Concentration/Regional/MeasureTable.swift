import Foundation
import KumeData

/// A small result table (a header and rows of text or number cells) with the three renderings the
/// `rank` and `related` commands print: an aligned text table, CSV and JSON.
package struct MeasureTable: Sendable, Equatable {
    /// One cell: a label or a number.
    package enum Cell: Sendable, Equatable {
        /// A label (region, sector).
        case text(String)
        /// A measure value; NaN is printed as `NaN` (table, CSV) or `null` (JSON).
        case number(Double)
    }

    /// How a table is rendered.
    package enum Format: String, Sendable, CaseIterable {
        /// Columns aligned with spaces; whole numbers as integers, others with 6 decimals.
        case table
        /// RFC 4180 CSV with a header, numbers in full precision.
        case csv
        /// A JSON array of objects keyed by the header, numbers in full precision.
        case json
    }

    /// Column names.
    package var header: [String]
    /// Rows of cells, each as long as the header.
    package var rows: [[Cell]]

    /// Creates a table.
    package init(header: [String], rows: [[Cell]]) {
        self.header = header
        self.rows = rows
    }

    /// The table rendered in `format`, ending with a newline.
    package func rendered(_ format: Format) -> String {
        switch format {
        case .csv:
            var out = header.map(CSVText.field).joined(separator: ",") + "\n"
            for row in rows { out += row.map(Self.csvCell).joined(separator: ",") + "\n" }
            return out
        case .json:
            let objects = rows.map { row in
                "{" + zip(header, row).map { "\(JSONText.quoted($0)):\(Self.jsonCell($1))" }.joined(separator: ",") + "}"
            }
            return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        case .table:
            let cells = [header] + rows.map { $0.map(Self.tableCell) }
            let widths = header.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
            return cells.map { line in
                line.enumerated().map { c, text in
                    let pad = String(repeating: " ", count: widths[c] - text.count)
                    return c == 0 ? text + pad : pad + text
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        }
    }

    static func csvCell(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): CSVText.field(s)
        case .number(let v): LabeledMatrix.format(v)
        }
    }

    static func tableCell(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): s
        case .number(let v):
            if v.isNaN { "NaN" } else if v == v.rounded(), abs(v) < 1e15 { String(Int64(v)) } else { String(format: "%.6f", v) }
        }
    }

    static func jsonCell(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): JSONText.quoted(s)
        case .number(let v): v.isFinite ? LabeledMatrix.format(v) : "null"
        }
    }
}
