import Foundation
import KumeGDAL
import Testing

@Suite("VectorFeature")
struct VectorFeatureTests {
    /// A GeoPackage layer "members" with fields count (integer), big (integer64), share (real), name (string),
    /// active (boolean), joined (date), stamp (datetime), in a new file in `folder`.
    private func layer(in folder: TemporaryFolder, geometryType: VectorGeometryType = .point) throws -> VectorLayer {
        let dataset = try VectorDataset.create(folder.path("members.gpkg"), driver: .geoPackage)
        let layer = try dataset.createLayer(named: "members", geometryType: geometryType, spatialReference: try .wgs84())
        let types: [(String, FieldType)] = [
            ("count", .integer), ("big", .integer64), ("share", .real), ("name", .string), ("active", .boolean),
            ("joined", .date), ("stamp", .dateTime),
        ]
        for (name, type) in types { try layer.createField(FieldDefinition(name: name, type: type)) }
        return layer
    }

    @Test("Values the field's type cannot hold are refused, naming field, type and value",
          arguments: [
              ("count", FieldValue.string("12"), "field 'count' (integer) cannot hold '12'"),
              ("count", FieldValue.integer(3_000_000_000), "field 'count' (integer) cannot hold 3000000000"),
              ("count", FieldValue.real(1.5), "field 'count' (integer) cannot hold 1.5"),
              ("name", FieldValue.integer(7), "field 'name' (string) cannot hold 7"),
              ("joined", FieldValue.string("2024-03-07"), "field 'joined' (date) cannot hold '2024-03-07'"),
          ])
    func refusedValues(field: String, value: FieldValue, message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let feature = try layer(in: folder).makeFeature()
        do {
            try feature.set(value, named: field)
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.description.contains(message))
        }
    }

    @Test("Accepted conversions: integers into reals and 64-bit fields, booleans into integers, dates into date-times")
    func acceptedValues() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let feature = try layer(in: folder).makeFeature()
        try feature.set(.integer(3), named: "share")
        try feature.set(.integer(3_000_000_000), named: "big")
        try feature.set(.boolean(true), named: "count")
        try feature.set(.date(FieldDate(year: 2024, month: 3, day: 7)), named: "stamp")
        try feature.set(.boolean(false), named: "active")
        #expect(try feature.value(named: "share") == .real(3))
        #expect(try feature.value(named: "big") == .integer(3_000_000_000))
        #expect(try feature.value(named: "count") == .integer(1))
        #expect(try feature.value(named: "active") == .boolean(false))
        #expect(try feature.value(named: "stamp") == .dateTime(FieldDateTime(date: FieldDate(year: 2024, month: 3, day: 7), hour: 0, minute: 0, second: 0)))
        #expect(try feature.value(named: "name") == .null)
    }

    @Test("A date-time with a UTC offset and milliseconds round-trips through a GeoPackage")
    func dateTimeRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let members = try layer(in: folder)
        let stamp = FieldDateTime(
            date: FieldDate(year: 2024, month: 12, day: 31), hour: 23, minute: 59, second: 58.5, timeZone: .utcOffset(minutes: 180))
        try members.add(values: [.null, .null, .null, .null, .null, .null, .dateTime(stamp)], geometryWKB: nil)
        let read = try #require(try members.feature(id: 1))
        #expect(try read.value(named: "stamp") == .dateTime(stamp))
        try members.dataset.close()
        // ogrinfo reads the stored text back the same: local time with its offset, milliseconds kept.
        let listing = try GDALTools.ogrinfo(["-ro", "-q", folder.path("members.gpkg"), "members"])
        #expect(GDALTools.values("stamp", in: listing) == ["2024/12/31 23:59:58.500+03"])
        #expect(stamp.description == "2024-12-31T23:59:58.500+03:00")
    }

    @Test("Field names and indexes that do not exist are refused, listing the fields")
    func missingFields() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let members = try layer(in: folder)
        let feature = try members.makeFeature()
        #expect(throws: GDALError.self) { try feature.value(at: 7) }
        do {
            _ = try feature.value(named: "lat")
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .noSuchField(name: "lat", available: ["count", "big", "share", "name", "active", "joined", "stamp"]))
        }
        #expect(try members.fieldIndex(named: "share") == 2)
        #expect(throws: GDALError.self) { try members.fieldIndex(named: "lat") }
        #expect(throws: GDALError.self) { try members.add(values: Array(repeating: .null, count: 8), geometryWKB: nil) }
    }

    @Test("Bytes that are not WKB are an invalid geometry, with GDAL's reason", arguments: [
        [UInt8](), [1, 1, 0, 0], [1, 99, 0, 0, 0] + [UInt8](repeating: 0, count: 16), [1, 3, 0, 0, 0, 1, 0, 0, 0, 200, 0, 0, 0],
    ])
    func invalidWKB(bytes: [UInt8]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let feature = try layer(in: folder).makeFeature()
        do {
            try feature.setGeometry(wkb: bytes)
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .invalidGeometry || error.kind == .failed)
            #expect(error.gdalMessage != nil)
        }
    }

    @Test("Z is kept as stored and dropped on request; removing the geometry leaves none")
    func dimensions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let feature = try layer(in: folder).makeFeature()
        try feature.setGeometry(wkb: HandWKB.pointZ(29.5, 40.25, 100))
        #expect(try feature.geometryWKB() == HandWKB.pointZ(29.5, 40.25, 100))
        #expect(try feature.geometryWKB(.xy) == HandWKB.point(29.5, 40.25))
        try feature.setGeometry(wkb: nil)
        #expect(try feature.geometryWKB() == nil)
    }
}

@Suite("SpatialReference")
struct SpatialReferenceTests {
    @Test("EPSG:4326 is geographic WGS 84 in longitude, latitude order; EPSG:32636 is projected in its own order")
    func epsg() throws {
        let wgs84 = try SpatialReference.wgs84()
        #expect(wgs84.name == "WGS 84")
        #expect(wgs84.authority == AuthorityCode(name: "EPSG", code: "4326"))
        #expect(wgs84.isGeographic && !wgs84.isProjected)
        #expect(wgs84.dataAxisToCRSAxisMapping == [2, 1])
        let utm = try SpatialReference(epsg: 32636)
        #expect(utm.name == "WGS 84 / UTM zone 36N")
        #expect(utm.isProjected)
        #expect(utm.dataAxisToCRSAxisMapping == [1, 2])
        #expect(!utm.isSame(as: wgs84))
    }

    @Test("WKT2 and PROJJSON exports read back as the same CRS")
    func exports() throws {
        let utm = try SpatialReference(epsg: 32636)
        let wkt = try utm.wkt()
        #expect(wkt.hasPrefix("PROJCRS[\"WGS 84 / UTM zone 36N\""))
        #expect(wkt.contains("ID[\"EPSG\",32636]"))
        let json = try utm.projjson()
        #expect(json.contains("\"type\":\"ProjectedCRS\""))
        #expect(try SpatialReference(definition: wkt).isSame(as: utm))
        #expect(try SpatialReference(definition: json).isSame(as: utm))
        #expect(try SpatialReference(definition: wkt).authority?.description == "EPSG:32636")
        #expect(try utm.wkt(.wkt1).hasPrefix("PROJCS[\"WGS 84 / UTM zone 36N\""))
    }

    /// WGS 84 in WKT1 without AUTHORITY nodes.
    static let wgs84WKT1 = #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],"#
        + #"PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]"#
    /// The .prj that ArcGIS writes for UTM zone 36N (ESRI WKT1, no authority).
    static let utm36ESRI = #"PROJCS["WGS_1984_UTM_Zone_36N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984","#
        + #"SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],"#
        + #"PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],"#
        + #"PARAMETER["Central_Meridian",33.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],"#
        + #"UNIT["Meter",1.0]]"#
    static let identifications: [(String, String?)] = [
        (wgs84WKT1, "EPSG:4326"), (utm36ESRI, "EPSG:32636"), ("+proj=longlat +datum=WGS84 +no_defs", nil),
    ]

    @Test("WKT without an authority is identified when equivalent to one EPSG CRS; a bare PROJ string is not claimed",
          arguments: identifications)
    func identification(definition: String, expected: String?) throws {
        #expect(try SpatialReference(definition: definition).authority?.description == expected)
    }

    @Test("An unknown EPSG code and unreadable text are errors with GDAL's message")
    func unknown() {
        do {
            _ = try SpatialReference(epsg: 999_999)
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.operation == "OSRImportFromEPSG")
            #expect(error.gdalMessage == "PROJ: proj_create_from_database: crs not found")
            #expect(error.description.hasPrefix("EPSG:999999: "))
        } catch {
            Issue.record("not a GDALError: \(error)")
        }
        #expect(throws: GDALError.self) { try SpatialReference(definition: "not a crs at all") }
    }
}

@Suite("GDALLibrary")
struct GDALLibraryTests {
    @Test("The version is the one ogrinfo reports")
    func version() throws {
        // ogrinfo --version prints "GDAL 3.6.2, released 2023/01/02".
        let line = try GDALTools.ogrinfo(["--version"])
        #expect(GDALLibrary.version.hasPrefix("3."))
        #expect(line.hasPrefix("GDAL \(GDALLibrary.version),"))
    }

    @Test("Every driver kume uses is in this GDAL build; the output drivers can create")
    func drivers() {
        for driver in VectorDriver.allCases { #expect(driver.isAvailable, "\(driver.shortName)") }
        for driver: VectorDriver in [.geoPackage, .flatGeobuf, .geoJSON, .xlsx, .ods, .postgreSQL] {
            #expect(driver.canCreate, "\(driver.shortName)")
        }
    }
}
