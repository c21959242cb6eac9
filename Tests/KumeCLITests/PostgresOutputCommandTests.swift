import Foundation
import KumePostgres
import KumePostgresTesting
import Testing

/// Maps written to PostGIS with `-o 'PG:…'` (and `rank --map 'PG:…'`), opened with GDAL's own ogrinfo through its
/// PostgreSQL driver, as QGIS opens them, and checked with PostGIS.
@Suite("kume writing to PostGIS")
struct PostgresOutputCommandTests {
    private func ogrinfo(_ arguments: [String]) throws -> String {
        let tool = try #require(
            ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogrinfo is missing: scripts/test installs gdal-bin")
        return try Shell.run(tool, arguments)
    }

    /// The fields ogrinfo lists for a layer (`name: Type (width.precision)` lines), as `name: Type`.
    private func fields(_ summary: String) -> [String] {
        summary.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, !line.hasPrefix(" "), !line.hasPrefix("\t"),
                  let type = parts[1].split(separator: " ").first,
                  ["String", "Integer", "Integer64", "Real"].contains(type)
                  || parts[1].hasPrefix(" Integer(Boolean)") else { return nil }
            return "\(parts[0]): \(parts[1].hasPrefix(" Integer(Boolean)") ? "Integer(Boolean)" : String(type))"
        }
    }

    @Test("detect -o 'PG:…' --with-firms: candidates and firms as tables QGIS opens, typed and valid in 4326, like the GeoPackage")
    func detectTables() async throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv").path
        let synth = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "3", "-o", registry])
        #expect(synth.status == 0, "\(synth.standardError)")
        let gpkg = folder.appendingPathComponent("candidates.gpkg").path
        let file = try KumeExecutable.run(["detect", registry, "--sector", "29", "--with-firms", "-o", gpkg])
        #expect(file.status == 0, "\(file.standardError)")
        try await PostgresTestCluster.shared().withDatabase { database in
            let output = "PG:\(database.tcpConninfo(includingPassword: true))"
            let result = try KumeExecutable.run(["detect", registry, "--sector", "29", "--with-firms", "-o", output])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.contains("candidates written to PG:kume_candidates, PG:kume_firms"), "\(result.standardError)")
            #expect(!result.standardError.contains(database.password))
            let source = "PG:\(database.conninfo)"
            let listing = try ogrinfo(["-ro", "-q", source])
            #expect(listing.contains("kume_candidates (Multi Polygon)"), "\(listing)")
            #expect(listing.contains("kume_firms (Point)"), "\(listing)")
            for layer in ["candidates", "firms"] {
                let fromDatabase = try ogrinfo(["-ro", "-so", source, "kume_" + layer])
                let fromFile = try ogrinfo(["-ro", "-so", gpkg, layer])
                #expect(fromDatabase.contains("ID[\"EPSG\",4326]"), "\(fromDatabase)")
                #expect(fromDatabase.contains("Geometry Column = geom"), "\(fromDatabase)")
                let count = fromFile.split(separator: "\n").first { $0.hasPrefix("Feature Count:") }
                #expect(count != nil && fromDatabase.contains(String(count ?? "")), "\(layer): \(fromDatabase)")
                // The same columns in the same order; integers are bigint (Integer64), the file's 32-bit where they fit.
                let expected = fields(fromFile).map { $0.replacingOccurrences(of: ": Integer", with: ": Integer64")
                    .replacingOccurrences(of: "Integer64(Boolean)", with: "Integer(Boolean)") }
                #expect(!expected.isEmpty)
                #expect(fields(fromDatabase) == expected, "\(layer)")
            }
            let connection = try PostgresConnection(conninfo: database.conninfo)
            let validity = try connection.execute(
                "SELECT count(*), count(*) FILTER (WHERE ST_IsValid(geom) AND ST_SRID(geom) = 4326) FROM kume_candidates").rows
            #expect(validity.first?[0] == validity.first?[1])
            #expect(validity.first?[0] != .int(0))
            // Each candidate's area as PostGIS measures it on the spheroid agrees with the area kume reports.
            let areas = try connection.execute(
                "SELECT max(abs(ST_Area(geom::geography) / 1e6 / area_km2 - 1)) FROM kume_candidates").rows
            if case .double(let worst) = areas.first?[0] { #expect(worst < 0.01) } else { Issue.record("no area: \(areas)") }
            // A run that finds nothing replaces the tables with empty ones: no earlier candidates stay behind.
            let none = try KumeExecutable.run(
                ["detect", registry, "--sector", "29", "--with-firms", "--min-candidate-firms", "100000", "-o", output, "--overwrite"])
            #expect(none.status == 0, "\(none.standardError)")
            #expect(try connection.execute("SELECT (SELECT count(*) FROM kume_candidates), (SELECT count(*) FROM kume_firms)").rows
                    == [[.int(0), .int(0)]])
        }
    }

    @Test("check -o 'PG:…' --layer-prefix: an existing table exits 2 naming it and changes nothing; --overwrite replaces it")
    func checkTables() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let output = "PG:\(database.conninfo)"
            let first = try KumeExecutable.run(["check", GISOutputTests.bursa, "-o", output, "--layer-prefix", "bursa_", "--no-robustness"])
            #expect(first.status == 0, "\(first.standardError)")
            #expect(first.standardError.contains("map written to PG:bursa_members, PG:bursa_geography"), "\(first.standardError)")
            let connection = try PostgresConnection(conninfo: database.conninfo)
            #expect(try connection.execute("SELECT count(*) FROM bursa_members").rows == [[.int(40)]])
            try connection.execute("DELETE FROM bursa_members WHERE fid > 10")
            let again = try KumeExecutable.run(["check", GISOutputTests.bursa, "-o", output, "--layer-prefix", "bursa_", "--no-robustness"])
            #expect(again.status == 2)
            #expect(again.standardError.contains("PG:bursa_members: cannot write the table (the table already exists)"), "\(again.standardError)")
            #expect(again.standardError.contains("give --overwrite to replace it, or change --layer-prefix"), "\(again.standardError)")
            #expect(try connection.execute("SELECT count(*) FROM bursa_members").rows == [[.int(10)]])
            let replaced = try KumeExecutable.run(
                ["check", GISOutputTests.bursa, "-o", output, "--layer-prefix", "bursa_", "--overwrite", "--no-robustness"])
            #expect(replaced.status == 0, "\(replaced.standardError)")
            #expect(try connection.execute("SELECT count(*) FROM bursa_members").rows == [[.int(40)]])
            let types = try connection.execute(
                """
                SELECT column_name::text, data_type::text FROM information_schema.columns
                WHERE table_name = 'bursa_members' AND column_name IN ('committed', 'employees', 'distance_km', 'nace')
                ORDER BY column_name
                """).rows
            #expect(types == [[.text("committed"), .text("boolean")], [.text("distance_km"), .text("double precision")],
                              [.text("employees"), .text("bigint")], [.text("nace"), .text("text")]])
            #expect(try connection.execute("SELECT bool_and(ST_IsValid(geom)) FROM bursa_geography").rows == [[.bool(true)]])
        }
    }

    @Test("portfolio -o 'PG:…' writes kume_clusters, one valid multipolygon per cluster")
    func portfolioTable() async throws {
        let example = PortfolioCommandTests.example
        try await PostgresTestCluster.shared().withDatabase { database in
            let result = try KumeExecutable.run(["portfolio", example.path, "-o", "PG:\(database.conninfo)", "--format", "csv"])
            #expect(result.status == 0, "\(result.standardError)")
            let rows = try PostgresConnection(conninfo: database.conninfo).execute(
                "SELECT count(*), bool_and(ST_IsValid(geom)), min(cluster) FROM kume_clusters").rows
            #expect(rows == [[.int(6), .bool(true), .text("bursa-automotive")]])
        }
    }

    @Test("rank --map 'PG:…' writes the 81 provinces to kume_provinces")
    func rankTable() async throws {
        let repository = BoundaryCommandTests.repository
        try #require(FileManager.default.fileExists(atPath: repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path),
                     "scripts/test fetches the district polygons into boundaries/")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv").path
        _ = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "5", "-o", registry])
        try await PostgresTestCluster.shared().withDatabase { database in
            let result = try KumeExecutable.run(
                ["rank", registry, "--weight", "firms", "--map", "PG:\(database.conninfo)", "--sector", "31"], in: repository)
            #expect(result.status == 0, "\(result.standardError)")
            let rows = try PostgresConnection(conninfo: database.conninfo).execute(
                "SELECT count(*), bool_and(ST_IsValid(geom)), (SELECT province FROM kume_provinces ORDER BY lq DESC NULLS LAST LIMIT 1) FROM kume_provinces").rows
            // data/synthetic/planted_clusters.csv plants the furniture cluster (NACE 31) in Kayseri.
            #expect(rows == [[.int(81), .bool(true), .text("Kayseri")]])
        }
    }

    @Test("--layer-prefix and --overwrite without a PG: output, and PG: where files are written, exit 2 without the password")
    func refusals() throws {
        let secret = "Gizli-Parola-42"
        for arguments in [
            ["check", GISOutputTests.bursa, "-o", "/tmp/map.gpkg", "--overwrite"],
            ["check", GISOutputTests.bursa, "--layer-prefix", "x_"],
            ["detect", GISOutputTests.bursa, "-o", "/tmp/c.geojson", "--layer-prefix", "x_"],
            ["geography", GISOutputTests.bursa, "-o", "PG:dbname=kume password=\(secret)"],
            ["detect", GISOutputTests.bursa, "-o", "PG:dbname=kume password=\(secret) tables=firms"],
        ] {
            let result = try KumeExecutable.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.standardError)")
            #expect(!result.standardError.contains(secret), "\(result.standardError)")
            #expect(!result.standardError.contains("CommandError"), "\(result.standardError)")
        }
        let tables = try KumeExecutable.run(["check", GISOutputTests.bursa, "-o", "PG:dbname=kume tables=members"])
        #expect(tables.standardError.contains("'tables=' is given for an output, whose tables the layers name"), "\(tables.standardError)")
        let unreachable = try KumeExecutable.run(
            ["check", GISOutputTests.bursa, "-o", "PG:host=127.0.0.1 port=1 dbname=kume password=\(secret) connect_timeout=5"])
        #expect(unreachable.status == 2)
        #expect(unreachable.standardError.contains("cannot connect"), "\(unreachable.standardError)")
        #expect(!unreachable.standardError.contains(secret))
    }
}
