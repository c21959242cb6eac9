import KumePostgres
import KumePostgresTesting

/// Runs `body` with a connection (through the unix socket) to a fresh PostGIS database of the shared throwaway
/// cluster; the database is dropped afterwards.
func withConnection<Result>(
    _ body: (PostgresConnection, PostgresTestDatabase) throws -> Result
) async throws -> Result {
    let cluster = try PostgresTestCluster.shared()
    return try await cluster.withDatabase { database in
        let connection = try PostgresConnection(conninfo: database.conninfo)
        return try body(connection, database)
    }
}
