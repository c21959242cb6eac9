import KumePostgres
import Testing

@Suite("PostgresConnection.quoteIdentifier")
struct PostgresIdentifierTests {
    @Test("Identifiers are double-quoted with inner quotes doubled, case kept",
          arguments: [("firms", "\"firms\""), ("a\"b", "\"a\"\"b\""), ("Firmalar İl", "\"Firmalar İl\"")])
    func quoting(name: String, quoted: String) async throws {
        try await withConnection { connection, _ in
            let result = try connection.quoteIdentifier(name)
            #expect(result == quoted)
        }
    }

    @Test("A table named like an injection is just a table: created, filled and read, nothing else dropped")
    func hostileName() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE keep (n integer)")
            let name = try connection.quoteQualifiedName(schema: "public", name: "firms\"; DROP TABLE keep; --")
            #expect(name == "\"public\".\"firms\"\"; DROP TABLE keep; --\"")
            try connection.execute("CREATE TABLE \(name) (id text)")
            try connection.execute("INSERT INTO \(name) VALUES ($1)", [.text("F1")])
            #expect(try connection.execute("SELECT id FROM \(name)").rows == [[.text("F1")]])
            #expect(try connection.execute("SELECT count(*) FROM keep").rows == [[.int(0)]])
        }
    }
}
