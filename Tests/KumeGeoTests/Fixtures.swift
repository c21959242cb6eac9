import Foundation
import Testing

/// Reads the committed reference fixtures next to this file.
enum Fixtures {
    /// Tests/KumeGeoTests/Fixtures.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Decodes the JSON fixture `name`.
    static func json<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return try JSONDecoder().decode(T.self, from: data)
    }

    /// `|a − b| ≤ relative · max(|a|, |b|)` (with an absolute floor of `relative` for values near zero).
    static func close(_ a: Double, _ b: Double, relative: Double) -> Bool {
        abs(a - b) <= relative * max(abs(a), abs(b), 1)
    }
}

/// Tests/KumeGeoTests/Fixtures/geo_shapely.json, written by scripts/reference/geo_shapely.py.
struct ShapelyFixture: Decodable, Sendable {
    struct Expected: Decodable, Sendable {
        let area: Double
        let length: Double
        let valid: Bool
        let type: String
        let bounds: [Double]
        let convexHullArea: Double?
        let inputValid: Bool?
        let inputReason: String?
        let vertexCount: Int?
    }

    struct Parameters: Decodable, Sendable {
        let ratio: Double?
        let allowHoles: Bool?
        let distance: Double?
        let quadrantSegments: Int?
        let tolerance: Double?
        let preserveTopology: Bool?
        let gridSize: Double?
    }

    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let operation: String
        let inputs: [String]
        let parameters: Parameters
        let expected: Expected
        var testDescription: String { name }
    }

    struct Measure: Decodable, Sendable {
        let first: String
        let second: String
        let area: Double
        let length: Double
        let distance: Double
        let centroid: [Double]
        let intersects: Bool
        let covers: Bool
        let contains: Bool
        let within: Bool
        let wkbHex: String
    }

    struct PointInPolygon: Decodable, Sendable {
        let polygon: String
        let points: [[Double]]
        let contains: [Bool]
        let covers: [Bool]
    }

    let producer: String
    let cases: [Case]
    let measures: [Measure]
    let pointInPolygon: PointInPolygon

    static func load() throws -> ShapelyFixture {
        try Fixtures.json("geo_shapely.json", as: ShapelyFixture.self)
    }
}


/// Tests/KumeGeoTests/Fixtures/geo_projections.json, written by scripts/reference/geo_projections.py.
struct ProjectionFixture: Decodable, Sendable {
    struct Transform: Decodable, Sendable, CustomTestStringConvertible {
        let target: String
        let place: String
        let lonLat: [Double]
        let xy: [Double]
        var testDescription: String { "\(place) to \(target.prefix(20))" }
    }

    struct GeodesicCase: Decodable, Sendable {
        let from: [Double]
        let to: [Double]
        let metres: Double
        let pair: String
    }

    struct Local: Decodable, Sendable {
        let points: [[Double]]
        let centre: [Double]
        let projected: [[Double]]
    }

    let producer: String
    let transforms: [Transform]
    let geodesics: [GeodesicCase]
    let local: Local

    static func load() throws -> ProjectionFixture {
        try Fixtures.json("geo_projections.json", as: ProjectionFixture.self)
    }
}
