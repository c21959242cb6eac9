import KumeData

/// A dense matrix of measure values with row and column labels, row-major.
///
/// The results of the region-based measures (regions × sectors location quotients, sectors × sectors
/// relatedness) come back in this form; `values[i * columns.count + j]` is row `i`, column `j`.
public struct LabeledMatrix: Sendable, Equatable {
    /// Row labels, in row order.
    public let rows: [String]
    /// Column labels, in column order.
    public let columns: [String]
    /// The values, row-major.
    public var values: [Double]

    /// Creates a labelled matrix; `values` must hold `rows.count × columns.count` numbers, row-major.
    ///
    /// - Throws: ``RegionalMeasureError/shapeMismatch(expected:got:)`` when the count is wrong.
    public init(rows: [String], columns: [String], values: [Double]) throws(RegionalMeasureError) {
        guard values.count == rows.count * columns.count else {
            throw .shapeMismatch(expected: rows.count * columns.count, got: values.count)
        }
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    init(validatedRows rows: [String], columns: [String], values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The value at row `row`, column `column` (indices).
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns.count + column]
    }

    /// The value for a row and a column label, or `nil` when either label is absent.
    public func value(row: String, column: String) -> Double? {
        guard let i = rows.firstIndex(of: row), let j = columns.firstIndex(of: column) else { return nil }
        return self[i, j]
    }

    /// One row's values, in column order.
    public func row(_ index: Int) -> [Double] {
        Array(values[(index * columns.count)..<((index + 1) * columns.count)])
    }

    /// The matrix as CSV text: a header `"",col1,col2,…`, then one line per row `label,v1,v2,…`
    /// (values with Swift's shortest round-tripping form; labels quoted when they need it).
    public func csvText() -> String {
        var out = ([""] + columns).map(CSVText.field).joined(separator: ",") + "\n"
        for i in 0..<rows.count {
            out += CSVText.field(rows[i])
            for j in 0..<columns.count { out += "," + Self.format(self[i, j]) }
            out += "\n"
        }
        return out
    }

    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
