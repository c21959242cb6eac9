import KumePostgres

/// Reads an application's roster from PostgreSQL/PostGIS into the same ``Roster`` the CSV reader fills, with the
/// same column aliases, checks and messages.
///
/// A roster is small (members of one application), so its rows come whole, in one read-only repeatable-read
/// transaction, through `COPY (SELECT …) TO STDOUT` as CSV (see ``PostgresRegistryQuery``), and are read by
/// ``RosterReader``. Points in a geometry column of another SRID are transformed to longitude, latitude by PostGIS.
/// A problem names the source, the row's id and the column: `PG:members:4:3: id M3, column nace: …`.
public enum PostgresRosterReader {
    /// Reads the roster.
    ///
    /// - Parameters:
    ///   - source: The table or query.
    ///   - options: The roster reader's options (`sheet` must be nil).
    /// - Throws: ``InputError`` for the rows' problems and for connection and query failures (the server's message,
    ///   passwords scrubbed).
    public static func read(_ source: PostgresTableSource, options: RosterReader.Options = .init()) throws(InputError) -> Roster {
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
                do throws(InputError) {
                    outcome = .success(try RosterReader.read(data: bytes, name: name + ".csv", options: options))
                } catch {
                    let keys = try plan.keys(ofLines: error.issues.map(\.line), on: connection)
                    outcome = .failure(PostgresRegistryReader.named(renamed(error, to: name), keys: keys, header: plan.header))
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
        case .success(var roster)?:
            roster.source = name
            roster.warnings = roster.warnings.map { renamed($0, from: name + ".csv", to: name) }
            return roster
        case .failure(let error)?: throw error
        case nil: throw PostgresTableSource.error(name, "no rows read", "retry")
        }
    }

    /// A warning located in the source (`PG:members:ROW:COLUMN`, row 1 the first row) instead of the CSV.
    static func renamed(_ warning: InputWarning, from csvName: String, to name: String) -> InputWarning {
        guard let location = warning.location, location.hasPrefix(csvName + ":") else { return warning }
        var warning = warning
        let parts = location.dropFirst(csvName.count + 1).split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, let line = Int(parts[0]), line > 1 {
            warning.location = "\(name):\(line - 1):\(parts[1])"
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
