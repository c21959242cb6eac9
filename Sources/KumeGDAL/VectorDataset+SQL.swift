internal import CGDAL

/// The SQL dialect of ``VectorDataset/executeSQL(_:dialect:)``.
public enum SQLDialect: String, Sendable {
    /// The data source's own SQL: PostgreSQL's for PostGIS, SQLite's (with SpatiaLite-like functions) for
    /// GeoPackage, OGR SQL for files without an engine.
    case native = ""
    /// OGR's own SQL subset (`OGRSQL`).
    case ogr = "OGRSQL"
    /// SQLite's SQL over any source, with GDAL's `ST_*` functions such as `ST_IsValid` (`SQLITE`).
    case sqlite = "SQLITE"
}

extension VectorDataset {
    /// Runs an SQL statement (`GDALDatasetExecuteSQL`); the rows of a query come back as a result layer,
    /// released with `GDALDatasetReleaseResultSet` when the layer goes or the dataset closes.
    ///
    /// Statements that return no rows (`CREATE INDEX`, `INSERT`, …) return nil. kume never builds SQL from data
    /// values: pass identifiers quoted and values through layers.
    /// - Parameters:
    ///   - statement: The SQL.
    ///   - dialect: The dialect; ``SQLDialect/native`` by default.
    /// - Throws: ``GDALError`` with the engine's message for a statement that fails.
    public func executeSQL(_ statement: String, dialect: SQLDialect = .native) throws -> VectorLayer? {
        let result = try withHandle("GDALDatasetExecuteSQL") { handle -> UnsafeMutableRawPointer? in
            GDALCall.reset()
            let layer = GDALDatasetExecuteSQL(handle, statement, nil, dialect == .native ? nil : dialect.rawValue)
            if GDALCall.failed {
                if let layer { GDALDatasetReleaseResultSet(handle, layer) }
                throw GDALCall.failure("GDALDatasetExecuteSQL", source: source)
            }
            return layer
        }
        guard let result else { return nil }
        let layer = VectorLayer(result, of: self, ownership: .resultSet)
        track(resultSet: layer)
        return layer
    }

    /// True when the dataset has real transactions (`ODsCTransactions`): GeoPackage and PostgreSQL do; files
    /// written in one pass (FlatGeobuf, GeoJSON) do not, and are made atomic by writing to a temporary path.
    public func supportsTransactions() throws -> Bool {
        try withHandle("GDALDatasetTestCapability") { GDALDatasetTestCapability($0, "Transactions") != 0 }
    }

    /// Starts a transaction (`GDALDatasetStartTransaction`, without emulation).
    ///
    /// - Throws: ``GDALError/Kind/unsupported`` when the driver has no transactions, or GDAL's failure.
    public func beginTransaction() throws {
        try withHandle("GDALDatasetStartTransaction") { handle in
            try GDALCall.ogr("GDALDatasetStartTransaction", source: source) { GDALDatasetStartTransaction(handle, 0) }
        }
    }

    /// Commits the transaction (`GDALDatasetCommitTransaction`).
    ///
    /// - Throws: ``GDALError`` with GDAL's message when the commit fails (the changes are then lost).
    public func commitTransaction() throws {
        try withHandle("GDALDatasetCommitTransaction") { handle in
            try GDALCall.ogr("GDALDatasetCommitTransaction", source: source) { GDALDatasetCommitTransaction(handle) }
        }
    }

    /// Rolls the transaction back (`GDALDatasetRollbackTransaction`).
    ///
    /// - Throws: ``GDALError`` with GDAL's message.
    public func rollbackTransaction() throws {
        try withHandle("GDALDatasetRollbackTransaction") { handle in
            try GDALCall.ogr("GDALDatasetRollbackTransaction", source: source) { GDALDatasetRollbackTransaction(handle) }
        }
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws (and rethrows).
    ///
    /// - Throws: What `body` throws, or what starting or committing throws.
    @discardableResult
    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try beginTransaction()
        let result: T
        do {
            result = try body()
        } catch {
            try? rollbackTransaction()
            throw error
        }
        try commitTransaction()
        return result
    }
}
