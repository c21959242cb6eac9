internal import CGDAL

extension VectorLayer {
    /// Adds a field (`OGR_L_CreateField` with an `OGRFieldDefnH` made by `OGR_Fld_Create`, the subtype set for
    /// booleans), before any feature is written. The driver may change the name (PostgreSQL lowercases by
    /// default) or the type (formats without booleans store integers); ``fields()`` tells what it stored.
    ///
    /// - Returns: The new field's index.
    /// - Throws: ``GDALError/Kind/unsupported`` for a list type or a driver that refuses the type, or GDAL's
    ///   failure (a duplicate name).
    @discardableResult
    public func createField(_ field: FieldDefinition) throws -> Int {
        guard let (type, subtype) = field.type.ogr else {
            throw GDALError(kind: .unsupported, operation: "OGR_L_CreateField (\(field.type))", source: source)
        }
        let definition = try FieldDefinitionHandle(name: field.name, type: type, source: source)
        OGR_Fld_SetSubType(definition.handle, subtype)
        OGR_Fld_SetWidth(definition.handle, Int32(clamping: field.width))
        OGR_Fld_SetPrecision(definition.handle, Int32(clamping: field.precision))
        OGR_Fld_SetNullable(definition.handle, field.isNullable ? 1 : 0)
        return try withHandle("OGR_L_CreateField") { handle in
            // bApproxOK = 0: a driver that cannot store the type exactly fails rather than silently changing it,
            // except for the documented boolean-to-integer fallback, which GDAL applies with a warning.
            try GDALCall.ogr("OGR_L_CreateField", source: source) { OGR_L_CreateField(handle, definition.handle, 0) }
            return Int(OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(handle))) - 1
        }
    }

    /// A new, empty feature for this layer (`OGR_F_Create` on its definition), to fill and ``add(_:)``.
    ///
    /// - Throws: ``GDALError/Kind/closed`` after the dataset was closed.
    public func makeFeature() throws -> VectorFeature {
        try withHandle("OGR_F_Create") { handle in
            let feature = try GDALCall.handle("OGR_F_Create", source: source) { OGR_F_Create(OGR_L_GetLayerDefn(handle)) }
            return VectorFeature(owning: feature, layer: self)
        }
    }

    /// Writes `feature` as a new feature (`OGR_L_CreateFeature`), which sets its id.
    ///
    /// - Returns: The id the layer gave it; nil when the format numbers features only when they are read back
    ///   (FlatGeobuf, GeoJSON).
    /// - Throws: ``GDALError`` with GDAL's message (a `NOT NULL` field left null, a geometry the format refuses);
    ///   ``GDALError/Kind/unsupported`` for a feature without geometry (or with an empty one) in a FlatGeobuf
    ///   layer, which GDAL 3.6's writer would drop without a word.
    @discardableResult
    public func add(_ feature: VectorFeature) throws -> Int64? {
        if dataset.driver == .flatGeobuf, !feature.hasNonEmptyGeometry {
            throw GDALError(
                kind: .unsupported, operation: "writing a feature without geometry (FlatGeobuf drops it)", source: source)
        }
        try withHandle("OGR_L_CreateFeature") { handle in
            try GDALCall.ogr("OGR_L_CreateFeature", source: source) { OGR_L_CreateFeature(handle, feature.handle) }
        }
        return feature.id
    }

    /// Writes one feature from its values, in field order, and its geometry as WKB (nil for none).
    ///
    /// - Returns: The id the layer gave it, or nil (see ``add(_:)``).
    /// - Throws: What ``VectorFeature/set(_:at:)``, ``VectorFeature/setGeometry(wkb:)`` and ``add(_:)`` throw;
    ///   ``GDALError/Kind/fieldIndexOutOfRange(index:count:)`` when `values` has more entries than the layer has
    ///   fields (fewer leave the rest null).
    @discardableResult
    public func add(values: [FieldValue], geometryWKB: [UInt8]?) throws -> Int64? {
        let feature = try makeFeature()
        // Nulls are set explicitly (`OGR_F_SetFieldNull`): GeoJSON and FlatGeobuf then write a null rather than
        // leaving the property out.
        for (index, value) in values.enumerated() {
            try feature.set(value, at: index)
        }
        if geometryWKB != nil { try feature.setGeometry(wkb: geometryWKB) }
        return try add(feature)
    }
}

/// A field definition being built for `OGR_L_CreateField`: owns one `OGRFieldDefnH` (`OGR_Fld_Create`, freed with
/// `OGR_Fld_Destroy`; the layer copies it).
final class FieldDefinitionHandle {
    /// The `OGRFieldDefnH`.
    let handle: UnsafeMutableRawPointer

    init(name: String, type: OGRFieldType, source: String) throws {
        handle = try GDALCall.handle("OGR_Fld_Create", source: source) { OGR_Fld_Create(name, type) }
    }

    deinit {
        OGR_Fld_Destroy(handle)
    }
}
