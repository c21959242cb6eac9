import Foundation
import KumeData
import KumePostgres
import KumePostgresTesting
import Testing

@Suite("PostgresRosterReader")
struct PostgresRosterReaderTests {
    /// The bundled Bursa roster's CSV loaded into `roster_raw`, and `members` with its columns and a point in `srid`
    /// (transformed by PostGIS when not 4326) instead of lat/lon.
    static func load(into connection: PostgresConnection, srid: Int = 4326) throws -> String {
        let path = InputTestSupport.dataFile("examples/bursa-automotive.csv").path
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        try connection.execute(
            """
            CREATE TABLE roster_raw (id text, name text, type text, nace text, lat float8, lon float8, employees integer,
                                     committed text, province text, district text, role text)
            """)
        try connection.copyIn("COPY roster_raw FROM STDIN (FORMAT csv, HEADER true)") { try $0.write(csv) }
        try connection.execute(
            """
            CREATE TABLE members AS SELECT id, name, type, nace, employees, committed, province, district, role,
              ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), \(srid))::geometry(Point, \(srid)) AS geom
            FROM roster_raw
            """)
        return path
    }

    @Test("A roster table with a point column reads into the same members as the bundled CSV")
    func sameAsCSV() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let path = try Self.load(into: PostgresConnection(conninfo: database.conninfo))
            let expected = try RosterReader.read(path: path)
            let roster = try RosterInput.read("PG:\(database.conninfo) tables=members")
            #expect(roster.source == "PG:members")
            // F035 has no coordinates in the CSV: the warning names its row (35) in the table, as errors do.
            #expect(expected.warnings.map(\.location) == ["\(path):36"])
            #expect(roster.warnings.map(\.location) == ["PG:members:35"])
            #expect(roster.warnings.map(\.message) == expected.warnings.map(\.message))
            #expect(roster.members.count == expected.members.count)
            for (got, want) in zip(roster.members, expected.members) {
                #expect(got.id == want.id && got.name == want.name && got.type == want.type && got.nace == want.nace)
                #expect(got.location == want.location && got.employees == want.employees && got.committed == want.committed)
                #expect(got.province == want.province && got.district == want.district)
            }
        }
    }

    @Test("Points stored in Web Mercator (EPSG:3857) come back within 1e-9 degrees; --sql picks the members")
    func projectedAndSQL() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let path = try Self.load(into: PostgresConnection(conninfo: database.conninfo), srid: 3857)
            let expected = try RosterReader.read(path: path).members.filter { $0.type == .firm }
            let roster = try RosterInput.read(
                "PG:\(database.conninfo)", sql: "SELECT * FROM members WHERE type = 'firm' ORDER BY id")
            #expect(roster.members.map(\.id) == expected.map(\.id))
            for (got, want) in zip(roster.members, expected) {
                let (a, b) = (try #require(got.location), try #require(want.location))
                #expect(abs(a.x - b.x) < 1e-9 && abs(a.y - b.y) < 1e-9)
            }
        }
    }

    @Test("A bad NACE code names the table, the member's id and the column; a missing column is the files' error")
    func problemsNamed() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            _ = try Self.load(into: connection)
            try connection.execute("UPDATE members SET nace = '99.99' WHERE id = 'F004'")
            let bad = #expect(throws: InputError.self) { try RosterInput.read("PG:\(database.conninfo) tables=members") }
            let issue = try #require(bad?.issues.first)
            #expect(issue.file == "PG:members")
            #expect(issue.problem.hasPrefix("id F004, column nace: "), "\(issue.problem)")
            #expect(issue.problem.contains("99.99"))
            let missing = #expect(throws: InputError.self) {
                try RosterInput.read("PG:\(database.conninfo)", sql: "SELECT id, name, nace FROM roster_raw")
            }
            #expect(missing?.issues.first?.file == "PG:(SQL query)")
            #expect(missing?.description.contains("type") == true, "\(missing?.description ?? "")")
        }
    }

    @Test("A server that does not answer is a clear error naming the source, with no password")
    func unreachable() throws {
        let error = #expect(throws: InputError.self) {
            try RosterInput.read("PG:host=127.0.0.1 port=1 dbname=kume password=S3cret-Pw connect_timeout=2 tables=members")
        }
        #expect(error?.issues.first?.file == "PG:members")
        #expect(error?.description.contains("Connection refused") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("S3cret-Pw") == false)
    }

    @Test("--sql with a file, and --sheet with a PG: source, are refused")
    func refusals() {
        #expect(throws: InputError.self) {
            try RosterInput.read(InputTestSupport.dataFile("examples/bursa-automotive.csv").path, sql: "SELECT 1")
        }
        #expect(throws: InputError.self) {
            try RosterInput.read("PG:dbname=kume tables=members", options: RosterReader.Options(sheet: "1"))
        }
    }
}
