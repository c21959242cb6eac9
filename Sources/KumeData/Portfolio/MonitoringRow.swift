/// One row of the monitoring table: what one member of one cluster did in one year.
package struct MonitoringRow: Hashable, Sendable {
    /// What the row reports, with its value.
    package enum Value: Hashable, Sendable {
        /// The member raised its cooperation (`false` when the row's value says no).
        case cooperation(raised: Bool)
        /// The shared-use facility of this name (a creation row when ``MonitoringRow/memberID`` is `nil`).
        case facility(name: String)
        /// How many new, renewed or improved products the member put on the market.
        case products(count: Int)

        /// The indicator of the value.
        package var indicator: MonitoringIndicator {
            switch self {
            case .cooperation: .cooperation
            case .facility: .facility
            case .products: .product
            }
        }
    }

    /// The 1-based columns of the row's cells, so that a later check can point at them.
    package struct Columns: Hashable, Sendable {
        /// The `cluster` column.
        package var cluster: Int
        /// The `member_id` column.
        package var memberID: Int
        /// The `value` column (0 when the table has none).
        package var value: Int

        /// Creates the column positions.
        package init(cluster: Int, memberID: Int, value: Int) {
            self.cluster = cluster
            self.memberID = memberID
            self.value = value
        }
    }

    /// The cluster: its roster's file name without the extension.
    package var cluster: String
    /// The calendar year reported on.
    package var year: Int
    /// The member's id in its cluster's roster; `nil` only for a facility without users yet.
    package var memberID: String?
    /// What the row reports.
    package var value: Value
    /// The 1-based line of the row in the table.
    package var line: Int
    /// Where the row's cells are.
    package var columns: Columns

    /// The indicator the row reports.
    package var indicator: MonitoringIndicator { value.indicator }

    /// Creates a row.
    package init(cluster: String, year: Int, memberID: String?, value: Value, line: Int = 0,
                columns: Columns = Columns(cluster: 1, memberID: 4, value: 5)) {
        self.cluster = cluster
        self.year = year
        self.memberID = memberID
        self.value = value
        self.line = line
        self.columns = columns
    }
}
