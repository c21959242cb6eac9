import KumeData

/// The monitoring table tied to the rosters: each row's cluster and member found, each facility's owner
/// and first year known, rows that count nothing set aside with a warning.
struct MonitoringLedger: Sendable {
    /// What a row counts towards.
    enum Entry: Hashable, Sendable {
        /// The record's firm raised its cooperation.
        case cooperation
        /// The record's firm used the facility (an index into ``facilities``).
        case facilityUse(Int)
        /// The record's member put this many products on the market.
        case products(Int)
    }

    /// A row that counts.
    struct Row: Hashable, Sendable {
        var year: Int
        /// The member's record (an index into ``PortfolioRecords/records``).
        var record: Int
        var entry: Entry
    }

    /// A shared-use facility: its name as first written, the cluster it belongs to and its first year.
    struct Facility: Hashable, Sendable {
        var name: String
        var cluster: Int
        var firstYear: Int
    }

    /// The rows that count, in table order.
    var rows: [Row] = []
    /// The facilities, in order of their first row in the table.
    var facilities: [Facility] = []
    /// The first and last year of the table.
    var years: ClosedRange<Int>?
    /// Rows that count nothing, and why.
    var warnings: [InputWarning] = []

    /// An empty ledger (no monitoring table).
    init() {}

    /// Ties `table` to the rosters.
    /// - Throws: ``InputError`` for a cluster with no roster or a member id not in its cluster's roster,
    ///   at the cell's `FILE:LINE:COLUMN`.
    init(table: MonitoringTable, records: PortfolioRecords) throws(InputError) {
        years = table.years
        let file = table.source
        var clusterOfName: [String: Int] = [:]
        var clusterOfFolded: [String: Int] = [:]
        for (position, name) in records.clusterNames.enumerated() {
            clusterOfName[name] = position
            clusterOfFolded[TurkishText.folded(name)] = position
        }
        var recordOf: [RecordKey: Int] = [:]
        recordOf.reserveCapacity(records.records.count)
        for (position, record) in records.records.enumerated() {
            recordOf[RecordKey(cluster: records.clusterOf[position], id: record.id)] = position
        }
        var issues: [InputIssue] = []
        var omitted = 0
        func issue(_ row: MonitoringRow, column: Int, _ problem: String, _ remedy: String) {
            if issues.count < 50 {
                issues.append(InputIssue(file: file, line: row.line, column: column, problem: problem, remedy: remedy))
            } else {
                omitted += 1
            }
        }
        var facilityOfName: [String: Int] = [:]
        var facilityFirst: [(year: Int, line: Int)] = []
        for row in table.rows {
            guard let cluster = clusterOfName[row.cluster] ?? clusterOfFolded[TurkishText.folded(row.cluster)] else {
                let names = records.clusterNames.prefix(8).joined(separator: ", ")
                issue(row, column: row.columns.cluster, "no roster for the cluster '\(row.cluster)'",
                      "name a cluster as its roster's file name without the extension (\(names)\(records.clusterNames.count > 8 ? ", …" : ""))")
                continue
            }
            var record: Int?
            if let id = row.memberID {
                record = recordOf[RecordKey(cluster: cluster, id: id)]
                if record == nil {
                    issue(row, column: row.columns.memberID,
                          "no member '\(id)' in the roster of '\(records.clusterNames[cluster])' (\(records.clusterSources[cluster]))",
                          "give the member's id as its cluster's roster writes it (a firm of another cluster goes under its own cluster)")
                    continue
                }
            }
            let where_ = "\(file):\(row.line)"
            switch row.value {
            case .cooperation(let raised):
                guard raised, let record else { continue }
                guard isFirm(record, records) else {
                    warnings.append(notAFirm(record, records, location: where_, counts: "firms that raised their cooperation"))
                    continue
                }
                rows.append(Row(year: row.year, record: record, entry: .cooperation))
            case .facility(let name):
                let key = TurkishText.folded(name)
                let facility: Int
                if let known = facilityOfName[key] {
                    facility = known
                    if (row.year, row.line) < facilityFirst[known] {
                        facilityFirst[known] = (row.year, row.line)
                        facilities[known].cluster = cluster
                        facilities[known].firstYear = row.year
                    }
                } else {
                    facility = facilities.count
                    facilityOfName[key] = facility
                    facilityFirst.append((row.year, row.line))
                    facilities.append(Facility(name: name, cluster: cluster, firstYear: row.year))
                }
                guard let record else { continue }
                guard isFirm(record, records) else {
                    warnings.append(notAFirm(record, records, location: where_, counts: "firms using shared facilities"))
                    continue
                }
                rows.append(Row(year: row.year, record: record, entry: .facilityUse(facility)))
            case .products(let count):
                guard let record else { continue }
                rows.append(Row(year: row.year, record: record, entry: .products(count)))
            }
        }
        if !issues.isEmpty { throw InputError(issues: issues, omitted: omitted) }
    }

    private struct RecordKey: Hashable {
        var cluster: Int
        var id: String
    }

    private func isFirm(_ record: Int, _ records: PortfolioRecords) -> Bool {
        records.records[record].type == .firm
    }

    private func notAFirm(_ record: Int, _ records: PortfolioRecords, location: String, counts: String) -> InputWarning {
        let member = records.records[record]
        return InputWarning(
            memberID: member.id, location: location,
            message: "\(member.reference) (\(member.name)) is a \(member.type.rawValue), not a firm: not counted among the \(counts)")
    }
}
