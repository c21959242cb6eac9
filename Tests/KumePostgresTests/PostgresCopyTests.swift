import KumePostgres
import Testing

@Suite("PostgresConnection COPY")
struct PostgresCopyTests {
    struct Planned: Error {}

    /// Writes `count` rows into `firms (id text, employees integer, big bigint, share double precision, active
    /// boolean, geom geometry(Point, 4326))` by binary COPY: row i has id F<i>, employees i, big i·10¹², share i/8,
    /// active for even i, and the point (26 + i/1000, 40 + i/1000); every 10th employees is NULL.
    static func fill(_ connection: PostgresConnection, count: Int) throws -> Int {
        try connection.execute(
            """
            CREATE TABLE firms (id text, employees integer, big bigint, share double precision, active boolean,
                                geom geometry(Point, 4326))
            """)
        return try connection.copyIn("COPY firms FROM STDIN (FORMAT binary)") { writer in
            for i in 1...count {
                try writer.beginRow(fieldCount: 6)
                writer.append(text: "F\(i)")
                if i % 10 == 0 { writer.appendNull() } else { writer.append(Int32(i)) }
                writer.append(Int64(i) * 1_000_000_000_000)
                writer.append(Double(i) / 8)
                writer.append(i % 2 == 0)
                writer.append(try pointEWKB(x: 26 + Double(i) / 1000, y: 40 + Double(i) / 1000, srid: 4326))
            }
        }
    }

    @Test("Binary COPY FROM STDIN stores every row with its types, as the server's own aggregates show")
    func copyInBinary() async throws {
        try await withConnection { connection, _ in
            #expect(try Self.fill(connection, count: 2000) == 2000)
            // Sums written out: employees Σ i over i not divisible by 10 = 2001000 − 10·Σ_{k≤200} k = 1800000;
            // big = 10¹²·2001000; share = 2001000 / 8; active: 1000 even rows.
            let sums = try connection.execute(
                """
                SELECT count(*), sum(employees), sum(big)::text, sum(share), count(*) FILTER (WHERE active),
                       count(*) FILTER (WHERE employees IS NULL), ST_AsText(geom), ST_SRID(geom)
                FROM firms GROUP BY ST_AsText(geom), ST_SRID(geom) HAVING max(id) = 'F7'
                """)
            #expect(sums.rows.count == 1)
            let totals = try connection.execute(
                """
                SELECT count(*), sum(employees), sum(big)::text, sum(share), count(*) FILTER (WHERE active),
                       count(*) FILTER (WHERE employees IS NULL)
                FROM firms
                """)
            #expect(totals.rows == [[
                .int(2000), .int(1_800_000), .text("2001000000000000000"), .double(250_125), .int(1000), .int(200),
            ]])
            let seventh = try connection.execute("SELECT ST_AsText(geom), ST_SRID(geom) FROM firms WHERE id = 'F7'")
            #expect(seventh.rows == [[.text("POINT(26.007 40.007)"), .int(4326)]])
        }
    }

    @Test("Binary COPY TO STDOUT gives back exactly what was written, field by field")
    func copyOutBinary() async throws {
        try await withConnection { connection, _ in
            _ = try Self.fill(connection, count: 500)
            var seen = 0
            let rows = try connection.copyOutBinary(
                "COPY (SELECT id, employees, big, share, active, geom FROM firms ORDER BY big) TO STDOUT (FORMAT binary)"
            ) { row in
                seen += 1
                let i = seen
                #expect(row.count == 6)
                #expect(row.string(at: 0) == "F\(i)")
                #expect(row.int(at: 1) == (i % 10 == 0 ? nil : Int64(i)))
                #expect(row.isNull(at: 1) == (i % 10 == 0))
                #expect(row.int(at: 2) == Int64(i) * 1_000_000_000_000)
                #expect(row.double(at: 3) == Double(i) / 8)
                #expect(row.bool(at: 4) == (i % 2 == 0))
                let point = row.point(at: 5)
                #expect(point?.x == 26 + Double(i) / 1000)
                #expect(point?.y == 40 + Double(i) / 1000)
                #expect(point?.srid == 4326)
            }
            #expect(rows == 500)
            #expect(seen == 500)
        }
    }

    @Test("Text COPY TO STDOUT streams the server's lines")
    func copyOutText() async throws {
        try await withConnection { connection, _ in
            _ = try Self.fill(connection, count: 3)
            var lines: [String] = []
            let rows = try connection.copyOut(
                "COPY (SELECT id, employees, share, active FROM firms ORDER BY id) TO STDOUT (FORMAT csv)"
            ) { bytes in lines.append(String(decoding: bytes, as: UTF8.self)) }
            #expect(rows == 3)
            #expect(lines == ["F1,1,0.125,f\n", "F2,2,0.25,t\n", "F3,3,0.375,f\n"])
        }
    }

    @Test("An empty result copies zero rows in both formats")
    func emptyCopy() async throws {
        try await withConnection { connection, _ in
            _ = try Self.fill(connection, count: 1)
            let binary = try connection.copyOutBinary("COPY (SELECT id FROM firms WHERE false) TO STDOUT (FORMAT binary)") { _ in
                Issue.record("no row expected")
            }
            let text = try connection.copyOut("COPY (SELECT id FROM firms WHERE false) TO STDOUT") { _ in
                Issue.record("no row expected")
            }
            #expect(binary == 0 && text == 0)
        }
    }

    @Test("When the reader throws mid-COPY, the statement is cancelled and the connection is usable")
    func copyOutStopped() async throws {
        try await withConnection { connection, _ in
            _ = try Self.fill(connection, count: 5000)
            var seen = 0
            #expect(throws: Planned.self) {
                try connection.copyOutBinary("COPY firms TO STDOUT (FORMAT binary)") { _ in
                    seen += 1
                    if seen == 10 { throw Planned() }
                }
            }
            #expect(seen == 10)
            #expect(try connection.execute("SELECT count(*) FROM firms").rows == [[.int(5000)]])
        }
    }

    @Test("When the writer throws mid-COPY, the server keeps none of the rows")
    func copyInStopped() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            #expect(throws: Planned.self) {
                try connection.copyIn("COPY t FROM STDIN") { writer in
                    for i in 1...100_000 { try writer.write("\(i)\n") }
                    throw Planned()
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(0)]])
        }
    }

    @Test("A value the column cannot take fails the COPY with the server's message naming the line")
    func copyInBadValue() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            let error = try #require(throws: PostgresError.self) {
                try connection.copyIn("COPY t FROM STDIN") { writer in try writer.write("1\n2\nthree\n") }
            }
            #expect(error.sqlState == "22P02")
            #expect(error.message == "invalid input syntax for type integer: \"three\"")
            #expect(try connection.execute("SELECT count(*) FROM t").rows == [[.int(0)]])
        }
    }

    @Test("A statement that is not COPY … TO STDOUT is refused by copyOut, and one not FROM STDIN by copyIn")
    func wrongDirection() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE t (n integer)")
            #expect(throws: PostgresError.self) { try connection.copyOut("SELECT 1") { _ in } }
            #expect(throws: PostgresError.self) { try connection.copyOut("COPY t FROM STDIN") { _ in } }
            #expect(throws: PostgresError.self) { try connection.copyIn("COPY t TO STDOUT") { _ in } }
            #expect(try connection.execute("SELECT 3").rows == [[.int(3)]])
        }
    }
}

/// A little-endian EWKB point, written out byte by byte: byte order 1, type 0x20000001 (point with SRID), the
/// SRID, x, y.
func pointEWKB(x: Double, y: Double, srid: Int32) throws -> EWKB {
    var bytes: [UInt8] = [1, 0x01, 0x00, 0x00, 0x20]
    withUnsafeBytes(of: srid.littleEndian) { bytes += $0 }
    withUnsafeBytes(of: x.bitPattern.littleEndian) { bytes += $0 }
    withUnsafeBytes(of: y.bitPattern.littleEndian) { bytes += $0 }
    return try EWKB(bytes: bytes)
}
