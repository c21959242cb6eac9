internal import CGDAL

/// A layer's feature definition: its fields and geometry type. Wraps an `OGRFeatureDefnH` borrowed from its
/// layer (`OGR_L_GetLayerDefn`), which it keeps alive; every call checks that the dataset is still open.
public final class FeatureDefinition {
    /// The `OGRFeatureDefnH`, owned by the layer.
    private let handle: UnsafeMutableRawPointer
    /// The layer that owns the definition.
    public let layer: VectorLayer

    init(_ handle: UnsafeMutableRawPointer, of layer: VectorLayer) {
        self.handle = handle
        self.layer = layer
    }

    /// The number of fields (`OGR_FD_GetFieldCount`).
    public func fieldCount() throws -> Int {
        try layer.withHandle("OGR_FD_GetFieldCount") { _ in Int(OGR_FD_GetFieldCount(handle)) }
    }

    /// The fields, in order (`OGR_FD_GetFieldDefn` for each).
    public func fields() throws -> [FieldDefinition] {
        try layer.withHandle("OGR_FD_GetFieldDefn") { _ in
            (0..<OGR_FD_GetFieldCount(handle)).map { Self.field(OGR_FD_GetFieldDefn(handle, $0)) }
        }
    }

    /// The field at `index` (0-based).
    ///
    /// - Throws: ``GDALError/Kind/fieldIndexOutOfRange(index:count:)``.
    public func field(at index: Int) throws -> FieldDefinition {
        try layer.withHandle("OGR_FD_GetFieldDefn") { _ in
            let count = Int(OGR_FD_GetFieldCount(handle))
            guard (0..<count).contains(index) else {
                throw GDALError(
                    kind: .fieldIndexOutOfRange(index: index, count: count), operation: "OGR_FD_GetFieldDefn",
                    source: layer.source)
            }
            return Self.field(OGR_FD_GetFieldDefn(handle, Int32(index)))
        }
    }

    /// The geometry type of the first geometry field, without its dimension (`OGR_FD_GetGeomType`).
    public func geometryType() throws -> VectorGeometryType {
        try layer.withHandle("OGR_FD_GetGeomType") { _ in VectorGeometryType(ogr: OGR_FD_GetGeomType(handle)) }
    }

    /// A field's definition as a value; a NULL handle (which GDAL returns only for a bad index) reads as an
    /// unnamed string field.
    static func field(_ field: UnsafeMutableRawPointer?) -> FieldDefinition {
        guard let field else { return FieldDefinition(name: "", type: .string) }
        return FieldDefinition(
            name: GDALCall.string(OGR_Fld_GetNameRef(field)),
            type: FieldType(ogr: OGR_Fld_GetType(field), subtype: OGR_Fld_GetSubType(field)),
            width: Int(OGR_Fld_GetWidth(field)), precision: Int(OGR_Fld_GetPrecision(field)),
            isNullable: OGR_Fld_IsNullable(field) != 0)
    }
}
