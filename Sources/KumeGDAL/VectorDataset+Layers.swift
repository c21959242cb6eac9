internal import CGDAL

extension VectorDataset {
    /// The number of layers (sheets, tables) (`GDALDatasetGetLayerCount`).
    ///
    /// - Throws: ``GDALError/Kind/closed`` after ``close()``.
    public func layerCount() throws -> Int {
        try withHandle("GDALDatasetGetLayerCount") { Int(GDALDatasetGetLayerCount($0)) }
    }

    /// The layers' names, in the dataset's order: a workbook's sheets in tab order.
    public func layerNames() throws -> [String] {
        try withHandle("GDALDatasetGetLayer") { handle in
            (0..<GDALDatasetGetLayerCount(handle)).map { GDALCall.string(OGR_L_GetName(GDALDatasetGetLayer(handle, $0))) }
        }
    }

    /// The layer at `index`, 0-based (`GDALDatasetGetLayer`).
    ///
    /// - Throws: ``GDALError/Kind/layerIndexOutOfRange(index:count:)``.
    public func layer(at index: Int) throws -> VectorLayer {
        try withHandle("GDALDatasetGetLayer") { handle in
            let count = Int(GDALDatasetGetLayerCount(handle))
            guard (0..<count).contains(index), let layer = GDALDatasetGetLayer(handle, Int32(index)) else {
                throw GDALError(
                    kind: .layerIndexOutOfRange(index: index, count: count), operation: "GDALDatasetGetLayer", source: source)
            }
            return VectorLayer(layer, of: self, ownership: .borrowed)
        }
    }

    /// The layer named `name` (`GDALDatasetGetLayerByName`; GeoPackage and PostgreSQL match case-insensitively,
    /// PostgreSQL also finds tables and views by `schema.table`).
    ///
    /// - Throws: ``GDALError/Kind/noSuchLayer(name:available:)`` listing the layers there are.
    public func layer(named name: String) throws -> VectorLayer {
        let found = try withHandle("GDALDatasetGetLayerByName") { handle in
            GDALCall.reset()
            return GDALDatasetGetLayerByName(handle, name)
        }
        guard let found else {
            throw GDALError(
                kind: .noSuchLayer(name: name, available: try layerNames()), operation: "GDALDatasetGetLayerByName",
                source: source, gdalMessage: GDALCall.failed ? GDALCall.lastMessage : nil)
        }
        return VectorLayer(found, of: self, ownership: .borrowed)
    }

    /// Creates a layer (`GDALDatasetCreateLayer`); add fields with ``VectorLayer/createField(_:)`` before features.
    ///
    /// - Parameters:
    ///   - name: The layer's (table's, sheet's) name.
    ///   - geometryType: The geometry type; ``VectorGeometryType/none`` for a table without geometry.
    ///   - spatialReference: The CRS, typically ``SpatialReference/wgs84()`` (EPSG:4326, longitude, latitude);
    ///     nil for none.
    ///   - options: Spatial index, column names, overwrite, and the driver's own options.
    /// - Throws: ``GDALError/Kind/alreadyExists`` for an existing layer without `overwrite`,
    ///   ``GDALError/Kind/unsupportedOption(name:driver:known:)``, ``GDALError/Kind/unsupported``, or GDAL's failure.
    public func createLayer(
        named name: String, geometryType: VectorGeometryType, spatialReference: SpatialReference?,
        options: LayerCreationOptions = LayerCreationOptions()
    ) throws -> VectorLayer {
        guard let type = geometryType.ogr else {
            throw GDALError(kind: .unsupported, operation: "GDALDatasetCreateLayer (\(geometryType))", source: source)
        }
        let gdalOptions = try options.gdalOptions(for: driver, source: source)
        if let index = try existingLayerIndex(named: name) {
            guard options.overwrite else {
                throw GDALError(kind: .alreadyExists, operation: "GDALDatasetCreateLayer", source: "\(source):\(name)")
            }
            // Drivers with an OVERWRITE option replace the layer themselves.
            if gdalOptions["OVERWRITE"] == nil { try deleteLayer(at: index) }
        }
        let optionList = StringList(options: gdalOptions)
        let layer = try withHandle("GDALDatasetCreateLayer") { handle in
            try GDALCall.handle("GDALDatasetCreateLayer", source: "\(source):\(name)") {
                // The driver copies (or references) the spatial reference; ours stays owned by its object.
                GDALDatasetCreateLayer(handle, name, spatialReference?.handle, type, optionList.pointer)
            }
        }
        return VectorLayer(layer, of: self, ownership: .borrowed)
    }

    /// Deletes the layer named `name` (`GDALDatasetDeleteLayer`).
    ///
    /// - Throws: ``GDALError/Kind/noSuchLayer(name:available:)``, ``GDALError/Kind/unsupported`` for a driver that
    ///   cannot delete layers, or GDAL's failure.
    public func deleteLayer(named name: String) throws {
        guard let index = try existingLayerIndex(named: name) else {
            throw GDALError(
                kind: .noSuchLayer(name: name, available: try layerNames()), operation: "GDALDatasetDeleteLayer",
                source: source)
        }
        try deleteLayer(at: index)
    }

    private func deleteLayer(at index: Int) throws {
        try withHandle("GDALDatasetDeleteLayer") { handle in
            try GDALCall.ogr("GDALDatasetDeleteLayer", source: source) { GDALDatasetDeleteLayer(handle, Int32(index)) }
        }
    }

    /// The index of the listed layer whose name equals `name` exactly, nil when there is none. Layer objects from
    /// ``layer(named:)`` stay out of it: PostgreSQL resolves unlisted tables there.
    private func existingLayerIndex(named name: String) throws -> Int? {
        try layerNames().firstIndex(of: name)
    }
}
