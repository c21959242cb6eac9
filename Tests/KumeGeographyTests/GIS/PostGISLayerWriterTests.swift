import Foundation
import KumeData
import KumeGeo
import KumePostgres
import KumePostgresTesting
import Testing

@testable import KumeGeography

/// Layers written as PostGIS tables, read back with SQL in a throwaway cluster.
@Suite("PostGISLayerWriter")
struct PostGISLayerWriterTests {
    private static func point(_ longitude: Double, _ latitude: Double, _ properties: [(key: String, value: GeoJSONValue)]) -> GeoJSONFeature {
        GeoJSONFeature(geometry: .point(Coordinate(longitude: longitude, latitude: latitude)), properties: properties)
    }

    /// A counter-clockwise square of `side` degrees at (29, 40).
    private static func square(_ side: Double, _ properties: [(key: String, value: GeoJSONValue)]) -> GeoJSONFeature {
        let ring = [(29.0, 40.0), (29 + side, 40.0), (29 + side, 40 + side), (29.0, 40 + side), (29.0, 40.0)]
            .map { Coordinate(longitude: $0.0, latitude: $0.1) }
        return GeoJSONFeature(geometry: .polygons([[ring]]), properties: properties)
    }

    private static let members = FeatureLayer(name: "members", features: [
        point(29.061, 40.182, [("id", .string("F001")), ("employees", .integer(12)), ("distance_km", .number(0, decimals: 3)),
                               ("inside", .bool(true)), ("nace", .string("29.10"))]),
        point(29.5, 40.3, [("id", .string("F002")), ("employees", .null), ("distance_km", .number(3.14159, decimals: 3)),
                           ("inside", .bool(false)), ("nace", .string("29.32"))]),
        GeoJSONFeature(geometry: .none, properties: [("id", .string("F003")), ("employees", .integer(5_000_000_000)),
                                                     ("distance_km", .null), ("inside", .null), ("nace", .null)]),
    ])
    private static let geography = FeatureLayer(name: "geography", features: [square(0.5, [("method", .string("hull-buffer")), ("area_km2", .number(1806.83, decimals: 2))])])

    @Test("Each layer becomes a table with typed columns, a 4326 geometry column with a GIST index, and the features' values")
    func writesTypedTables() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let target = try PostgresOutputTarget(argument: "PG:\(database.conninfo)")
            let written = try PostGISLayerWriter.write([Self.members, Self.geography], to: target, overwrite: false)
            #expect(written == ["PG:kume_members", "PG:kume_geography"])
            let connection = try PostgresConnection(conninfo: database.conninfo)
            let types = try connection.execute(
                """
                SELECT column_name::text, data_type::text FROM information_schema.columns
                WHERE table_name = 'kume_members' ORDER BY ordinal_position
                """).rows
            #expect(types == [
                [.text("fid"), .text("bigint")], [.text("id"), .text("text")], [.text("employees"), .text("bigint")],
                [.text("distance_km"), .text("double precision")], [.text("inside"), .text("boolean")],
                [.text("nace"), .text("text")], [.text("geom"), .text("USER-DEFINED")],
            ])
            let geometryColumns = try connection.execute(
                "SELECT f_table_name::text, type::text, srid FROM geometry_columns ORDER BY f_table_name").rows
            #expect(geometryColumns == [[.text("kume_geography"), .text("MULTIPOLYGON"), .int(4326)],
                                        [.text("kume_members"), .text("POINT"), .int(4326)]])
            let indexes = try connection.execute(
                "SELECT tablename::text FROM pg_indexes WHERE indexdef LIKE '%USING gist (geom)' ORDER BY tablename").rows
            #expect(indexes == [[.text("kume_geography")], [.text("kume_members")]])
            let rows = try connection.execute(
                "SELECT fid, id, employees, distance_km, inside, nace, ST_X(geom), ST_Y(geom) FROM kume_members ORDER BY fid").rows
            #expect(rows == [
                [.int(1), .text("F001"), .int(12), .double(0), .bool(true), .text("29.10"), .double(29.061), .double(40.182)],
                // Reals are rounded to the decimals the map states, as in the GeoPackage.
                [.int(2), .text("F002"), .null, .double(3.142), .bool(false), .text("29.32"), .double(29.5), .double(40.3)],
                [.int(3), .text("F003"), .int(5_000_000_000), .null, .null, .null, .null, .null],
            ])
            // A 0.5° square: its area in square degrees, and valid.
            let square = try connection.execute(
                "SELECT ST_Area(geom), ST_IsValid(geom), ST_NumGeometries(geom), method, area_km2 FROM kume_geography").rows
            #expect(square == [[.double(0.25), .bool(true), .int(1), .text("hull-buffer"), .double(1806.83)]])
        }
    }

    @Test("An existing table is an error naming it and nothing is written; --overwrite replaces it")
    func existingTable() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            let connection = try PostgresConnection(conninfo: database.conninfo)
            try connection.execute("CREATE TABLE kume_geography (note text)")
            try connection.execute("INSERT INTO kume_geography VALUES ('kept')")
            let target = try PostgresOutputTarget(argument: "PG:\(database.conninfo)")
            #expect {
                try PostGISLayerWriter.write([Self.members, Self.geography], to: target, overwrite: false)
            } throws: { error in
                "\(error)" == "PG:kume_geography: cannot write the table (the table already exists) — give the overwrite setting to replace it, or change the table prefix setting"
            }
            // kume_members, written before kume_geography was found, was rolled back with it.
            #expect(try connection.execute("SELECT to_regclass('kume_members') IS NULL").rows == [[.bool(true)]])
            #expect(try connection.execute("SELECT note FROM kume_geography").rows == [[.text("kept")]])
            try PostGISLayerWriter.write([Self.members, Self.geography], to: target, overwrite: true)
            #expect(try connection.execute("SELECT count(*) FROM kume_members").rows == [[.int(3)]])
            #expect(try connection.execute("SELECT method FROM kume_geography").rows == [[.text("hull-buffer")]])
        }
    }

    @Test("A run failing mid-way leaves the previous tables as they were")
    func failureMidWay() async throws {
        try await PostgresTestCluster.shared().withDatabase { database in
            try PostgresConnection(conninfo: database.conninfo).execute("CREATE SCHEMA planning")
            let target = try PostgresOutputTarget(argument: "PG:\(database.conninfo)", layerPrefix: "planning.bursa_")
            try PostGISLayerWriter.write([Self.members, Self.geography], to: target, overwrite: false)
            // The second layer has a property of two types: refused after the first table was replaced.
            let broken = FeatureLayer(name: "geography", features: [
                Self.square(0.1, [("method", .string("hull-buffer"))]), Self.square(0.2, [("method", .integer(3))]),
            ])
            let fewer = FeatureLayer(name: "members", features: Array(Self.members.features.prefix(1)))
            #expect {
                try PostGISLayerWriter.write([fewer, broken], to: target, overwrite: true)
            } throws: { error in
                "\(error)".contains("PG:planning.bursa_geography") && "\(error)".contains("property 'method' of layer 'geography' is both")
            }
            let connection = try PostgresConnection(conninfo: database.conninfo)
            #expect(try connection.execute("SELECT count(*) FROM planning.bursa_members").rows == [[.int(3)]])
            #expect(try connection.execute("SELECT ST_Area(geom) FROM planning.bursa_geography").rows == [[.double(0.25)]])
        }
    }

    @Test("A failed connection names no password")
    func credentialsNotPrinted() throws {
        let secret = "Gizli-Parola-42"
        let target = try PostgresOutputTarget(argument: "PG:host=127.0.0.1 port=1 dbname=kume password=\(secret) connect_timeout=5")
        #expect {
            try PostGISLayerWriter.write([Self.members], to: target, overwrite: false)
        } throws: { error in
            "\(error)".contains("cannot connect") && !"\(error)".contains(secret)
        }
    }

    @Test("tables= in an output, or an empty schema in the prefix, is refused")
    func targetRefusals() {
        #expect(throws: InputError.self) { try PostgresOutputTarget(argument: "PG:dbname=kume tables=firms") }
        #expect(throws: InputError.self) { try PostgresOutputTarget(argument: "PG:dbname=kume", layerPrefix: ".x_") }
        let target = try? PostgresOutputTarget(argument: "PG:dbname=kume", layerPrefix: "")
        #expect(target?.tableName(layer: "candidates") == "candidates")
    }
}
