/// The portfolio's monitoring table: what the clusters' members did year by year.
///
/// Columns `cluster,year,indicator,member_id,value` (Turkish headers `küme,yıl,gösterge,üye_no,değer`
/// too). `indicator` is `cooperation` (the member raised its cooperation that year; `value` empty or
/// yes/no), `facility` (`value` is the facility's name; one row per firm using it, under the firm's own
/// cluster; an empty `member_id` for a facility without users yet) or `product` (`value` is how many
/// products the member put on the market that year). Read by ``MonitoringTableReader``.
package struct MonitoringTable: Sendable {
    /// The file the rows came from, as the user named it.
    package var source: String
    /// The rows in file order.
    package var rows: [MonitoringRow]

    /// Creates a table.
    package init(source: String, rows: [MonitoringRow]) {
        self.source = source
        self.rows = rows
    }

    /// The first and last year of the rows; `nil` for a table without rows.
    package var years: ClosedRange<Int>? {
        guard let first = rows.first else { return nil }
        var low = first.year, high = first.year
        for row in rows {
            low = min(low, row.year)
            high = max(high, row.year)
        }
        return low...high
    }
}
