internal import CGDAL

/// One feature (row) of a layer: owns one `OGRFeatureH` (freed with `OGR_F_Destroy`) and keeps its layer alive.
///
/// A feature owns its values and geometry, so one read before ``VectorDataset/close()`` stays readable after it.
/// Features come from ``VectorLayer/nextFeature()`` when reading and from ``VectorLayer/makeFeature()`` when
/// writing. Not `Sendable`.
public final class VectorFeature {
    /// The `OGRFeatureH`.
    let handle: UnsafeMutableRawPointer
    /// The layer the feature was read from or is made for.
    public let layer: VectorLayer

    init(owning handle: UnsafeMutableRawPointer, layer: VectorLayer) {
        self.handle = handle
        self.layer = layer
    }

    deinit {
        OGR_F_Destroy(handle)
    }

    /// The feature id (`OGR_F_GetFID`), nil when unset (`OGRNullFID`): a feature not yet written. Spreadsheets
    /// number rows from 1 (row 1 being the header when there is one, so the first data row has id 2 in XLSX).
    public var id: Int64? {
        let id = OGR_F_GetFID(handle)
        return id == Int64(OGRNullFID) ? nil : id
    }

    /// The number of fields (`OGR_F_GetFieldCount`).
    public var fieldCount: Int { Int(OGR_F_GetFieldCount(handle)) }

    /// The value of the field at `index` (0-based), typed by the field's type; ``FieldValue/null`` when unset or
    /// null (`OGR_F_IsFieldSetAndNotNull`, then `OGR_F_GetFieldAs…`).
    ///
    /// - Throws: ``GDALError/Kind/fieldIndexOutOfRange(index:count:)``.
    public func value(at index: Int) throws -> FieldValue {
        try value(field: checkedIndex(index, "OGR_F_GetFieldAs…"))
    }

    /// The value of the field named `name` (exact, then case-insensitive match; `OGR_F_GetFieldIndex`).
    ///
    /// - Throws: ``GDALError/Kind/noSuchField(name:available:)``.
    public func value(named name: String) throws -> FieldValue {
        try value(field: fieldIndex(named: name))
    }

    /// Every field's value, in field order.
    public func values() -> [FieldValue] {
        (0..<OGR_F_GetFieldCount(handle)).map { value(field: $0) }
    }

    /// Reads field `field`, known to be in range.
    private func value(field: Int32) -> FieldValue {
        guard OGR_F_IsFieldSetAndNotNull(handle, field) != 0, let definition = OGR_F_GetFieldDefnRef(handle, field) else {
            return .null
        }
        switch FieldType(ogr: OGR_Fld_GetType(definition), subtype: OGR_Fld_GetSubType(definition)) {
        case .boolean: return .boolean(OGR_F_GetFieldAsInteger(handle, field) != 0)
        case .integer, .integer64: return .integer(OGR_F_GetFieldAsInteger64(handle, field))
        case .real: return .real(OGR_F_GetFieldAsDouble(handle, field))
        case .date: return dateTime(field).map { .date($0.date) } ?? .null
        case .dateTime: return dateTime(field).map { .dateTime($0) } ?? .null
        case .string, .time, .binary, .other: return .string(GDALCall.string(OGR_F_GetFieldAsString(handle, field)))
        }
    }

    /// A date or date-time field's parts (`OGR_F_GetFieldAsDateTimeEx`), nil when GDAL cannot read them.
    private func dateTime(_ field: Int32) -> FieldDateTime? {
        var year: Int32 = 0, month: Int32 = 0, day: Int32 = 0, hour: Int32 = 0, minute: Int32 = 0, zone: Int32 = 0
        var second: Float = 0
        guard OGR_F_GetFieldAsDateTimeEx(handle, field, &year, &month, &day, &hour, &minute, &second, &zone) != 0 else {
            return nil
        }
        return FieldDateTime(
            date: FieldDate(year: Int(year), month: Int(month), day: Int(day)), hour: Int(hour), minute: Int(minute),
            second: Double(second), timeZone: FieldDateTime.timeZone(flag: zone))
    }

    /// Sets the field at `index` (`OGR_F_SetField…`), refusing a value the field's type cannot hold.
    ///
    /// Accepted: ``FieldValue/null`` anywhere; integers in integer fields (in range: 32-bit for ``FieldType/integer``),
    /// and in real fields; reals in real fields; booleans in boolean fields and, as 0 or 1, in integer fields
    /// (formats without booleans); text in string fields; dates in date and date-time fields; date-times in
    /// date-time fields.
    /// - Throws: ``GDALError/Kind/fieldIndexOutOfRange(index:count:)`` or
    ///   ``GDALError/Kind/valueDoesNotFitField(field:fieldType:value:)``.
    public func set(_ value: FieldValue, at index: Int) throws {
        try set(value, field: checkedIndex(index, "OGR_F_SetField…"))
    }

    /// Sets the field named `name`; see ``set(_:at:)``.
    ///
    /// - Throws: ``GDALError/Kind/noSuchField(name:available:)`` or what ``set(_:at:)`` throws.
    public func set(_ value: FieldValue, named name: String) throws {
        try set(value, field: fieldIndex(named: name))
    }

    private func set(_ value: FieldValue, field: Int32) throws {
        let definition = OGR_F_GetFieldDefnRef(handle, field)
        let fieldDefinition = FeatureDefinition.field(definition)
        let refuse = GDALError(
            kind: .valueDoesNotFitField(field: fieldDefinition.name, fieldType: fieldDefinition.type.description, value: value.description),
            operation: "OGR_F_SetField", source: layer.source)
        switch (value, fieldDefinition.type) {
        case (.null, _):
            OGR_F_SetFieldNull(handle, field)
        case (.integer(let number), .integer):
            guard let small = Int32(exactly: number) else { throw refuse }
            OGR_F_SetFieldInteger(handle, field, small)
        case (.integer(let number), .integer64):
            OGR_F_SetFieldInteger64(handle, field, number)
        case (.integer(let number), .real):
            OGR_F_SetFieldDouble(handle, field, Double(number))
        case (.real(let number), .real):
            OGR_F_SetFieldDouble(handle, field, number)
        case (.boolean(let flag), .boolean), (.boolean(let flag), .integer), (.boolean(let flag), .integer64):
            OGR_F_SetFieldInteger(handle, field, flag ? 1 : 0)
        case (.string(let text), .string):
            OGR_F_SetFieldString(handle, field, text)
        case (.date(let date), .date), (.date(let date), .dateTime):
            OGR_F_SetFieldDateTimeEx(handle, field, Int32(date.year), Int32(date.month), Int32(date.day), 0, 0, 0, 0)
        case (.dateTime(let time), .dateTime):
            OGR_F_SetFieldDateTimeEx(
                handle, field, Int32(time.date.year), Int32(time.date.month), Int32(time.date.day), Int32(time.hour),
                Int32(time.minute), Float(time.second), time.timeZoneFlag)
        default:
            throw refuse
        }
    }

    /// The geometry as ISO Well-Known Binary, little-endian (`OGR_G_ExportToIsoWkb`), nil when the feature has
    /// none. Coordinates are in the layer's CRS, in the order of ``SpatialReference/dataAxisToCRSAxisMapping``.
    ///
    /// - Parameter dimensions: ``WKBDimensions/asStored`` keeps Z and M; ``WKBDimensions/xy`` drops them.
    /// - Throws: ``GDALError`` with GDAL's message when the geometry cannot be exported.
    public func geometryWKB(_ dimensions: WKBDimensions = .asStored) throws -> [UInt8]? {
        guard let borrowed = OGR_F_GetGeometryRef(handle) else { return nil }
        let needsCopy = dimensions == .xy && (OGR_G_Is3D(borrowed) != 0 || OGR_G_IsMeasured(borrowed) != 0)
        guard needsCopy else { return try GeometryHandle.isoWKB(borrowed, source: layer.source) }
        let copy = try GeometryHandle(owning: GDALCall.handle("OGR_G_Clone", source: layer.source) { OGR_G_Clone(borrowed) })
        OGR_G_Set3D(copy.handle, 0)
        OGR_G_SetMeasured(copy.handle, 0)
        return try GeometryHandle.isoWKB(copy.handle, source: layer.source)
    }

    /// Sets the geometry from Well-Known Binary (ISO or extended, either byte order; `OGR_G_CreateFromWkbEx`), or
    /// removes it for nil. A single geometry going into a layer of its multi type (a polygon into a multipolygon
    /// layer) is made a multi of one (`OGR_G_ForceTo`), as GeoPackage and FlatGeobuf readers expect.
    ///
    /// - Parameter wkb: The geometry in the layer's CRS and axis order (longitude, latitude for EPSG:4326).
    /// - Throws: ``GDALError/Kind/invalidGeometry`` for bytes that are not WKB, or GDAL's failure.
    public func setGeometry(wkb: [UInt8]?) throws {
        guard let wkb else {
            try GDALCall.ogr("OGR_F_SetGeometryDirectly", source: layer.source) { OGR_F_SetGeometryDirectly(handle, nil) }
            return
        }
        var geometry = try GeometryHandle(wkb: wkb, source: layer.source)
        let target = OGR_GT_Flatten(OGR_FD_GetGeomType(OGR_F_GetDefnRef(handle)))
        let actual = OGR_GT_Flatten(OGR_G_GetGeometryType(geometry.handle))
        if target != actual, OGR_GT_GetCollection(actual) == target, target != wkbGeometryCollection {
            geometry = try geometry.forced(to: target, source: layer.source)
        }
        // OGR_F_SetGeometryDirectly takes the geometry on success and on failure alike.
        let released = geometry.release()
        try GDALCall.ogr("OGR_F_SetGeometryDirectly", source: layer.source) { OGR_F_SetGeometryDirectly(handle, released) }
    }

    /// True when the feature has a geometry with coordinates (`OGR_F_GetGeometryRef`, `OGR_G_IsEmpty`).
    var hasNonEmptyGeometry: Bool {
        guard let geometry = OGR_F_GetGeometryRef(handle) else { return false }
        return OGR_G_IsEmpty(geometry) == 0
    }

    private func checkedIndex(_ index: Int, _ operation: String) throws -> Int32 {
        let count = fieldCount
        guard (0..<count).contains(index) else {
            throw GDALError(kind: .fieldIndexOutOfRange(index: index, count: count), operation: operation, source: layer.source)
        }
        return Int32(index)
    }

    private func fieldIndex(named name: String) throws -> Int32 {
        let index = OGR_F_GetFieldIndex(handle, name)
        guard index >= 0 else {
            let names = (0..<OGR_F_GetFieldCount(handle)).map { FeatureDefinition.field(OGR_F_GetFieldDefnRef(handle, $0)).name }
            throw GDALError(kind: .noSuchField(name: name, available: names), operation: "OGR_F_GetFieldIndex", source: layer.source)
        }
        return index
    }
}

/// Which coordinates ``VectorFeature/geometryWKB(_:)`` keeps.
public enum WKBDimensions: Sendable {
    /// X, Y and whatever Z and M the geometry has.
    case asStored
    /// X and Y only.
    case xy
}
