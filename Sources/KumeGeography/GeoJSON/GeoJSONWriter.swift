import Foundation
import KumeData
import KumeGeo

/// Writes RFC 7946 GeoJSON (and RFC 8142 GeoJSON text sequences) for GIS tools.
///
/// WGS84 longitude, latitude with 6 decimals (about 10 cm); no `crs` member; one JSON type per
/// property across all features (QGIS and GDAL infer a field's type from the first features).
package struct GeoJSONWriter: Sendable {
    /// A property that has two JSON types in one collection: a programming error in the caller.
    package struct MixedTypeError: Error, CustomStringConvertible, Sendable {
        /// The property.
        package var key: String
        /// The two types seen.
        package var types: (String, String)

        package var description: String {
            "GeoJSON property '\(key)' has both \(types.0) and \(types.1) values — give it one type"
        }
    }

    /// Decimals written for longitude and latitude.
    package var coordinateDecimals: Int

    /// Creates a writer; 6 coordinate decimals is about 10 cm.
    package init(coordinateDecimals: Int = 6) {
        self.coordinateDecimals = coordinateDecimals
    }

    /// A FeatureCollection, one feature per line.
    /// - Throws: ``MixedTypeError`` when a property has two JSON types.
    package func featureCollection(_ features: [GeoJSONFeature]) throws -> String {
        try checkTypes(features)
        var out = "{\"type\":\"FeatureCollection\",\"features\":[\n"
        for (index, feature) in features.enumerated() {
            write(feature, to: &out)
            out += index + 1 < features.count ? ",\n" : "\n"
        }
        out += "]}\n"
        return out
    }

    /// A GeoJSON text sequence (RFC 8142): each feature after a record separator, ended by a newline.
    /// - Throws: ``MixedTypeError`` when a property has two JSON types.
    package func textSequence(_ features: [GeoJSONFeature]) throws -> String {
        try checkTypes(features)
        var out = ""
        for feature in features {
            out += "\u{1E}"
            write(feature, to: &out)
            out += "\n"
        }
        return out
    }

    private func checkTypes(_ features: [GeoJSONFeature]) throws {
        var seen: [String: String] = [:]
        for feature in features {
            for (key, value) in feature.properties {
                guard let type = value.jsonType else { continue }
                if let previous = seen[key], previous != type {
                    throw MixedTypeError(key: key, types: (previous, type))
                }
                seen[key] = type
            }
        }
    }

    private func write(_ feature: GeoJSONFeature, to out: inout String) {
        out += "{\"type\":\"Feature\",\"geometry\":"
        write(feature.geometry, to: &out)
        out += ",\"properties\":{"
        for (index, property) in feature.properties.enumerated() {
            if index > 0 { out += "," }
            out += JSONText.quoted(property.key)
            out += ":"
            out += JSONText.value(property.value)
        }
        out += "}}"
    }

    private func write(_ geometry: GeoJSONFeature.Geometry, to out: inout String) {
        switch geometry {
        case .none:
            out += "null"
        case .point(let c):
            out += "{\"type\":\"Point\",\"coordinates\":"
            write(c, to: &out)
            out += "}"
        case .polygons(let polygons) where polygons.count == 1:
            out += "{\"type\":\"Polygon\",\"coordinates\":"
            write(rings: polygons[0], to: &out)
            out += "}"
        case .polygons(let polygons):
            out += "{\"type\":\"MultiPolygon\",\"coordinates\":["
            for (index, rings) in polygons.enumerated() {
                if index > 0 { out += "," }
                write(rings: rings, to: &out)
            }
            out += "]}"
        }
    }

    private func write(rings: [[Coordinate]], to out: inout String) {
        out += "["
        for (r, ring) in rings.enumerated() {
            if r > 0 { out += "," }
            out += "["
            for (i, c) in ring.enumerated() {
                if i > 0 { out += "," }
                write(c, to: &out)
            }
            out += "]"
        }
        out += "]"
    }

    private func write(_ c: Coordinate, to out: inout String) {
        out += "["
        out += JSONText.number(c.x, decimals: coordinateDecimals)
        out += ","
        out += JSONText.number(c.y, decimals: coordinateDecimals)
        out += "]"
    }
}
