/// A field (column) of a layer: its name and type, as read from a layer or given to
/// ``VectorLayer/createField(_:)``.
public struct FieldDefinition: Sendable, Hashable {
    /// The field's name as the layer stores it (drivers may change it on creation: PostgreSQL lowercases).
    public var name: String
    /// The field's type.
    public var type: FieldType
    /// The width in characters or digits, 0 when unspecified (`OGR_Fld_GetWidth`).
    public var width: Int
    /// Digits after the decimal point for reals, 0 when unspecified (`OGR_Fld_GetPrecision`).
    public var precision: Int
    /// False when the field refuses nulls (`NOT NULL`; `OGR_Fld_IsNullable`).
    public var isNullable: Bool

    /// A field named `name` of `type`; width and precision 0 leave them to the driver.
    public init(name: String, type: FieldType, width: Int = 0, precision: Int = 0, isNullable: Bool = true) {
        self.name = name
        self.type = type
        self.width = width
        self.precision = precision
        self.isNullable = isNullable
    }
}
