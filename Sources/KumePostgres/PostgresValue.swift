/// One value going to or coming from PostgreSQL.
///
/// As a query parameter each case is sent in binary with its type (`bool`, `int8`, `float8`, `bytea`), except
/// ``text(_:)``, sent as text of a type the server infers from the statement (so `$1::date` works), and
/// ``geometry(_:)``, sent as binary EWKB of an inferred type (a `geometry` column or `ST_…(geometry)` argument reads
/// it with PostGIS's binary input). No value is ever spliced into the SQL text.
///
/// In a result, `bool`, `int2`/`int4`/`int8`/`oid`, `float4`/`float8`, `bytea` and PostGIS `geometry` arrive as the
/// matching case; every other type (`numeric`, `date`, `timestamp`, `varchar`, …) as its text form.
public enum PostgresValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// `boolean`.
    case bool(Bool)
    /// `smallint`, `integer`, `bigint` (sent as `bigint`).
    case int(Int64)
    /// `real`, `double precision` (sent as `double precision`, bit for bit).
    case double(Double)
    /// Text, and the text form of every type without a case of its own.
    case text(String)
    /// `bytea`.
    case bytes([UInt8])
    /// A PostGIS geometry as extended WKB.
    case geometry(EWKB)

    /// The text, if this is ``text(_:)``.
    public var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// Whether this is ``null``.
    public var isNull: Bool {
        self == .null
    }
}

/// The type OIDs kume uses, fixed in PostgreSQL's catalogue (`pg_type.dat`); PostGIS's `geometry` has no fixed OID
/// and is looked up per connection.
enum PostgresTypeOID {
    static let bool: UInt32 = 16
    static let bytea: UInt32 = 17
    static let name: UInt32 = 19
    static let int8: UInt32 = 20
    static let int2: UInt32 = 21
    static let int4: UInt32 = 23
    static let text: UInt32 = 25
    static let oid: UInt32 = 26
    static let float4: UInt32 = 700
    static let float8: UInt32 = 701
    static let varchar: UInt32 = 1043
}
