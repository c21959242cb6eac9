import KumePostgres
import Testing

@Suite("PostgresConnection.execute")
struct PostgresQueryTests {
    @Test("Parameters reach the server as typed values: the server's own comparisons confirm each one")
    func parametersTyped() async throws {
        try await withConnection { connection, _ in
            let result = try connection.execute(
                """
                SELECT $1 = 9007199254740993::bigint, $2 = 0.30000000000000004::float8, $3 = 5e-324::float8,
                       char_length($4), $4 = 'İğdır''; DROP TABLE x; --', $5::text IS NULL, $6 = true,
                       $7 = '\\x00ff10'::bytea, $8::date = DATE '2017-08-11'
                """,
                [
                    .int(9_007_199_254_740_993), .double(0.1 + 0.2), .double(5e-324),
                    .text("İğdır'; DROP TABLE x; --"), .null, .bool(true), .bytes([0x00, 0xFF, 0x10]),
                    .text("2017-08-11"),
                ])
            // 'İğdır'; DROP TABLE x; --' has 5 + 19 = 24 characters.
            #expect(result.rows == [[
                .bool(true), .bool(true), .bool(true), .int(24), .bool(true), .bool(true), .bool(true), .bool(true),
                .bool(true),
            ]])
        }
    }

    @Test("Results come back as the case of their column's type; other types as text")
    func resultsTyped() async throws {
        try await withConnection { connection, _ in
            let result = try connection.execute(
                """
                SELECT 1::int2 AS a, 2::int4 AS b, 3::int8 AS c, 1.5::float4 AS d, 0.1::float8 AS e, true AS f,
                       'x'::varchar AS g, 12.30::numeric AS h, '\\x0102'::bytea AS i, NULL::int AS j,
                       DATE '2017-08-11' AS k, 'NaN'::float8 AS l
                """)
            #expect(result.columns.map(\.name) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
            let row = result.rows[0]
            #expect(Array(row[0..<11]) == [
                .int(1), .int(2), .int(3), .double(1.5), .double(0.1), .bool(true), .text("x"), .text("12.30"),
                .bytes([1, 2]), .null, .text("2017-08-11"),
            ])
            guard case .double(let nan) = row[11] else { Issue.record("NaN is not a double: \(row[11])"); return }
            #expect(nan.isNaN)
            #expect(result.columnIndex(named: "h") == 7)
            #expect(result.columnIndex(named: "zz") == nil)
        }
    }

    @Test("A command reports the rows it touched")
    func affectedRows() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            let insert = try connection.execute("INSERT INTO t SELECT generate_series(1, $1::int)", [.int(7)])
            #expect(insert.affectedRows == 7)
            #expect(insert.commandStatus == "INSERT 0 7")
        }
    }

    @Test("A missing table fails with SQLSTATE 42P01 and the server's message")
    func undefinedTable() async throws {
        try await withConnection { connection, _ in
            let error = try #require(throws: PostgresError.self) { try connection.execute("SELECT * FROM nowhere") }
            #expect(error.sqlState == "42P01")
            #expect(error.message == "relation \"nowhere\" does not exist")
            #expect(error.operation == "SELECT")
            #expect(error.description.contains("check the SQL"))
            // The connection is still usable.
            #expect(try connection.execute("SELECT 1").rows == [[.int(1)]])
        }
    }

    @Test("The server's hint becomes the remedy")
    func hintAsRemedy() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE firms (nace_code text)")
            let error = try #require(throws: PostgresError.self) { try connection.execute("SELECT nace_cod FROM firms") }
            #expect(error.sqlState == "42703")
            #expect(error.hint == "Perhaps you meant to reference the column \"firms.nace_code\".")
            #expect(error.description.hasSuffix("— Perhaps you meant to reference the column \"firms.nace_code\"."))
        }
    }

    @Test("Two statements in one call are refused: nothing can be smuggled after a semicolon")
    func oneStatementOnly() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE keep (n integer)")
            let error = try #require(throws: PostgresError.self) {
                try connection.execute("SELECT 1; DROP TABLE keep")
            }
            #expect(error.sqlState == "42601")
            #expect(try connection.execute("SELECT count(*) FROM keep").rows == [[.int(0)]])
        }
    }

    @Test("A COPY given to execute is refused and the connection stays usable")
    func copyRefused() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            #expect(throws: PostgresError.self) { try connection.execute("COPY t FROM STDIN") }
            #expect(throws: PostgresError.self) { try connection.execute("COPY (SELECT 1) TO STDOUT") }
            #expect(try connection.execute("SELECT 2").rows == [[.int(2)]])
        }
    }
}
