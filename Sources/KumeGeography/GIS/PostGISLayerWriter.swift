import KumeData
import KumeGDAL
import KumePostgres

/// Writes ``FeatureLayer``s as PostGIS tables: the same layers, columns and types as the GeoPackage output of
/// ``GISLayerWriter``, so QGIS opens them from the database as it opens the file.
///
/// Each layer becomes the table `prefix` + layer name (see ``PostgresOutputTarget``) with a `fid bigint` primary
/// key (the features' order, from 1), the properties as typed columns (integers `bigint`, reals
/// `double precision`, text, booleans; a property null in every feature is left out) and `geom`, a
/// `geometry(Point, 4326)` or `geometry(MultiPolygon, 4326)` column (longitude, latitude) with a GIST index.
/// Rows go in by binary `COPY`, so no SQL is built from the data; tables and columns are quoted identifiers.
///
/// All layers are written in one transaction: when anything fails (an existing table without `overwrite`, a
/// property of two types, the server), nothing is kept and the tables that were there before are unchanged.
package enum PostGISLayerWriter {
    /// The primary-key column.
    static let keyColumn = "fid"
    /// The geometry column.
    static let geometryColumn = "geom"

    /// Why layers cannot be written to the database.
    package struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The table, as ``PostgresOutputTarget/displayName(layer:)`` names it, or `PG:` for the connection.
        package var table: String
        /// What went wrong.
        package var problem: String
        /// What to do about it.
        package var remedy: String

        package var description: String { "\(table): cannot write the table (\(problem)) — \(remedy)" }
    }

    /// Writes `layers` into the database of `target`, in one transaction.
    ///
    /// - Parameters:
    ///   - layers: The layers; each becomes one table.
    ///   - target: The connection and the tables' schema and prefix.
    ///   - overwrite: Whether an existing table of the same name is replaced (dropped and created again in the
    ///     same transaction); without it, an existing table is an error and nothing is written.
    /// - Returns: The tables written, as ``PostgresOutputTarget/displayName(layer:)`` names them.
    /// - Throws: ``WriteError`` (an existing table, a view in the way, two layers of one name, a property of two
    ///   types, points and polygons in one layer, a connection or server failure; passwords scrubbed).
    @discardableResult
    package static func write(_ layers: [FeatureLayer], to target: PostgresOutputTarget, overwrite: Bool) throws(WriteError) -> [String] {
        var seen: Set<String> = []
        for layer in layers where !seen.insert(layer.name).inserted {
            throw WriteError(table: target.displayName(layer: layer.name), problem: "two layers are named '\(layer.name)'",
                             remedy: "name each layer once")
        }
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection(conninfo: target.conninfo)
        } catch let error as PostgresError {
            throw WriteError(table: "PG:", problem: error.problem, remedy: error.remedy)
        } catch {
            throw WriteError(table: "PG:", problem: "\(error)", remedy: "check the connection string")
        }
        var current = "PG:"
        do {
            return try connection.transaction { connection in
                guard try connection.geometryTypeOID() != 0 else {
                    throw WriteError(table: "PG:\(connection.database)", problem: "PostGIS is not installed in the database",
                                     remedy: "run CREATE EXTENSION postgis in it (as its owner), or write to a database that has it")
                }
                var written: [String] = []
                for layer in layers {
                    current = target.displayName(layer: layer.name)
                    try write(layer, to: target, overwrite: overwrite, on: connection)
                    written.append(current)
                }
                return written
            }
        } catch let error as WriteError {
            throw error
        } catch let error as GISLayerWriter.WriteError {
            throw WriteError(table: current, problem: error.reason, remedy: "report this: the map's layer cannot be a table")
        } catch let error as PostgresError {
            throw WriteError(table: current, problem: error.problem, remedy: error.remedy)
        } catch {
            throw WriteError(table: current, problem: "\(error)", remedy: "check the database and retry")
        }
    }

    /// Creates and fills one layer's table on a connection inside a transaction.
    static func write(_ layer: FeatureLayer, to target: PostgresOutputTarget, overwrite: Bool, on connection: PostgresConnection) throws {
        let display = target.displayName(layer: layer.name)
        let table = try connection.quoteQualifiedName(schema: target.schema, name: target.tableName(layer: layer.name))
        let columns = try GISLayerWriter.columns(of: layer, path: display)
        if let clash = columns.first(where: { [keyColumn, geometryColumn].contains($0.name.lowercased()) }) {
            throw WriteError(table: display, problem: "the layer has a property '\(clash.name)', the name of kume's own column",
                             remedy: "report this: the map's properties must not be named \(keyColumn) or \(geometryColumn)")
        }
        let geometryType: String = switch try GISLayerWriter.geometryType(of: layer, path: display) {
        case .point: "Point"
        case .multiPolygon: "MultiPolygon"
        default: "Geometry"
        }
        // The existing relation, if any: its kind (r table, p partitioned table, v view, …).
        let existing = try connection.execute(
            "SELECT c.relkind::text FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass($1)", [.text(table)])
        if existing.rowCount > 0 {
            let kind = existing[0, 0].string ?? ""
            guard overwrite else {
                throw WriteError(table: display, problem: "the table already exists",
                                 remedy: "give \(Setting.overwrite.words) to replace it, or change \(Setting.layerPrefix.words)")
            }
            guard kind == "r" || kind == "p" else {
                throw WriteError(table: display, problem: "a \(kind == "v" || kind == "m" ? "view" : "relation that is not a table") has that name",
                                 remedy: "drop it yourself, or change \(Setting.layerPrefix.words)")
            }
            try connection.execute("DROP TABLE \(table)")
        }
        var definitions = ["\(try connection.quoteIdentifier(keyColumn)) bigint PRIMARY KEY"]
        for column in columns {
            definitions.append("\(try connection.quoteIdentifier(column.name)) \(sqlType(column.type))")
        }
        let geometry = try connection.quoteIdentifier(geometryColumn)
        definitions.append("\(geometry) geometry(\(geometryType), 4326)")
        try connection.execute("CREATE TABLE \(table) (\(definitions.joined(separator: ", ")))")
        // A binary COPY without rows has no header either, which the server refuses: an empty layer is an empty table.
        if !layer.features.isEmpty { try copyRows(of: layer, columns: columns, into: table, on: connection) }
        try connection.execute("CREATE INDEX ON \(table) USING GIST (\(geometry))")
    }

    /// Sends the layer's features into the new table by binary COPY: `fid`, the columns, the geometry as EWKB.
    static func copyRows(of layer: FeatureLayer, columns: [(name: String, type: FieldType)], into table: String,
                         on connection: PostgresConnection) throws {
        let names = try ([keyColumn] + columns.map(\.name) + [geometryColumn]).map { try connection.quoteIdentifier($0) }
        try connection.copyIn("COPY \(table) (\(names.joined(separator: ", "))) FROM STDIN (FORMAT binary)") { writer in
            var values = [GeoJSONValue](repeating: .null, count: columns.count)
            for (index, feature) in layer.features.enumerated() {
                for slot in values.indices { values[slot] = .null }
                for (key, value) in feature.properties {
                    if let slot = columns.firstIndex(where: { $0.name == key }) { values[slot] = value }
                }
                try writer.beginRow(fieldCount: columns.count + 2)
                writer.append(Int64(index + 1))
                for (column, value) in zip(columns, values) { append(value, as: column.type, to: writer) }
                if let wkb = GISLayerWriter.wkb(feature.geometry) {
                    writer.append(try EWKB(wkb: wkb, srid: 4326))
                } else {
                    writer.appendNull()
                }
            }
        }
    }

    /// The column type of a field type: integers `bigint`, reals `double precision`, booleans, text.
    static func sqlType(_ type: FieldType) -> String {
        switch type {
        case .integer, .integer64: "bigint"
        case .real: "double precision"
        case .boolean: "boolean"
        default: "text"
        }
    }

    /// Appends one property as a binary COPY field of its column's type (the GeoPackage's values: reals rounded to
    /// the decimals the map states).
    static func append(_ value: GeoJSONValue, as type: FieldType, to writer: PostgresCopyWriter) {
        switch (GISLayerWriter.fieldValue(value), type) {
        case (.integer(let number), .real): writer.append(Double(number))
        case (.integer(let number), _): writer.append(number)
        case (.real(let number), _): writer.append(number)
        case (.boolean(let flag), _): writer.append(flag)
        case (.string(let text), _): writer.append(text: text)
        default: writer.appendNull()
        }
    }
}
