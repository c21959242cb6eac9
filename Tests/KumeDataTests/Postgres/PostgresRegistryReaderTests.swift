import Foundation
import KumeData
import KumePostgres
import KumePostgresTesting
import Testing

@Suite("PostgresRegistryReader")
struct PostgresRegistryReaderTests {
    /// A registry CSV of `rows` firms in Bursa and Kocaeli, written out here: ids F1…, NACE 29.10/25.62 alternating,
    /// points on a small grid, employees i, every 7th without employees.
    static func registryCSV(rows: Int) -> String {
        var text = "id,name,type,nace,lat,lon,employees,province,district\n"
        for i in 1...rows {
            let nace = i % 2 == 0 ? "29.10" : "25.62"
            let (province, district) = i % 3 == 0 ? ("Kocaeli", "Gebze") : ("Bursa", "Nilüfer")
            let lat = 40.1 + Double(i % 37) * 0.013_7
            let lon = 28.9 + Double(i % 41) * 0.011_3
            let employees = i % 7 == 0 ? "" : "\(i)"
            text += "F\(i),\"Firma \(i), A.Ş.\",firm,\(nace),\(lat),\(lon),\(employees),\(province),\(district)\n"
        }
        return text
    }

    /// Loads `csv` into `firms_raw` and makes `firms` with a `geometry(Point, srid)` column (transformed by PostGIS
    /// when srid is not 4326) and the other columns.
    static func load(_ csv: String, into connection: PostgresConnection, srid: Int = 4326) throws {
        try connection.execute(
            """
            CREATE TABLE firms_raw (id text, name text, type text, nace text, lat double precision,
                                    lon double precision, employees integer, province text, district text)
            """)
        try connection.copyIn("COPY firms_raw FROM STDIN (FORMAT csv, HEADER true)") { try $0.write(csv) }
        try connection.execute(
            """
            CREATE TABLE firms AS SELECT id, name, type, nace, employees, province, district,
              ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), \(srid))::geometry(Point, \(srid)) AS geom
            FROM firms_raw
            """)
    }

    @Test("A PostGIS table reads into the same registry as its CSV, coordinates bit for bit")
    func sameAsCSV() async throws {
        let csv = Self.registryCSV(rows: 3000)
        let expected = try RegistryReader.read(data: Array(csv.utf8), name: "firms.csv")
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            try Self.load(csv, into: PostgresConnection(conninfo: database.conninfo))
            let source = try PostgresTableSource(argument: "PG:\(database.conninfo) tables=firms")
            let registry = try await PostgresRegistryReader.read(source)
            #expect(registry.count == 3000)
            #expect((0..<registry.count).map { registry.ids[$0] } == (0..<expected.count).map { expected.ids[$0] })
            #expect((0..<registry.count).map { registry.names[$0] } == (0..<expected.count).map { expected.names[$0] })
            #expect(registry.coordinates.map(\.x) == expected.coordinates.map(\.x))
            #expect(registry.coordinates.map(\.y) == expected.coordinates.map(\.y))
            #expect(registry.naceIndices == expected.naceIndices)
            #expect(registry.employees == expected.employees)
            #expect(registry.provincePlates == expected.provincePlates)
            #expect(registry.districtIndices == expected.districtIndices)
            #expect(registry.coordinateFrame == .wgs84LongitudeLatitude)
            #expect(registry.source == "PG:firms")
        }
    }

    @Test("Points stored in UTM 35N (EPSG:32635) come back in longitude, latitude within 1e-9 degrees")
    func projectedGeometry() async throws {
        let csv = Self.registryCSV(rows: 200)
        let expected = try RegistryReader.read(data: Array(csv.utf8), name: "firms.csv")
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            try Self.load(csv, into: PostgresConnection(conninfo: database.conninfo), srid: 32635)
            let registry = try await PostgresRegistryReader.read(
                PostgresTableSource(argument: "PG:\(database.conninfo) tables=public.firms(geom)"))
            #expect(registry.coordinateFrame == .wgs84LongitudeLatitude)
            for (got, want) in zip(registry.coordinates, expected.coordinates) {
                #expect(abs(got.x - want.x) < 1e-9 && abs(got.y - want.y) < 1e-9)
            }
        }
    }

    @Test("Without a geometry, Turkish column names are the files' aliases; --sql picks the rows")
    func latitudeLongitudeColumnsAndSQL() async throws {
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute("CREATE TABLE kayit (sira_no text, firma_adi text, nace_kodu text, enlem float8, boylam float8)")
            try connection.copyIn("COPY kayit FROM STDIN (FORMAT csv)") { writer in
                try writer.write("K1,Bir,29.10,40.2,29.0\nK2,İki,29.32,40.3,29.1\nK3,Üç,25.62,41.0,29.2\n")
            }
            let source = try PostgresTableSource(
                argument: "PG:\(database.conninfo)", sql: "SELECT * FROM kayit WHERE nace_kodu LIKE '29%' ORDER BY sira_no")
            let registry = try await PostgresRegistryReader.read(source)
            #expect((0..<registry.count).map { registry.ids[$0] } == ["K1", "K2"])
            #expect(registry.names[1] == "İki")
            #expect(registry.coordinates.map(\.y) == [40.2, 40.3])
            #expect(registry.source == "PG:(SQL query)")
        }
    }

    @Test("A bad value is reported as in a file, naming the table, the row's id and the column")
    func badValueNamed() async throws {
        let csv = Self.registryCSV(rows: 50).replacingOccurrences(of: "F17,\"Firma 17, A.Ş.\",firm,25.62",
                                                                   with: "F17,\"Firma 17, A.Ş.\",firm,99.99")
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            try Self.load(csv, into: PostgresConnection(conninfo: database.conninfo))
            let error = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(argument: "PG:\(database.conninfo) tables=firms"))
            }
            let issue = try #require(error?.issues.first)
            #expect(issue.file == "PG:firms")
            #expect(issue.problem == "id F17, column nace: unknown NACE code '99.99'")
            #expect(issue.line == 17)
        }
    }

    @Test("A name holding line breaks does not shift the row named in a later problem")
    func lineBreaksInValues() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute("CREATE TABLE nl (n integer, id text, name text, type text, nace text, lat float8, lon float8)")
            try connection.execute(
                """
                INSERT INTO nl VALUES (1, 'A1', E'Bir\\nİki\\nÜç', 'firm', '29.10', 40.2, 29.0),
                  (2, 'A2', 'Düz "tırnak"', 'firm', '29.10', 40.2, 29.0), (3, 'A3', 'Kötü', 'firm', '99.99', 40.2, 29.0)
                """)
            let error = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(
                    argument: "PG:\(database.conninfo)", sql: "SELECT id, name, type, nace, lat, lon FROM nl ORDER BY n"))
            }
            let issue = try #require(error?.issues.first)
            #expect(issue.line == 3)
            #expect(issue.problem == "id A3, column nace: unknown NACE code '99.99'")
        }
    }

    @Test("A missing table, a geometry that is not a point, and a write in --sql are refused with clear messages")
    func refusals() async throws {
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute("CREATE TABLE zones (id text, name text, nace text, geom geometry(Polygon, 4326))")
            try connection.execute(
                "INSERT INTO zones VALUES ('Z1', 'OSB', '29.10', 'SRID=4326;POLYGON((29 40,29.1 40,29.1 40.1,29 40))')")
            try connection.execute("CREATE SEQUENCE s")
            let missing = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(argument: "PG:\(database.conninfo) tables=nowhere"))
            }
            #expect(missing?.description.contains("the table does not exist") == true)
            let polygon = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(argument: "PG:\(database.conninfo) tables=zones"))
            }
            #expect(polygon?.issues.first?.problem == "row id Z1, column geom: a POLYGON, not a point")
            let write = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(
                    argument: "PG:\(database.conninfo)", sql: "SELECT id, name, nace, nextval('s') AS n FROM zones"))
            }
            #expect(write?.description.contains("read-only transaction") == true, "\(write?.description ?? "")")
        }
    }

    @Test("A wrong password fails with the server's message and without the password")
    func passwordNotShown() async throws {
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase(postgis: false) { database in
            let secret = "N0t-the-Passw0rd"
            let argument = "PG:\(database.tcpConninfo(includingPassword: false)) password=\(secret) tables=firms"
            let error = await #expect(throws: InputError.self) {
                try await PostgresRegistryReader.read(PostgresTableSource(argument: argument))
            }
            #expect(error?.description.contains("password authentication failed") == true)
            #expect(error?.description.contains(secret) == false)
        }
    }

    @Test("GDAL's connection form: tables= with schema and geometry column, several tables refused",
          arguments: [
              ("PG:dbname=kume tables=firms", "dbname=kume", nil as String?, "firms", nil as String?),
              ("PG:dbname=kume host=127.0.0.1 tables=kayit.firms(geom) port=5433", "dbname=kume host=127.0.0.1 port=5433",
               "kayit", "firms", "geom"),
              ("PG:dbname='my db' tables=firms", "dbname='my db'", nil, "firms", nil),
              ("PG:postgresql://ali@db.example:5433/kume?sslmode=require tables=firms(konum)",
               "postgresql://ali@db.example:5433/kume?sslmode=require", nil, "firms", "konum"),
          ])
    func connectionForm(argument: String, conninfo: String, schema: String?, table: String, geometry: String?) throws {
        let source = try PostgresTableSource(argument: argument)
        #expect(source.conninfo == conninfo)
        #expect(source.schema == schema && source.table == table && source.geometryColumn == geometry)
        #expect(throws: InputError.self) { try PostgresTableSource(argument: "PG:dbname=kume tables=a,b") }
        #expect(throws: InputError.self) { try PostgresTableSource(argument: "PG:dbname=kume") }
        #expect(throws: InputError.self) { try PostgresTableSource(argument: "PG:dbname=kume tables=a", sql: "SELECT 1") }
        #expect(throws: InputError.self) { try PostgresTableSource(argument: "PG:postgresql://h/kume port=5 tables=a") }
    }
}
