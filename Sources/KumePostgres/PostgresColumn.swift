/// A column of a result: its name and type.
public struct PostgresColumn: Sendable, Hashable {
    /// The column's name as the server reports it (`PQfname`).
    public let name: String
    /// The column's type OID (`PQftype`).
    public let typeOID: UInt32
    /// The type's name (`integer`, `text`, `geometry`, …), as `format_type` gives it, when the reader looked it up.
    public let typeName: String?

    /// Creates a column description.
    public init(name: String, typeOID: UInt32, typeName: String? = nil) {
        self.name = name
        self.typeOID = typeOID
        self.typeName = typeName
    }
}
