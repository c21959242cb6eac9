import Foundation
import KumeGDAL
import KumeGeo
import Testing

@testable import KumeGeography

/// The columns GISLayerWriter gives a layer, read back through GDAL.
@Suite("GISLayerWriter")
struct GISLayerWriterTests {
    private func point(_ properties: [(key: String, value: GeoJSONValue)]) -> GeoJSONFeature {
        GeoJSONFeature(geometry: .point(Coordinate(longitude: 29.06, latitude: 40.19)), properties: properties)
    }

    private func temporaryPath(_ name: String) throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-gis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent(name).path)
    }

    @Test("A column of whole numbers and reals is a real column holding both values")
    func integersAndRealsMakeARealColumn() throws {
        let (folder, path) = try temporaryPath("mixed.gpkg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let layer = FeatureLayer(name: "sites", features: [
            point([("lq", .integer(2)), ("firms", .integer(3))]),
            point([("lq", .number(2.5, decimals: 1)), ("firms", .integer(4_000_000_000))]),
        ])
        try GISLayerWriter.write([layer], to: path, format: .geoPackage)
        let dataset = try VectorDataset.open(path, drivers: [.geoPackage])
        let sites = try dataset.layer(named: "sites")
        let types = Dictionary(uniqueKeysWithValues: try sites.fields().map { ($0.name, $0.type) })
        #expect(types["lq"] == .real)
        #expect(types["firms"] == .integer64)
        var values: [FieldValue] = []
        try sites.forEachFeature { values.append(try $0.value(named: "lq")) }
        #expect(values == [.real(2), .real(2.5)])
    }

    @Test("A column of text and numbers is refused, naming the property and the layer, and nothing is written")
    func textAndNumbersAreRefused() throws {
        let (folder, path) = try temporaryPath("bad.gpkg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let layer = FeatureLayer(name: "sites", features: [point([("code", .string("29"))]), point([("code", .integer(29))])])
        #expect {
            try GISLayerWriter.write([layer], to: path, format: .geoPackage)
        } throws: { error in
            "\(error)".contains("property 'code' of layer 'sites' is both")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
