internal import CLibPQ

/// The rows a statement returned, owning libpq's `PGresult`; values decoded on access by column type.
///
/// Results are fetched in text format and turned into ``PostgresValue``s by each column's type OID (see
/// ``PostgresValue``). Not `Sendable`: copy the values out to share them.
public final class PostgresResult {
    /// libpq's result handle (`PGresult *`).
    let handle: OpaquePointer
    /// PostGIS's geometry type OID on the connection that produced this result (0 when not installed).
    let geometryOID: UInt32
    /// The columns, in order.
    public let columns: [PostgresColumn]

    init(owning handle: OpaquePointer, geometryOID: UInt32) {
        self.handle = handle
        self.geometryOID = geometryOID
        columns = (0..<PQnfields(handle)).map { index in
            PostgresColumn(name: String(cString: PQfname(handle, index)), typeOID: PQftype(handle, index))
        }
    }

    deinit {
        PQclear(handle)
    }

    /// The number of rows (`PQntuples`).
    public var rowCount: Int { Int(PQntuples(handle)) }

    /// The rows a command touched (`PQcmdTuples`: INSERT, UPDATE, DELETE, COPY, …), or nil when it does not say.
    public var affectedRows: Int? {
        guard let text = PQcmdTuples(handle) else { return nil }
        return Int(String(cString: text))
    }

    /// The index of the column named `name` (`PQfnumber`: case-sensitive if double-quoted), or nil.
    public func columnIndex(named name: String) -> Int? {
        let index = Int(PQfnumber(handle, name))
        return index >= 0 ? index : nil
    }

    /// The value at `row`, `column`, decoded by the column's type.
    ///
    /// - Precondition: `row` and `column` are in range.
    public subscript(row: Int, column: Int) -> PostgresValue {
        precondition(row >= 0 && row < rowCount && column >= 0 && column < columns.count, "index out of range")
        let r = Int32(row)
        let c = Int32(column)
        if PQgetisnull(handle, r, c) == 1 { return .null }
        let text = String(cString: PQgetvalue(handle, r, c))
        return Self.decode(text, typeOID: columns[column].typeOID, geometryOID: geometryOID)
    }

    /// Every row's values, in order.
    public var rows: [[PostgresValue]] {
        (0..<rowCount).map { row in (0..<columns.count).map { self[row, $0] } }
    }

    /// A value in text format as the case its type asks for; the text itself when it does not parse.
    static func decode(_ text: String, typeOID: UInt32, geometryOID: UInt32) -> PostgresValue {
        switch typeOID {
        case PostgresTypeOID.bool:
            return .bool(text == "t")
        case PostgresTypeOID.int2, PostgresTypeOID.int4, PostgresTypeOID.int8, PostgresTypeOID.oid:
            return Int64(text).map { .int($0) } ?? .text(text)
        case PostgresTypeOID.float4, PostgresTypeOID.float8:
            return Double(text).map { .double($0) } ?? .text(text)
        case PostgresTypeOID.bytea:
            return hexBytes(text, prefix: "\\x").map { .bytes($0) } ?? .text(text)
        case geometryOID where geometryOID != 0:
            guard let bytes = hexBytes(text, prefix: ""), let ewkb = try? EWKB(bytes: bytes) else { return .text(text) }
            return .geometry(ewkb)
        default:
            return .text(text)
        }
    }

    /// The bytes of a hexadecimal string after `prefix` (bytea's `\x…`, geometry's hex EWKB), or nil.
    static func hexBytes(_ text: String, prefix: String) -> [UInt8]? {
        guard text.hasPrefix(prefix) else { return nil }
        let digits = Array(text.utf8.dropFirst(prefix.utf8.count))
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension PostgresResult {
    /// The command tag (`PQcmdStatus`): `INSERT 0 3`, `COMMIT`, `ROLLBACK`, ….
    public var commandStatus: String? {
        guard let text = PQcmdStatus(handle) else { return nil }
        let status = String(cString: text)
        return status.isEmpty ? nil : status
    }
}
