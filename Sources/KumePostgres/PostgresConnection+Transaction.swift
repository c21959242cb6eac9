/// Whether a transaction may write.
public enum TransactionAccess: Sendable {
    /// `READ WRITE`: the default.
    case readWrite
    /// `READ ONLY`: the server refuses every write (SQLSTATE 25006), whatever the SQL inside tries.
    case readOnly
}

/// A transaction's isolation level.
public enum TransactionIsolation: String, Sendable {
    /// Each statement sees what was committed before it began (PostgreSQL's default).
    case readCommitted = "READ COMMITTED"
    /// Every statement sees one snapshot, taken at the first one: consistent multi-statement reads.
    case repeatableRead = "REPEATABLE READ"
    /// As if the transactions ran one after another.
    case serializable = "SERIALIZABLE"
}

extension PostgresConnection {
    /// Runs `body` in a transaction: `BEGIN`, then `COMMIT` when `body` returns, `ROLLBACK` when it throws.
    ///
    /// A failed `COMMIT` (a deferred constraint, a serialization failure) throws, and nothing is kept.
    /// - Parameters:
    ///   - access: ``TransactionAccess/readOnly`` for reading with the server's guarantee that nothing is written.
    ///   - isolation: The isolation level.
    ///   - body: The work; it receives this connection.
    /// - Throws: What `body` throws (after the rollback), or ``PostgresError`` from `BEGIN`/`COMMIT`, or when a
    ///   transaction is already open on this connection (transactions do not nest).
    public func transaction<Result>(
        _ access: TransactionAccess = .readWrite, isolation: TransactionIsolation = .readCommitted,
        _ body: (PostgresConnection) throws -> Result
    ) throws -> Result {
        guard !isInTransaction else {
            throw PostgresError(
                operation: "BEGIN", message: "a transaction is already open on this connection; transactions do not nest")
        }
        let mode = access == .readOnly ? "READ ONLY" : "READ WRITE"
        try execute("BEGIN ISOLATION LEVEL \(isolation.rawValue) \(mode)")
        let result: Result
        do {
            result = try body(self)
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        let commit = try execute("COMMIT")
        // COMMIT of a failed transaction answers ROLLBACK rather than failing.
        if let status = commit.commandStatus, status == "ROLLBACK" {
            throw PostgresError(
                operation: "COMMIT",
                message: "the transaction had failed and was rolled back; nothing was written")
        }
        return result
    }
}
