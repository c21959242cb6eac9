import KumePostgres
import Testing

@Suite("EWKB")
struct EWKBTests {
    /// POINT(1 2) with SRID 4326 as PostGIS writes it (little-endian), byte by byte: order 01, type 0x20000001,
    /// SRID 4326 = 0x10E6, x = 1.0 = 0x3FF0000000000000, y = 2.0 = 0x4000000000000000.
    static let point12: [UInt8] = [
        0x01, 0x01, 0x00, 0x00, 0x20, 0xE6, 0x10, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xF0, 0x3F,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40,
    ]

    @Test("PostGIS's EWKB of POINT(1 2) SRID 4326 equals the bytes written out by hand, and reads back")
    func matchesPostGIS() async throws {
        try await withConnection { connection, _ in
            let result = try connection.execute("SELECT ST_SetSRID(ST_MakePoint(1, 2), 4326)")
            guard case .geometry(let ewkb) = result[0, 0] else {
                Issue.record("not a geometry: \(result[0, 0])")
                return
            }
            #expect(ewkb.bytes == Self.point12)
            #expect(ewkb.srid == 4326)
            #expect(ewkb.geometryType == 1)
            #expect(ewkb.point?.x == 1 && ewkb.point?.y == 2)
        }
    }

    @Test("Plain WKB plus an SRID makes the same EWKB; and EWKB gives back plain WKB")
    func wkbAndSRID() throws {
        let plain: [UInt8] = [0x01, 0x01, 0x00, 0x00, 0x00] + Array(Self.point12[9...])
        let ewkb = try EWKB(wkb: plain, srid: 4326)
        #expect(ewkb.bytes == Self.point12)
        #expect(ewkb.wkb == plain)
        #expect(try EWKB(wkb: Self.point12, srid: nil).bytes == plain)
        #expect(try EWKB(wkb: Self.point12, srid: 3857).srid == 3857)
    }

    @Test("Big-endian EWKB from PostGIS reads the same point")
    func bigEndian() async throws {
        try await withConnection { connection, _ in
            let result = try connection.execute("SELECT ST_AsEWKB(ST_SetSRID(ST_MakePoint(29.06, 40.19), 32635), 'XDR')")
            guard case .bytes(let bytes) = result[0, 0] else {
                Issue.record("not bytea: \(result[0, 0])")
                return
            }
            let ewkb = try EWKB(bytes: bytes)
            #expect(!ewkb.isLittleEndian)
            #expect(ewkb.srid == 32635)
            #expect(ewkb.point?.x == 29.06 && ewkb.point?.y == 40.19)
        }
    }

    @Test("A geometry parameter goes in as EWKB: PostGIS reads its SRID and coordinates")
    func geometryParameter() async throws {
        try await withConnection { connection, _ in
            try connection.execute("CREATE TABLE places (geom geometry(Point, 3857))")
            let ewkb = try pointEWKB(x: 3_235_000.5, y: 4_896_000.25, srid: 3857)
            try connection.execute("INSERT INTO places VALUES ($1)", [.geometry(ewkb)])
            let back = try connection.execute("SELECT ST_SRID(geom), ST_X(geom), ST_Y(geom), geom FROM places")
            #expect(back.rows == [[.int(3857), .double(3_235_000.5), .double(4_896_000.25), .geometry(ewkb)]])
        }
    }

    @Test("A polygon is geometry type 3 and has no point")
    func polygon() async throws {
        try await withConnection { connection, _ in
            let result = try connection.execute("SELECT 'SRID=4326;POLYGON((0 0,1 0,1 1,0 0))'::geometry")
            guard case .geometry(let ewkb) = result[0, 0] else {
                Issue.record("not a geometry: \(result[0, 0])")
                return
            }
            #expect(ewkb.geometryType == 3)
            #expect(ewkb.point == nil)
        }
    }

    @Test("Bytes that cannot start a geometry are refused", arguments: [[UInt8](), [0x02, 0, 0, 0, 1], [1, 1, 0, 0, 0x20]])
    func refused(bytes: [UInt8]) {
        #expect(throws: PostgresError.self) { try EWKB(bytes: bytes) }
    }
}
