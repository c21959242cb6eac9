/// A registry argument as commands take it: a file (CSV, a workbook or a GIS layer), or a PostgreSQL/PostGIS source
/// `PG:dbname=… tables=firms` (or `PG:dbname=…` with an SQL query).
package enum RegistryInput {
    /// Reads the registry `argument` names.
    ///
    /// - Parameters:
    ///   - argument: A file path, or `PG:` and a conninfo (see ``PostgresTableSource``).
    ///   - sql: A query giving the rows of a `PG:` source, run in a read-only transaction; refused for a file.
    ///   - options: The registry reader's options.
    /// - Throws: ``InputError`` for every problem, files' and the database's alike.
    package static func read(_ argument: String, sql: String? = nil, options: RegistryReader.Options = .init())
        async throws(InputError) -> Registry
    {
        if PostgresTableSource.isPostgres(argument) {
            let source = try PostgresTableSource(argument: argument, sql: sql)
            if let sheet = options.sheet {
                throw PostgresTableSource.error(source.displayName, "\(Setting.sheet.words) \(sheet) is given but the registry is a PostgreSQL source",
                                                "name the table with tables=NAME, or drop \(Setting.sheet.words)")
            }
            return try await PostgresRegistryReader.read(source, options: options)
        }
        if sql != nil {
            throw InputError(issues: [InputIssue(
                file: argument, line: 0, column: 0, problem: "\(Setting.sql.words) is given but the registry is a file",
                remedy: "give a PostgreSQL source PG:dbname=… with \(Setting.sql.words), or drop \(Setting.sql.words)")])
        }
        return try RegistryReader.read(path: argument, options: options)
    }
}

/// A roster argument as commands take it: a file (CSV, GeoJSON, a workbook or a GIS layer), or a PostgreSQL/PostGIS
/// source `PG:dbname=… tables=members` (or `PG:dbname=…` with an SQL query).
package enum RosterInput {
    /// Reads the roster `argument` names.
    ///
    /// - Parameters:
    ///   - argument: A file path, or `PG:` and a conninfo (see ``PostgresTableSource``).
    ///   - sql: A query giving the rows of a `PG:` source, run in a read-only transaction; refused for a file.
    ///   - options: The roster reader's options.
    /// - Throws: ``InputError`` for every problem, files' and the database's alike.
    package static func read(_ argument: String, sql: String? = nil, options: RosterReader.Options = .init())
        throws(InputError) -> Roster
    {
        if PostgresTableSource.isPostgres(argument) {
            let source = try PostgresTableSource(argument: argument, sql: sql)
            if let sheet = options.sheet {
                throw PostgresTableSource.error(source.displayName, "\(Setting.sheet.words) \(sheet) is given but the roster is a PostgreSQL source",
                                                "name the table with tables=NAME, or drop \(Setting.sheet.words)")
            }
            return try PostgresRosterReader.read(source, options: options)
        }
        if sql != nil {
            throw InputError(issues: [InputIssue(
                file: argument, line: 0, column: 0, problem: "\(Setting.sql.words) is given but the roster is a file",
                remedy: "give a PostgreSQL source PG:dbname=… with \(Setting.sql.words), or drop \(Setting.sql.words)")])
        }
        return try RosterReader.read(path: argument, options: options)
    }
}
