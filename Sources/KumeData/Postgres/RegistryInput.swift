/// A registry argument as commands take it: a file (CSV or GeoJSON), or a PostgreSQL/PostGIS source
/// `PG:dbname=… tables=firms` (or `PG:dbname=…` with an SQL query).
public enum RegistryInput {
    /// Reads the registry `argument` names.
    ///
    /// - Parameters:
    ///   - argument: A file path, or `PG:` and a conninfo (see ``PostgresTableSource``).
    ///   - sql: A query giving the rows of a `PG:` source, run in a read-only transaction; refused for a file.
    ///   - options: The registry reader's options.
    /// - Throws: ``InputError`` for every problem, files' and the database's alike.
    public static func read(_ argument: String, sql: String? = nil, options: RegistryReader.Options = .init())
        async throws(InputError) -> Registry
    {
        if PostgresTableSource.isPostgres(argument) {
            return try await PostgresRegistryReader.read(try PostgresTableSource(argument: argument, sql: sql), options: options)
        }
        if sql != nil {
            throw InputError(issues: [InputIssue(
                file: argument, line: 0, column: 0, problem: "--sql is given but the registry is a file",
                remedy: "give a PostgreSQL source PG:dbname=… with --sql, or drop --sql")])
        }
        return try RegistryReader.read(path: argument, options: options)
    }
}
