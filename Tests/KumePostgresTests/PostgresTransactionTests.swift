import KumePostgres
import Testing

@Suite("PostgresConnection.transaction")
struct PostgresTransactionTests {
    struct Planned: Error {}

    @Test("A transaction that returns is committed")
    func commit() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            let inserted = try connection.transaction { connection in
                try connection.execute("INSERT INTO t VALUES (1), (2)").affectedRows
            }
            #expect(inserted == 2)
            #expect(!connection.isInTransaction)
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(2)]])
        }
    }

    @Test("A transaction that throws is rolled back: the table is as it was")
    func rollback() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            try connection.execute("INSERT INTO t VALUES (1)")
            #expect(throws: Planned.self) {
                try connection.transaction { connection in
                    try connection.execute("DELETE FROM t")
                    try connection.execute("DROP TABLE t")
                    throw Planned()
                }
            }
            #expect(!connection.isInTransaction)
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(1)]])
        }
    }

    @Test("A read-only transaction lets the server refuse every write (SQLSTATE 25006)")
    func readOnly() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction(.readOnly) { connection in
                    #expect(try connection.execute("SHOW transaction_read_only").rows == [[.text("on")]])
                    try connection.execute("INSERT INTO t VALUES (1)")
                }
            }
            #expect(error.isReadOnlyViolation)
            #expect(error.message == "cannot execute INSERT in a read-only transaction")
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(0)]])
        }
    }

    @Test("Repeatable read is the isolation level asked for")
    func isolation() async throws {
        try await withConnection { connection, _ in
            let level = try connection.transaction(.readOnly, isolation: .repeatableRead) { connection in
                try connection.execute("SHOW transaction_isolation").rows
            }
            #expect(level == [[.text("repeatable read")]])
        }
    }

    @Test("Transactions do not nest")
    func noNesting() async throws {
        try await withConnection { connection, _ in
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction { connection in
                    try connection.transaction { _ in }
                }
            }
            #expect(error.message.contains("do not nest"))
            #expect(!connection.isInTransaction)
        }
    }

    @Test("A failed statement caught inside the body still fails the commit, and nothing is kept")
    func failedStatementFailsCommit() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            let error = try #require(throws: PostgresError.self) {
                try connection.transaction { connection in
                    try connection.execute("INSERT INTO t VALUES (1)")
                    _ = try? connection.execute("SELECT * FROM nowhere")
                }
            }
            #expect(error.operation == "COMMIT")
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(0)]])
        }
    }
}
