import KumePostgres

/// Reads an application's roster from PostgreSQL/PostGIS into the same ``Roster`` the CSV reader fills, with the
/// same column aliases, checks and messages.
///
/// A roster is small (members of one application), so its rows come whole, in one read-only repeatable-read
/// transaction, through `COPY (SELECT …) TO STDOUT` as CSV (see ``PostgresRegistryQuery``), and are read by
/// ``RosterReader``. Points in a geometry column of another SRID are transformed to longitude, latitude by PostGIS.
/// A problem names the source, the row's id and the column: `PG:members:4:3: id M3, column nace: …`.
package enum PostgresRosterReader {
    /// Reads the roster.
    ///
    /// - Parameters:
    ///   - source: The table or query.
    ///   - options: The roster reader's options (`sheet` must be nil).
    /// - Throws: ``InputError`` for the rows' problems and for connection and query failures (the server's message,
    ///   passwords scrubbed).
    package static func read(_ source: PostgresTableSource, options: RosterReader.Options = .init()) throws(InputError) -> Roster {
        let name = source.displayName
        var outcome: Result<Roster, InputError>?
        do {
            let connection = try PostgresConnection(conninfo: source.conninfo)
            try connection.transaction(.readOnly, isolation: .repeatableRead) { connection in
                // One plan and no synchronised scans: the rows come in the same order when ids are looked up.
                try connection.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                try connection.execute("SET LOCAL synchronize_seqscans = off")
                let plan = try PostgresRegistryQuery.plan(source, longitudeLatitude: true, on: connection)
                var bytes: [UInt8] = []
                try connection.copyOut(plan.copySQL, blockBytes: 1 << 20) { bytes.append(contentsOf: $0) }
                var lines = CSVRowLines()
                bytes.withUnsafeBytes { lines.scan($0) }
                do throws(InputError) {
                    var roster = try RosterReader.read(data: bytes, name: name + ".csv", options: options)
                    roster.source = name
                    roster.warnings = roster.warnings.map { renamed($0, from: name + ".csv", to: name, lines: lines) }
                    outcome = .success(roster)
                } catch {
                    let keys = try plan.keys(ofRows: error.issues.compactMap { lines.row(ofLine: $0.line) }, on: connection)
                    outcome = .failure(PostgresRegistryQuery.named(renamed(error, to: name), lines: lines, keys: keys,
                                                                   header: plan.header))
                }
            }
        } catch let error as InputError {
            throw error
        } catch let error as PostgresError {
            throw PostgresTableSource.error(name, error)
        } catch {
            throw PostgresTableSource.error(name, "\(error)", "check the connection string, the table and the server")
        }
        switch outcome {
        case .success(let roster)?: return roster
        case .failure(let error)?: throw error
        case nil: throw PostgresTableSource.error(name, "no rows read", "retry")
        }
    }

    /// A warning located in the source (`PG:members:ROW[:COLUMN]`, row 1 the first row, as in errors) instead of the CSV.
    static func renamed(_ warning: InputWarning, from csvName: String, to name: String, lines: CSVRowLines) -> InputWarning {
        guard let location = warning.location, location.hasPrefix(csvName + ":") else { return warning }
        var warning = warning
        let parts = location.dropFirst(csvName.count + 1).split(separator: ":", omittingEmptySubsequences: false)
        if let first = parts.first, let line = Int(first), let row = lines.row(ofLine: line) {
            warning.location = ([name, String(row)] + parts.dropFirst().map(String.init)).joined(separator: ":")
        } else {
            warning.location = name + ":" + location.dropFirst(csvName.count + 1)
        }
        return warning
    }

    /// The issues with the source's name instead of the name given to the CSV reader.
    static func renamed(_ error: InputError, to name: String) -> InputError {
        InputError(issues: error.issues.map { issue in
            var issue = issue
            issue.file = name
            return issue
        }, omitted: error.omitted)
    }
}
