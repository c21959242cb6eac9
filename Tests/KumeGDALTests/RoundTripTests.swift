import Foundation
import KumeGDAL
import Testing

/// One output format of the round trips, with what the format itself does to the values (from GDAL's driver
/// documentation: FlatGeobuf has no date-only column type and stores dates as date-times, and with its spatial
/// index writes features in Hilbert-curve order; GeoPackage numbers features from 1 as it writes them,
/// FlatGeobuf and GeoJSON from 0 as they are read).
struct RoundTripFormat: Sendable, CustomTestStringConvertible {
    let driver: VectorDriver
    let fileExtension: String
    /// The geometry column's name in GDAL's SQLite dialect.
    let geometryColumn: String
    let firstID: Int64
    let datesComeBackAsDateTimes: Bool
    /// True when writing gives the feature its id (GeoPackage's rowid), false when ids exist only on reading.
    var idsOnWrite: Bool { driver == .geoPackage }
    var testDescription: String { driver.shortName }

    static let all = [
        RoundTripFormat(driver: .geoPackage, fileExtension: "gpkg", geometryColumn: "geom", firstID: 1, datesComeBackAsDateTimes: false),
        RoundTripFormat(driver: .flatGeobuf, fileExtension: "fgb", geometryColumn: "geometry", firstID: 0, datesComeBackAsDateTimes: true),
        RoundTripFormat(driver: .geoJSON, fileExtension: "geojson", geometryColumn: "geometry", firstID: 0, datesComeBackAsDateTimes: false),
    ]
}

/// The fields and rows the round trips write: every field type kume writes, Turkish letters, a 64-bit integer
/// beyond 2^53, and a row of nulls.
enum MemberRows {
    static let fields = [
        FieldDefinition(name: "code", type: .string),
        FieldDefinition(name: "employees", type: .integer),
        FieldDefinition(name: "turnover", type: .integer64),
        FieldDefinition(name: "share", type: .real),
        FieldDefinition(name: "name", type: .string),
        FieldDefinition(name: "committed", type: .boolean),
        FieldDefinition(name: "joined", type: .date),
    ]

    static let joined = FieldDate(year: 2024, month: 3, day: 7)

    static let rows: [(values: [FieldValue], wkb: [UInt8])] = [
        (
            [.string("29.10"), .integer(250), .integer(9_007_199_254_740_993), .real(0.1),
             .string("Şişecam Çayırova İğdır Ünlü Göğüş"), .boolean(true), .date(joined)],
            HandWKB.point(29.0625, 40.1875)
        ),
        (
            [.string("28.41"), .null, .integer(-5), .real(-12.5), .null, .boolean(false), .null],
            HandWKB.point(32.875, 39.9375)
        ),
    ]

    /// What a row reads back as in `format`.
    static func expected(_ values: [FieldValue], in format: RoundTripFormat) -> [FieldValue] {
        values.map { value in
            if case .date(let date) = value, format.datesComeBackAsDateTimes {
                return .dateTime(FieldDateTime(date: date, hour: 0, minute: 0, second: 0))
            }
            return value
        }
    }
}

@Suite("VectorLayer round trips")
struct RoundTripTests {
    @Test("Points with typed fields come back with the same values, ids, WKB and CRS", arguments: RoundTripFormat.all)
    func points(format: RoundTripFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("members.\(format.fileExtension)")
        try write(path, format: format)

        let dataset = try VectorDataset.open(path, drivers: [format.driver])
        #expect(dataset.driver == format.driver)
        #expect(try dataset.layerNames() == ["members"])
        let layer = try dataset.layer(named: "members")
        #expect(try layer.geometryType() == .point)
        #expect(try layer.fields().map(\.name) == MemberRows.fields.map(\.name))
        let expectedTypes = MemberRows.fields.map { $0.type == .date && format.datesComeBackAsDateTimes ? .dateTime : $0.type }
        #expect(try layer.fields().map(\.type) == expectedTypes)
        #expect(try layer.featureCount() == 2)

        // Matched by code: FlatGeobuf's spatial index orders features along a Hilbert curve.
        var ids: [Int64] = []
        var codes: [FieldValue] = []
        try layer.forEachFeature { feature throws in
            let row = try #require(MemberRows.rows.first { $0.values[0] == feature.values().first })
            ids.append(try #require(feature.id))
            codes.append(row.values[0])
            #expect(feature.values() == MemberRows.expected(row.values, in: format))
            #expect(try feature.geometryWKB() == row.wkb)
        }
        #expect(ids == [format.firstID, format.firstID + 1])
        #expect(Set(codes) == [.string("29.10"), .string("28.41")])

        let reference = try #require(try layer.spatialReference())
        #expect(reference.authority?.description == "EPSG:4326")
        #expect(reference.isGeographic)
        #expect(reference.dataAxisToCRSAxisMapping == [2, 1])  // x is longitude: traditional GIS order
        try dataset.close()
    }

    @Test("ogrinfo reads the written points: types, count and extent as written", arguments: RoundTripFormat.all)
    func ogrinfoReadsPoints(format: RoundTripFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("members.\(format.fileExtension)")
        try write(path, format: format)
        let summary = try GDALTools.ogrinfo(["-ro", "-so", path, "members"])
        #expect(summary.contains("Geometry: Point"))
        #expect(summary.contains("Feature Count: 2"))
        #expect(summary.contains("Extent: (29.062500, 39.937500) - (32.875000, 40.187500)"))
        #expect(summary.contains("employees: Integer "))
        #expect(summary.contains("turnover: Integer64 "))
        #expect(summary.contains("share: Real "))
        #expect(summary.contains("committed: Integer(Boolean) "))
        #expect(summary.contains(format.datesComeBackAsDateTimes ? "joined: DateTime " : "joined: Date "))
        let names = GDALTools.values("name", in: try GDALTools.ogrinfo(["-ro", "-q", path, "members"]))
        // FlatGeobuf stores only the properties that have a value, so ogrinfo has no line for its null.
        let null = format.driver == .flatGeobuf ? [] : ["(null)"]
        #expect(names.sorted() == null + ["Şişecam Çayırova İğdır Ünlü Göğüş"])
    }

    @Test("Polygons written into a multipolygon layer come back as multipolygons, valid for GDAL's SQLite dialect",
          arguments: RoundTripFormat.all)
    func polygons(format: RoundTripFormat) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("areas.\(format.fileExtension)")
        let rings = [squareRing(x: 29, y: 40, side: 0.5), squareRing(x: 32.5, y: 39.75, side: 0.25)]
        let dataset = try VectorDataset.create(path, driver: format.driver)
        let layer = try dataset.createLayer(
            named: "areas", geometryType: .multiPolygon, spatialReference: try .wgs84())
        try layer.createField(FieldDefinition(name: "province", type: .string))
        // The first as a polygon (promoted to a multipolygon of one), the second already a multipolygon.
        try layer.add(values: [.string("Bursa")], geometryWKB: HandWKB.polygon(rings[0]))
        try layer.add(values: [.string("Ankara")], geometryWKB: HandWKB.multiPolygon(rings[1]))
        try dataset.close()

        let reopened = try VectorDataset.open(path, drivers: [format.driver])
        let areas = try reopened.layer(at: 0)
        #expect(try areas.geometryType() == .multiPolygon)
        var read: [String: [UInt8]] = [:]
        try areas.forEachFeature { feature throws in
            guard case .string(let province) = try feature.value(named: "province") else { return }
            read[province] = try feature.geometryWKB()
        }
        #expect(read == ["Bursa": HandWKB.multiPolygon(rings[0]), "Ankara": HandWKB.multiPolygon(rings[1])])

        let validity = try GDALTools.ogrinfo([
            "-ro", "-dialect", "sqlite", "-sql",
            "SELECT COUNT(*) AS n, SUM(ST_IsValid(\(format.geometryColumn))) AS valid, "
                + "SUM(ST_Area(\(format.geometryColumn))) AS area FROM areas",
            path,
        ])
        #expect(GDALTools.values("n", in: validity) == ["2"])
        #expect(GDALTools.values("valid", in: validity) == ["2"])
        // 0.5² + 0.25² square degrees, exact in binary.
        #expect(GDALTools.values("area", in: validity) == ["0.3125"])
    }

    @Test("A GeoPackage holds the points and the polygons as two layers with a spatial index each")
    func geoPackageLayers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("map.gpkg")
        let format = RoundTripFormat.all[0]
        try write(path, format: format)
        let dataset = try VectorDataset.open(path, drivers: [.geoPackage], access: .update)
        let areas = try dataset.createLayer(named: "areas", geometryType: .multiPolygon, spatialReference: try .wgs84())
        try areas.add(values: [], geometryWKB: HandWKB.multiPolygon(squareRing(x: 29, y: 40, side: 1)))
        try dataset.close()

        let reopened = try VectorDataset.open(path, drivers: [.geoPackage])
        #expect(try reopened.layerNames() == ["members", "areas"])
        // A GeoPackage's spatial index is the R-tree table rtree_<layer>_<geometry column>.
        let check = try #require(try reopened.executeSQL(
            "SELECT name FROM sqlite_master WHERE name IN ('rtree_members_geom', 'rtree_areas_geom') ORDER BY name"))
        var names: [FieldValue] = []
        try check.forEachFeature { names.append($0.values()[0]) }
        #expect(names == [.string("rtree_areas_geom"), .string("rtree_members_geom")])
    }

    /// Writes ``MemberRows`` as layer "members" of a new dataset at `path`.
    private func write(_ path: String, format: RoundTripFormat) throws {
        let dataset = try VectorDataset.create(path, driver: format.driver)
        let layer = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84())
        for field in MemberRows.fields { try layer.createField(field) }
        for (index, row) in MemberRows.rows.enumerated() {
            let id = try layer.add(values: row.values, geometryWKB: row.wkb)
            #expect(id == (format.idsOnWrite ? format.firstID + Int64(index) : nil))
        }
        try dataset.close()
    }
}
