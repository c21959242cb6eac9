import ArgumentParser
import Kume

/// Where a command writes a map: GeoJSON (kume's own writer), or a GeoPackage or FlatGeobuf through GDAL
/// with each kind of feature in a layer of its own.
enum MapOutput {
    /// Throws unless `path` ends in `.geojson`/`.json`, `.gpkg` or `.fgb` (or one of `alsoAllowed`).
    static func validate(_ path: String, option: String, alsoAllowed: [String] = []) throws {
        let lower = path.lowercased()
        let allowed = [".geojson", ".json", ".gpkg", ".fgb"] + alsoAllowed
        guard allowed.contains(where: { lower.hasSuffix($0) }) else {
            throw ValidationError("'\(option) \(path)' must end in \(allowed.joined(separator: ", ")): GeoJSON, GeoPackage or FlatGeobuf")
        }
    }

    /// Writes `layers` to `path`: a GeoPackage (every layer in one file), FlatGeobuf or GeoJSON (one file per
    /// layer: the first at `path`, the others beside it as `NAME-LAYER.fgb` / `NAME-LAYER.geojson`).
    /// - Returns: The files written.
    static func write(_ layers: [FeatureLayer], to path: String) throws -> [String] {
        if let files = try writeGIS(layers, to: path) { return files }
        return try GeoJSONLayers.write(layers, to: path)
    }

    /// Writes `layers` as a GeoPackage or FlatGeobuf when `path` names one; returns the files written, or nil
    /// when `path` is GeoJSON (the caller writes that).
    static func writeGIS(_ layers: @autoclosure () throws -> [FeatureLayer], to path: String) throws -> [String]? {
        guard let format = GISFormat(path: path) else { return nil }
        return try GISLayerWriter.write(try layers(), to: path, format: format)
    }
}
