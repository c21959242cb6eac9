import KumePostgres

/// A PostgreSQL/PostGIS database that a command writes its layers into, named as GDAL names one:
/// `PG:dbname=kume host=… port=…` (a libpq conninfo) or `PG:postgresql://user@host:port/kume`.
///
/// Credentials come the PostgreSQL way (the string, the `PG*` variables, `~/.pgpass`). The tables are named by a
/// prefix and the layer's name (`kume_candidates`), optionally in a schema (`planning.bursa_` writes
/// `planning.bursa_candidates`); GDAL's `tables=` and `schemas=` are refused, as the layers name the tables.
package struct PostgresOutputTarget: Sendable, Hashable {
    /// The prefix used when none is given: tables `kume_members`, `kume_geography`, `kume_candidates`, ….
    package static let defaultPrefix = "kume_"

    /// The libpq conninfo or URI.
    package let conninfo: String
    /// The schema the tables go to, or nil for the connection's current schema (`public` by default).
    package let schema: String?
    /// The text before each layer's name.
    package let prefix: String

    /// Parses a `PG:` output argument and a `--layer-prefix` value.
    ///
    /// - Parameters:
    ///   - argument: `PG:` and a conninfo or URI.
    ///   - layerPrefix: `prefix` or `schema.prefix` (the schema part before the first `.`); nil for
    ///     ``defaultPrefix``. An empty prefix names the tables by the layers alone.
    /// - Throws: ``InputError`` for `tables=`/`schemas=` keys or an empty schema.
    package init(argument: String, layerPrefix: String? = nil) throws(InputError) {
        let text = String(argument.dropFirst(3))
        let isURI = text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
        if !isURI {
            for token in PostgresTableSource.tokens(text) {
                switch token.key?.lowercased() {
                case "tables", "schemas", "active_schema", "list_all_tables":
                    throw PostgresTableSource.error(
                        argument, "'\(token.key ?? "")=' is given for an output, whose tables the layers name",
                        "drop it; \(Setting.layerPrefix.words) PREFIX (or SCHEMA.PREFIX) names the tables (default \(Self.defaultPrefix))")
                default:
                    continue
                }
            }
        } else if text.contains(where: \.isWhitespace) {
            throw PostgresTableSource.error(
                argument, "options follow a postgresql:// URI", "put connection options in the URI's query (?sslmode=require)")
        }
        conninfo = text
        let given = layerPrefix ?? Self.defaultPrefix
        if let dot = given.firstIndex(of: ".") {
            let schema = String(given[..<dot])
            guard !schema.isEmpty else {
                throw PostgresTableSource.error(
                    argument, "\(Setting.layerPrefix.words) \(given) has an empty schema before '.'",
                    "write \(Setting.layerPrefix.words) SCHEMA.PREFIX or PREFIX")
            }
            self.schema = schema
            prefix = String(given[given.index(after: dot)...])
        } else {
            schema = nil
            prefix = given
        }
    }

    /// The table a layer is written to, without quotes: `prefix` + `layer`.
    package func tableName(layer: String) -> String {
        prefix + layer
    }

    /// How messages name a layer's table: `PG:kume_candidates` or `PG:planning.kume_candidates`, never the
    /// connection string (which may hold a password).
    package func displayName(layer: String) -> String {
        "PG:" + (schema.map { $0 + "." } ?? "") + tableName(layer: layer)
    }
}
