internal import CGDAL

/// A layer of a ``VectorDataset`` (a sheet of a workbook, a table of a GeoPackage or database, the one layer of a
/// FlatGeobuf or Shapefile), or the result of ``VectorDataset/executeSQL(_:dialect:)``.
///
/// Wraps an `OGRLayerH` borrowed from its dataset, which the layer keeps alive; a result layer is released
/// with `GDALDatasetReleaseResultSet` when it goes (or when the dataset closes first). Every call checks that the
/// dataset is still open. Reading is sequential: ``nextFeature()`` after ``resetReading()``. Not `Sendable`.
public final class VectorLayer {
    /// Who frees the handle.
    enum Ownership {
        /// The dataset owns the layer (`GDALDatasetGetLayer`, `GDALDatasetCreateLayer`).
        case borrowed
        /// An SQL result, released with `GDALDatasetReleaseResultSet`.
        case resultSet
    }

    /// The `OGRLayerH`; nil once a result set was released.
    private var handle: UnsafeMutableRawPointer?
    /// The dataset the layer belongs to, kept alive by the layer.
    public let dataset: VectorDataset
    private let ownership: Ownership
    /// The layer's name (`OGR_L_GetName`): the sheet's name for spreadsheets, the table's for GeoPackage.
    public let name: String

    init(_ handle: UnsafeMutableRawPointer, of dataset: VectorDataset, ownership: Ownership) {
        self.handle = handle
        self.dataset = dataset
        self.ownership = ownership
        self.name = GDALCall.string(OGR_L_GetName(handle))
    }

    deinit {
        releaseResultSet()
    }

    /// Releases a result set now (`GDALDatasetReleaseResultSet`); does nothing for a borrowed layer.
    func releaseResultSet() {
        guard ownership == .resultSet, let handle else { return }
        self.handle = nil
        _ = try? dataset.withHandle("GDALDatasetReleaseResultSet") { GDALDatasetReleaseResultSet($0, handle) }
    }

    /// Runs `body` with the live layer handle, inside the dataset's seam (open check, configuration).
    func withHandle<T>(_ operation: String, _ body: (UnsafeMutableRawPointer) throws -> T) throws -> T {
        try dataset.withHandle(operation) { _ in
            guard let handle else { throw GDALError(kind: .closed, operation: operation, source: dataset.source) }
            return try body(handle)
        }
    }

    /// The source and layer for messages: `FILE:LAYER`.
    var source: String { "\(dataset.source):\(name)" }

    /// True for the result of an SQL statement.
    public var isResultSet: Bool { ownership == .resultSet }

    /// The layer's field and geometry definition (`OGR_L_GetLayerDefn`).
    ///
    /// - Throws: ``GDALError/Kind/closed`` after the dataset was closed.
    public func definition() throws -> FeatureDefinition {
        try withHandle("OGR_L_GetLayerDefn") { handle in
            guard let definition = OGR_L_GetLayerDefn(handle) else {
                throw GDALError(kind: .failed, operation: "OGR_L_GetLayerDefn", source: source)
            }
            return FeatureDefinition(definition, of: self)
        }
    }

    /// The fields, in order.
    ///
    /// - Throws: ``GDALError/Kind/closed`` after the dataset was closed.
    public func fields() throws -> [FieldDefinition] {
        try definition().fields()
    }

    /// The index of the field named `name` (exact match first, then GDAL's case-insensitive match;
    /// `OGR_L_FindFieldIndex`).
    ///
    /// - Throws: ``GDALError/Kind/noSuchField(name:available:)`` listing the fields.
    public func fieldIndex(named name: String) throws -> Int {
        let index = try withHandle("OGR_L_FindFieldIndex") { OGR_L_FindFieldIndex($0, name, 1) }
        guard index >= 0 else {
            throw GDALError(
                kind: .noSuchField(name: name, available: try fields().map(\.name)), operation: "OGR_L_FindFieldIndex",
                source: source)
        }
        return Int(index)
    }

    /// The layer's geometry type without its dimension (`OGR_L_GetGeomType`); ``VectorGeometryType/none`` for a
    /// table without geometry.
    public func geometryType() throws -> VectorGeometryType {
        try withHandle("OGR_L_GetGeomType") { VectorGeometryType(ogr: OGR_L_GetGeomType($0)) }
    }

    /// True when the layer declares Z coordinates (`OGR_GT_HasZ` of its type).
    public func geometryHasZ() throws -> Bool {
        try withHandle("OGR_L_GetGeomType") { OGR_GT_HasZ(OGR_L_GetGeomType($0)) != 0 }
    }

    /// The geometry column's name (`OGR_L_GetGeometryColumn`), nil when the format does not name it (Shapefile,
    /// FlatGeobuf, GeoJSON) or the layer has no geometry.
    public func geometryColumnName() throws -> String? {
        try withHandle("OGR_L_GetGeometryColumn") { handle in
            let name = GDALCall.string(OGR_L_GetGeometryColumn(handle))
            return name.isEmpty ? nil : name
        }
    }

    /// The feature id column's name (`OGR_L_GetFIDColumn`), nil when the format keeps ids implicit.
    public func fidColumnName() throws -> String? {
        try withHandle("OGR_L_GetFIDColumn") { handle in
            let name = GDALCall.string(OGR_L_GetFIDColumn(handle))
            return name.isEmpty ? nil : name
        }
    }

    /// A copy of the layer's spatial reference (`OGR_L_GetSpatialRef`, `OSRClone`), nil when the layer has none
    /// (spreadsheets, a Shapefile without `.prj`). Its ``SpatialReference/dataAxisToCRSAxisMapping`` says how the
    /// WKB's x and y map to the CRS's axes.
    ///
    /// - Throws: ``GDALError`` when the copy fails, or after the dataset was closed.
    public func spatialReference() throws -> SpatialReference? {
        try withHandle("OGR_L_GetSpatialRef") { handle in
            guard let reference = OGR_L_GetSpatialRef(handle) else { return nil }
            return try SpatialReference.cloning(reference, source: source)
        }
    }

    /// The number of features (`OGR_L_GetFeatureCount`): with `exact`, GDAL counts by reading when it must; without,
    /// nil when counting would be expensive.
    ///
    /// - Throws: ``GDALError`` with GDAL's message when counting fails.
    public func featureCount(exact: Bool = true) throws -> Int? {
        try withHandle("OGR_L_GetFeatureCount") { handle in
            GDALCall.reset()
            let count = OGR_L_GetFeatureCount(handle, exact ? 1 : 0)
            if GDALCall.failed { throw GDALCall.failure("OGR_L_GetFeatureCount", source: source) }
            return count < 0 ? nil : Int(count)
        }
    }

    /// Restarts reading at the first feature (`OGR_L_ResetReading`).
    public func resetReading() throws {
        try withHandle("OGR_L_ResetReading") { OGR_L_ResetReading($0) }
    }

    /// The next feature, nil after the last (`OGR_L_GetNextFeature`).
    ///
    /// - Throws: ``GDALError`` with GDAL's message when the driver fails while reading (a damaged file).
    public func nextFeature() throws -> VectorFeature? {
        try withHandle("OGR_L_GetNextFeature") { handle in
            GDALCall.reset()
            guard let feature = OGR_L_GetNextFeature(handle) else {
                if GDALCall.failed { throw GDALCall.failure("OGR_L_GetNextFeature", source: source) }
                return nil
            }
            return VectorFeature(owning: feature, layer: self)
        }
    }

    /// Calls `body` with every feature from the first, in the layer's order.
    ///
    /// - Throws: what ``nextFeature()`` or `body` throws.
    public func forEachFeature(_ body: (VectorFeature) throws -> Void) throws {
        try resetReading()
        while let feature = try nextFeature() {
            try body(feature)
        }
    }

    /// The feature with id `id` (`OGR_L_GetFeature`), nil when there is none.
    ///
    /// - Throws: ``GDALError`` with GDAL's message when reading fails.
    public func feature(id: Int64) throws -> VectorFeature? {
        try withHandle("OGR_L_GetFeature") { handle in
            GDALCall.reset()
            guard let feature = OGR_L_GetFeature(handle, id) else {
                if GDALCall.failed { throw GDALCall.failure("OGR_L_GetFeature", source: source) }
                return nil
            }
            return VectorFeature(owning: feature, layer: self)
        }
    }

    /// True when the layer reports OGR capability `name` (`OGR_L_TestCapability`), for example
    /// `"SequentialWrite"`, `"CreateField"`, `"Transactions"`, `"FastFeatureCount"`.
    public func supports(_ name: String) throws -> Bool {
        try withHandle("OGR_L_TestCapability") { OGR_L_TestCapability($0, name) != 0 }
    }
}
