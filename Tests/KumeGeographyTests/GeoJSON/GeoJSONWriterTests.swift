import Foundation
import KumeGeo
import Testing
@testable import KumeData
@testable import KumeGeography

@Suite("GeoJSONWriter")
struct GeoJSONWriterTests {
    let square: [[[Coordinate]]] = [[
        [Coordinate(x: 29, y: 40), Coordinate(x: 29.1, y: 40), Coordinate(x: 29.1, y: 40.1),
         Coordinate(x: 29, y: 40.1), Coordinate(x: 29, y: 40)],
    ]]

    @Test("A point feature is written as RFC 7946 text with 6 decimals and no crs member")
    func pointFeature() throws {
        let feature = GeoJSONFeature(
            geometry: .point(Coordinate(longitude: 29.061111111, latitude: 40.182222222)),
            properties: [("id", .string("007")), ("employees", .integer(12)), ("inside", .bool(true)),
                         ("distance_km", .number(1.23456, decimals: 2)), ("nace", .null)]
        )
        let text = try GeoJSONWriter().featureCollection([feature])
        #expect(text == """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[29.061111,40.182222]},\
            "properties":{"id":"007","employees":12,"inside":true,"distance_km":1.23,"nace":null}}
            ]}

            """)
        #expect(!text.contains("crs"))
    }

    @Test("One polygon is a Polygon and two are a MultiPolygon")
    func polygonTypes() throws {
        let one = try GeoJSONWriter().featureCollection([GeoJSONFeature(geometry: .polygons(square), properties: [])])
        #expect(one.contains("\"type\":\"Polygon\",\"coordinates\":[[[29,40],[29.1,40],"))
        let two = try GeoJSONWriter().featureCollection([
            GeoJSONFeature(geometry: .polygons(square + square), properties: []),
        ])
        #expect(two.contains("\"type\":\"MultiPolygon\",\"coordinates\":[[[[29,40]"))
        let parsed = try JSONSerialization.jsonObject(with: Data(two.utf8)) as? [String: Any]
        #expect(parsed?["type"] as? String == "FeatureCollection")
    }

    @Test("A property with two JSON types is refused")
    func mixedTypes() {
        let features = [
            GeoJSONFeature(geometry: .none, properties: [("nace", .string("29.10"))]),
            GeoJSONFeature(geometry: .none, properties: [("nace", .number(29.1, decimals: 2))]),
        ]
        #expect(throws: GeoJSONWriter.MixedTypeError.self) { try GeoJSONWriter().featureCollection(features) }
        let withNull = [features[0], GeoJSONFeature(geometry: .none, properties: [("nace", .null)])]
        #expect(throws: Never.self) { try GeoJSONWriter().featureCollection(withNull) }
    }

    @Test("A text sequence puts a record separator before each feature and a newline after")
    func textSequence() throws {
        let features = Array(repeating: GeoJSONFeature(geometry: .point(Coordinate(x: 1, y: 2)), properties: []), count: 3)
        let text = try GeoJSONWriter().textSequence(features)
        let records = text.split(separator: "\u{1E}", omittingEmptySubsequences: true)
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.hasSuffix("}\n") })
    }

    @Test("Strings are escaped as RFC 8259 requires and numbers lose trailing zeros")
    func escaping() {
        #expect(JSONText.quoted("a\"b\\c\nd\u{01}ğ") == "\"a\\\"b\\\\c\\nd\\u0001ğ\"")
        #expect(JSONText.number(2.5, decimals: 6) == "2.5")
        #expect(JSONText.number(-0.0000001, decimals: 6) == "0")
        #expect(JSONText.number(.nan, decimals: 2) == "null")
    }
}

@Suite("GeoJSONLayers")
struct GeoJSONLayersTests {
    @Test("A real keeps its decimal point (10.0, 0.0, -2.5) so GIS tools type the column as real in every run")
    func realsKeepAPoint() throws {
        let feature = GeoJSONFeature(geometry: .none, properties: [
            ("buffer_km", .number(10, decimals: 6)), ("distance_km", .number(0, decimals: 3)),
            ("share", .number(-2.5, decimals: 2)), ("tiny", .number(-0.0000001, decimals: 6)), ("count", .integer(3)),
        ])
        let text = try GeoJSONWriter().featureCollection([feature])
        #expect(text.contains("\"buffer_km\":10.0,\"distance_km\":0.0,\"share\":-2.5,\"tiny\":0.0,\"count\":3}"))
    }

    @Test("The first layer goes to the path given, each other one beside it as NAME-LAYER with the same extension")
    func paths() {
        let layers = ["members", "geography", "districts"].map { FeatureLayer(name: $0, features: []) }
        #expect(GeoJSONLayers.paths(of: layers, at: "out/map.geojson")
                == ["out/map.geojson", "out/map-geography.geojson", "out/map-districts.geojson"])
        #expect(GeoJSONLayers.paths(of: layers, at: "a.b/map.json") == ["a.b/map.json", "a.b/map-geography.json", "a.b/map-districts.json"])
        #expect(GeoJSONLayers.paths(of: Array(layers.prefix(2)), at: "a.b/map") == ["a.b/map", "a.b/map-geography.geojson"])
    }
}
