import Foundation
import KumePostgres
import KumePostgresTesting
import Testing

@Suite("kume with a PostGIS registry")
struct PostgresRegistryCommandTests {
    /// A 20 000-firm synthetic registry (seed 3) as CSV, and the same rows in a PostGIS table `firms` with a
    /// `geometry(Point, 4326)` column; the body gets the CSV and the `PG:` argument.
    func withRegistry(_ body: (URL, String, PostgresTestDatabase) throws -> Void) async throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv")
        let synth = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "3", "-o", registry.path])
        #expect(synth.status == 0, "\(synth.standardError)")
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute(
                """
                CREATE TEMP TABLE raw (id text, name text, type text, nace text, lat float8, lon float8,
                                       employees integer, province text, district text)
                """)
            let text = try String(contentsOf: registry, encoding: .utf8)
            try connection.copyIn("COPY raw FROM STDIN (FORMAT csv, HEADER true)") { try $0.write(text) }
            try connection.execute(
                """
                CREATE TABLE firms AS SELECT id, name, type, nace, employees, province, district,
                  ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geometry(Point, 4326) AS geom FROM raw
                """)
            try body(folder, "PG:\(database.conninfo) tables=firms", database)
        }
    }

    @Test("kume detect on the PostGIS table writes the same candidate CSV, byte for byte, as on the CSV file")
    func detectIdentical() async throws {
        try await withRegistry { folder, source, _ in
            let fromFile = folder.appendingPathComponent("file.csv")
            let fromDatabase = folder.appendingPathComponent("database.csv")
            let file = try KumeExecutable.run(
                ["detect", folder.appendingPathComponent("registry.csv").path, "--sector", "29", "--csv", fromFile.path])
            let database = try KumeExecutable.run(["detect", source, "--sector", "29", "--csv", fromDatabase.path])
            #expect(file.status == 0, "\(file.standardError)")
            #expect(database.status == file.status, "\(database.standardError)")
            let expected = try Data(contentsOf: fromFile)
            #expect(!expected.isEmpty)
            #expect(try Data(contentsOf: fromDatabase) == expected)
        }
    }

    @Test("kume detect --engine postgis clusters in the database and writes the same candidate CSV, byte for byte, as kume's engine")
    func detectEnginePostGIS() async throws {
        try await withRegistry { folder, source, _ in
            let ownEngine = folder.appendingPathComponent("kume.csv")
            let databaseEngine = folder.appendingPathComponent("postgis.csv")
            for sector in [["--sector", "29"], ["--level", "division"]] {
                let own = try KumeExecutable.run(["detect", source, "--csv", ownEngine.path] + sector)
                let database = try KumeExecutable.run(["detect", source, "--engine", "postgis", "--csv", databaseEngine.path] + sector)
                #expect(own.status == 0, "\(own.standardError)")
                #expect(database.status == 0, "\(database.standardError)")
                let expected = try Data(contentsOf: ownEngine)
                #expect(expected.count > 200, "\(sector): candidates worth comparing")
                #expect(try Data(contentsOf: databaseEngine) == expected, "\(sector)")
                #expect(database.standardOutput == own.standardOutput)
            }
        }
    }

    @Test("--engine postgis without a PG: registry, or with HDBSCAN, exits 2")
    func enginePostGISRefusals() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv").path
        _ = try KumeExecutable.run(["synth", "--firms", "2000", "--seed", "3", "-o", registry])
        let file = try KumeExecutable.run(["detect", registry, "--engine", "postgis"])
        #expect(file.status == 2)
        #expect(file.standardError.contains("give a PG: registry"), "\(file.standardError)")
        let hdbscan = try KumeExecutable.run(["detect", "PG:dbname=kume tables=firms", "--engine", "postgis", "--method", "hdbscan"])
        #expect(hdbscan.status == 2)
        #expect(hdbscan.standardError.contains("not HDBSCAN"), "\(hdbscan.standardError)")
    }

    @Test("kume rank on the PostGIS table prints what it prints for the CSV file")
    func rankIdentical() async throws {
        try await withRegistry { folder, source, _ in
            let file = try KumeExecutable.run(
                ["rank", folder.appendingPathComponent("registry.csv").path, "--weight", "firms", "--format", "csv"])
            let database = try KumeExecutable.run(["rank", source, "--weight", "firms", "--format", "csv"])
            #expect(file.status == 0, "\(file.standardError)")
            #expect(database.status == 0, "\(database.standardError)")
            #expect(database.standardOutput == file.standardOutput)
        }
    }

    @Test("A missing table exits 2 naming it; --sql with a file exits 2")
    func refusals() async throws {
        try await withRegistry { folder, source, database in
            let missing = try KumeExecutable.run(["detect", "PG:\(database.conninfo) tables=nowhere"])
            #expect(missing.status == 2)
            #expect(missing.standardError.contains("PG:nowhere"))
            #expect(missing.standardError.contains("does not exist"))
            let sqlWithFile = try KumeExecutable.run(
                ["detect", folder.appendingPathComponent("registry.csv").path, "--sql", "SELECT 1"])
            #expect(sqlWithFile.status == 2)
            let both = try KumeExecutable.run(["detect", source, "--sql", "SELECT * FROM firms"])
            #expect(both.status == 2)
            #expect(both.standardError.contains("both tables= and --sql"))
        }
    }

    @Test("kume check on a PostGIS roster table gives the CSV's verdict and map, byte for byte but the source's name")
    func checkRosterIdentical() async throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/examples/bursa-automotive.csv")
        try await PostgresTestCluster.shared().withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute(
                """
                CREATE TEMP TABLE raw (id text, name text, type text, nace text, lat float8, lon float8,
                                       employees integer, committed text, province text, district text, role text)
                """)
            let text = try String(contentsOf: csv, encoding: .utf8)
            try connection.copyIn("COPY raw FROM STDIN (FORMAT csv, HEADER true)") { try $0.write(text) }
            try connection.execute(
                """
                CREATE TABLE uyeler AS SELECT id, name, type, nace, employees, committed, province, district, role,
                  ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geometry(Point, 4326) AS geom FROM raw
                """)
            let fileMap = folder.appendingPathComponent("file.geojson"), databaseMap = folder.appendingPathComponent("db.geojson")
            let file = try KumeExecutable.run(["check", csv.path, "--report", "json", "-o", fileMap.path])
            let fromDatabase = try KumeExecutable.run(
                ["check", "PG:\(database.conninfo) tables=uyeler", "--report", "json", "-o", databaseMap.path])
            #expect(file.status == 0, "\(file.standardError)")
            #expect(fromDatabase.status == file.status, "\(fromDatabase.standardError)")
            // The one warning (F035 has no coordinates) names CSV line 36 in the file, row 35 in the table.
            let named = { (text: String) in
                text.replacingOccurrences(of: csv.path + ":36", with: "ROSTER:35").replacingOccurrences(of: csv.path, with: "ROSTER")
            }
            #expect(file.standardOutput.contains(csv.path + ":36"))
            #expect(!file.standardOutput.isEmpty)
            #expect(named(file.standardOutput) == fromDatabase.standardOutput.replacingOccurrences(of: "PG:uyeler", with: "ROSTER"))
            let maps = try [fileMap, databaseMap].map { try String(contentsOf: $0, encoding: .utf8) }
            #expect(named(maps[0]) == maps[1].replacingOccurrences(of: "PG:uyeler", with: "ROSTER"))
        }
    }

    @Test("A server that does not answer exits 2 naming the source, never the password")
    func unreachable() throws {
        let secret = "S3cret-Pw"
        for arguments in [
            ["detect", "PG:host=127.0.0.1 port=1 dbname=kume password=\(secret) tables=firms"],
            ["check", "PG:host=127.0.0.1 port=1 dbname=kume password=\(secret) tables=members"],
            ["rank", "PG:postgresql://kume:\(secret)@127.0.0.1:1/kume?connect_timeout=5", "--sql", "SELECT * FROM firms"],
        ] {
            let result = try KumeExecutable.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("cannot connect"), "\(result.standardError)")
            #expect(!result.standardError.contains(secret))
        }
    }
}
