import Foundation
import KumeGDAL
import Testing

@Suite("LayerCreationOptions")
struct LayerCreationTests {
    @Test("A GeoPackage layer gets the geometry and id column names asked for, and no spatial index when told")
    func geoPackageColumns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("map.gpkg")
        let dataset = try VectorDataset.create(path, driver: .geoPackage)
        let options = LayerCreationOptions(spatialIndex: false, geometryColumnName: "shape", fidColumnName: "member_fid")
        let layer = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84(), options: options)
        try layer.add(values: [], geometryWKB: HandWKB.point(29, 40))
        #expect(try layer.geometryColumnName() == "shape")
        #expect(try layer.fidColumnName() == "member_fid")
        try dataset.close()
        // A GeoPackage's spatial index is the R-tree table rtree_<layer>_<geometry column>.
        let check = try GDALTools.ogrinfo([
            "-ro", "-sql", "SELECT COUNT(*) AS indexes FROM sqlite_master WHERE name LIKE 'rtree_members_%'", path,
        ])
        #expect(GDALTools.values("indexes", in: check) == ["0"])
        let summary = try GDALTools.ogrinfo(["-ro", "-so", path, "members"])
        #expect(summary.contains("FID Column = member_fid"))
        #expect(summary.contains("Geometry Column = shape"))
    }

    @Test("An existing layer is an error without overwrite and replaced with it")
    func overwrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try VectorDataset.create(folder.path("map.gpkg"), driver: .geoPackage)
        let first = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84())
        try first.add(values: [], geometryWKB: HandWKB.point(29, 40))
        do {
            _ = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84())
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .alreadyExists)
            #expect(error.description.hasSuffix("map.gpkg:members: already exists — remove it or choose another name"))
        }
        let second = try dataset.createLayer(
            named: "members", geometryType: .polygon, spatialReference: try .wgs84(), options: LayerCreationOptions(overwrite: true))
        #expect(try second.featureCount() == 0)
        #expect(try second.geometryType() == .polygon)
        #expect(try dataset.layerNames() == ["members"])
    }

    @Test("Options a format cannot honour are refused, naming the driver",
          arguments: [
              (VectorDriver.flatGeobuf, "map.fgb", LayerCreationOptions(geometryColumnName: "shape"), "geometry column name"),
              (VectorDriver.geoJSON, "map.geojson", LayerCreationOptions(spatialIndex: true), "spatial index"),
              (VectorDriver.geoJSON, "map.geojson", LayerCreationOptions(fidColumnName: "fid"), "feature id column name"),
              (VectorDriver.geoPackage, "map.gpkg", LayerCreationOptions(driverOptions: ["SPATIAL_INDX": "NO"]), "SPATIAL_INDX"),
          ])
    func refusedOptions(driver: VectorDriver, file: String, options: LayerCreationOptions, option: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dataset = try VectorDataset.create(folder.path(file), driver: driver)
        do {
            _ = try dataset.createLayer(named: "members", geometryType: .point, spatialReference: try .wgs84(), options: options)
            Issue.record("no error")
        } catch let error as GDALError {
            guard case .unsupportedOption(let name, let driverName, _) = error.kind else {
                Issue.record("unexpected kind \(error.kind)")
                return
            }
            #expect(name == option)
            #expect(driverName == driver.shortName)
            #expect(error.description.contains("the \(driver.shortName) driver has no option '\(option)'"))
        }
    }

    @Test("A FlatGeobuf layer without a spatial index keeps the written order")
    func flatGeobufWithoutIndex() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("firms.fgb")
        let dataset = try VectorDataset.create(path, driver: .flatGeobuf)
        let layer = try dataset.createLayer(
            named: "firms", geometryType: .point, spatialReference: try .wgs84(), options: LayerCreationOptions(spatialIndex: false))
        try layer.createField(FieldDefinition(name: "rank", type: .integer))
        // Far apart and out of Hilbert order: east, west, middle.
        let points = [(44.0, 39.0), (26.0, 41.0), (35.0, 37.0)]
        for (rank, point) in points.enumerated() {
            try layer.add(values: [.integer(Int64(rank))], geometryWKB: HandWKB.point(point.0, point.1))
        }
        try dataset.close()
        var ranks: [FieldValue] = []
        try VectorDataset.open(path, drivers: [.flatGeobuf]).layer(at: 0).forEachFeature { ranks.append($0.values()[0]) }
        #expect(ranks == [.integer(0), .integer(1), .integer(2)])
    }
}

@Suite("VectorLayer writing")
struct VectorLayerWritingTests {
    @Test("A FlatGeobuf feature without geometry, or with an empty one, is refused rather than dropped",
          arguments: [nil, [1, 3, 0, 0, 0, 0, 0, 0, 0] as [UInt8]?])  // no geometry; POLYGON EMPTY (0 rings)
    func flatGeobufNeedsGeometry(wkb: [UInt8]?) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("areas.fgb")
        let dataset = try VectorDataset.create(path, driver: .flatGeobuf)
        let layer = try dataset.createLayer(named: "areas", geometryType: .polygon, spatialReference: try .wgs84())
        do {
            try layer.add(values: [], geometryWKB: wkb)
            Issue.record("no error")
        } catch let error as GDALError {
            #expect(error.kind == .unsupported)
            #expect(error.description.contains("without geometry (FlatGeobuf drops it)"))
        }
        try layer.add(values: [], geometryWKB: HandWKB.polygon(squareRing(x: 29, y: 40, side: 1)))
        try dataset.close()
        #expect(try VectorDataset.open(path, drivers: [.flatGeobuf]).layer(at: 0).featureCount() == 1)
    }
}
