/// One row of a binary COPY, split into fields, read in place (no copy of the row).
///
/// Valid only inside the closure it is handed to: copy out what you keep. Fields are read by the type the query
/// selected: ``int(at:)`` for `smallint`/`integer`/`bigint`, ``double(at:)`` for `real`/`double precision`,
/// ``string(at:)`` for `text`/`varchar`, ``ewkb(at:)`` and ``point(at:)`` for a PostGIS `geometry`. Numbers are in
/// network byte order on the wire and come out as Swift values.
public struct PostgresBinaryRow {
    /// The message the row is in.
    let base: UnsafeRawPointer
    /// Each field's offset and length in `base` (length -1: NULL), reused from row to row.
    let fields: BinaryCopyFields

    /// The number of fields.
    public var count: Int { fields.count }

    /// Whether field `index` is NULL.
    public func isNull(at index: Int) -> Bool {
        fields.lengths[index] < 0
    }

    /// The field's bytes as a buffer, or nil for NULL.
    func buffer(at index: Int) -> UnsafeRawBufferPointer? {
        precondition(index >= 0 && index < fields.count, "field \(index) of \(fields.count)")
        let length = fields.lengths[index]
        guard length >= 0 else { return nil }
        return UnsafeRawBufferPointer(start: base + fields.offsets[index], count: Int(length))
    }

    /// A `smallint`, `integer` or `bigint` field (by its length: 2, 4 or 8 bytes), or nil for NULL or another
    /// length.
    public func int(at index: Int) -> Int64? {
        guard let bytes = buffer(at: index) else { return nil }
        switch bytes.count {
        case 2: return Int64(Int16(bigEndian: bytes.loadUnaligned(as: Int16.self)))
        case 4: return Int64(Int32(bigEndian: bytes.loadUnaligned(as: Int32.self)))
        case 8: return Int64(bigEndian: bytes.loadUnaligned(as: Int64.self))
        default: return nil
        }
    }

    /// A `double precision` (8 bytes) or `real` (4 bytes) field, bit for bit, or nil for NULL or another length.
    public func double(at index: Int) -> Double? {
        guard let bytes = buffer(at: index) else { return nil }
        switch bytes.count {
        case 8: return Double(bitPattern: UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self)))
        case 4: return Double(Float(bitPattern: UInt32(bigEndian: bytes.loadUnaligned(as: UInt32.self))))
        default: return nil
        }
    }

    /// A `boolean` field, or nil for NULL.
    public func bool(at index: Int) -> Bool? {
        guard let bytes = buffer(at: index), bytes.count == 1 else { return nil }
        return bytes[0] != 0
    }

    /// A text field (`text`, `varchar`, `char`, `name`: UTF-8 on the wire), or nil for NULL.
    ///
    /// Invalid UTF-8 cannot come from a UTF-8 connection; were it to, it would be repaired with U+FFFD.
    public func string(at index: Int) -> String? {
        guard let bytes = buffer(at: index) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A field's raw bytes (`bytea`, or any type's binary form), or nil for NULL.
    public func bytes(at index: Int) -> [UInt8]? {
        buffer(at: index).map { Array($0) }
    }

    /// A `geometry` field as extended WKB, or nil for NULL.
    ///
    /// - Throws: ``PostgresError`` for bytes that are not EWKB (the column is not a geometry).
    public func ewkb(at index: Int) throws -> EWKB? {
        guard let bytes = bytes(at: index) else { return nil }
        return try EWKB(bytes: bytes)
    }

    /// A `geometry` field's point coordinates and SRID without copying the field; nil for NULL or a geometry that
    /// is not a point (read it with ``ewkb(at:)``).
    public func point(at index: Int) -> (x: Double, y: Double, srid: Int32?)? {
        guard let buffer = buffer(at: index) else { return nil }
        let bytes = buffer.bindMemory(to: UInt8.self)
        guard let point = EWKB.point(in: bytes) else { return nil }
        return (point.x, point.y, EWKB.srid(in: bytes))
    }
}

/// Field offsets and lengths of the current row, one allocation for the whole COPY.
final class BinaryCopyFields {
    var count = 0
    var offsets: [Int] = []
    var lengths: [Int32] = []
}

/// Splits the messages of a binary COPY into rows: the 19-byte header (signature `PGCOPY\n\377\r\n\0`, flags,
/// extension length) before the first row, then per row a 16-bit field count and per field a 32-bit length (-1 for
/// NULL) and the bytes; a field count of -1 is the trailer.
final class BinaryCopyDecoder {
    /// The signature every binary COPY starts with.
    static let signature: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00]
    private var sawHeader = false
    private let fields = BinaryCopyFields()

    /// The row in one message, or nil for the trailer.
    ///
    /// - Throws: ``PostgresError`` for data that is not binary COPY or a row cut short.
    func row(in message: UnsafeRawPointer, count: Int) throws -> PostgresBinaryRow? {
        let bytes = UnsafeRawBufferPointer(start: message, count: count)
        var cursor = 0
        if !sawHeader {
            guard count >= 19, Array(bytes[0..<11]) == Self.signature else {
                throw malformed("the data does not start with the binary COPY signature; add (FORMAT binary)")
            }
            let extensionLength = Int(UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 15, as: UInt32.self)))
            cursor = 19 + extensionLength
            sawHeader = true
        }
        guard count - cursor >= 2 else { throw malformed("a row ends before its field count") }
        let fieldCount = Int(Int16(bigEndian: bytes.loadUnaligned(fromByteOffset: cursor, as: Int16.self)))
        cursor += 2
        if fieldCount == -1 { return nil }
        guard fieldCount >= 0 else { throw malformed("a row has a negative field count") }
        if fields.offsets.count < fieldCount {
            fields.offsets = Array(repeating: 0, count: fieldCount)
            fields.lengths = Array(repeating: -1, count: fieldCount)
        }
        fields.count = fieldCount
        for index in 0..<fieldCount {
            guard count - cursor >= 4 else { throw malformed("field \(index + 1) has no length") }
            let length = Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: cursor, as: Int32.self))
            cursor += 4
            fields.offsets[index] = cursor
            fields.lengths[index] = length
            if length > 0 {
                guard count - cursor >= Int(length) else { throw malformed("field \(index + 1) is cut short") }
                cursor += Int(length)
            }
        }
        return PostgresBinaryRow(base: message, fields: fields)
    }

    private func malformed(_ message: String) -> PostgresError {
        PostgresError(operation: "COPY TO STDOUT", message: "malformed binary COPY data: \(message)")
    }
}
