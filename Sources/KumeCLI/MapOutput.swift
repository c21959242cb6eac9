import ArgumentParser
import Kume

/// Where a command writes a map: GeoJSON (kume's own writer), a GeoPackage or FlatGeobuf through GDAL, or
/// PostGIS tables (`PG:dbname=…`), with each kind of feature in a layer (table) of its own.
enum MapOutput {
    /// Throws unless `path` ends in `.geojson`/`.json`, `.gpkg` or `.fgb` (or one of `alsoAllowed`), or, when
    /// `postgis` is given, is a `PG:` database; also when `postgis`' options come without a `PG:` output.
    static func validate(_ path: String, option: String, alsoAllowed: [String] = [], postgis: PostGISOutputOptions? = nil) throws {
        if let postgis { try postgis.validate(output: path, option: option) }
        if PostgresTableSource.isPostgres(path) {
            guard let postgis else {
                // The connection string is not repeated: it may hold a password.
                throw ValidationError("'\(option) PG:…' writes files (GeoJSON, GeoPackage or FlatGeobuf); PostGIS tables are written by check, detect and portfolio -o and rank --map")
            }
            do {
                _ = try postgis.target(path)
            } catch {
                throw ValidationError("\(error)")
            }
            return
        }
        let lower = path.lowercased()
        let allowed = [".geojson", ".json", ".gpkg", ".fgb"] + alsoAllowed
        guard allowed.contains(where: { lower.hasSuffix($0) }) else {
            let database = postgis != nil ? ", or PostGIS tables 'PG:dbname=…'" : ""
            throw ValidationError("'\(option) \(path)' must end in \(allowed.joined(separator: ", ")): GeoJSON, GeoPackage or FlatGeobuf\(database)")
        }
    }

    /// Checks, before the work, that a file output can be written (a `PG:` output is checked when written).
    static func checkWritable(_ path: String) throws {
        if !PostgresTableSource.isPostgres(path) { try AtomicFile.checkWritable(path) }
    }

    /// Writes `layers` to `path`: PostGIS tables (`PG:…`, with `postgis`), a GeoPackage (every layer in one file),
    /// FlatGeobuf or GeoJSON (one file per layer: the first at `path`, the others beside it as `NAME-LAYER.fgb` /
    /// `NAME-LAYER.geojson`).
    /// - Returns: The files (or tables) written.
    static func write(_ layers: [FeatureLayer], to path: String, postgis: PostGISOutputOptions? = nil) throws -> [String] {
        if let files = try writeGIS(layers, to: path, postgis: postgis) { return files }
        return try GeoJSONLayers.write(layers, to: path)
    }

    /// Writes `layers` as a GeoPackage, FlatGeobuf or PostGIS tables when `path` names one; returns the files or
    /// tables written (`PG:kume_candidates`), or nil when `path` is GeoJSON (the caller writes that).
    static func writeGIS(_ layers: @autoclosure () throws -> [FeatureLayer], to path: String,
                         postgis: PostGISOutputOptions? = nil) throws -> [String]? {
        if PostgresTableSource.isPostgres(path), let postgis {
            return try PostGISLayerWriter.write(try layers(), to: try postgis.target(path), overwrite: postgis.overwrite)
        }
        guard let format = GISFormat(path: path) else { return nil }
        return try GISLayerWriter.write(try layers(), to: path, format: format)
    }
}
