internal import CLibPQ

/// What a `COPY … FROM STDIN` sends: text lines through ``write(_:)``, or binary rows through ``beginRow(fieldCount:)``
/// and the `append` methods (for `COPY … FROM STDIN (FORMAT binary)`).
///
/// Data is buffered and sent in blocks of 256 KiB (`PQputCopyData`). A binary row's fields must match the table's
/// column types exactly (`integer` takes ``append(_:)-(Int32)``, `bigint` ``append(_:)-(Int64)``, …): the server
/// checks each field's length and rejects a mismatch. Use one writer for one COPY, in one format.
public final class PostgresCopyWriter {
    private unowned let connection: PostgresConnection
    private var buffer: [UInt8] = []
    private var wroteBinaryHeader = false
    /// The block size sent to the server at a time.
    static let blockBytes = 256 * 1024

    init(connection: PostgresConnection) {
        self.connection = connection
        buffer.reserveCapacity(Self.blockBytes + 4096)
    }

    /// Writes bytes as they are (text or CSV lines, with their newlines).
    ///
    /// - Throws: ``PostgresError`` when the connection fails.
    public func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        try flushIfFull()
    }

    /// Writes text as UTF-8 (one or more lines, with their newlines).
    ///
    /// - Throws: ``PostgresError`` when the connection fails.
    public func write(_ text: String) throws {
        buffer += text.utf8
        try flushIfFull()
    }

    /// Starts a binary row of `fieldCount` fields (writing the binary COPY header before the first row).
    ///
    /// - Throws: ``PostgresError`` when the connection fails.
    public func beginRow(fieldCount: Int) throws {
        try flushIfFull()
        if !wroteBinaryHeader {
            buffer += BinaryCopyDecoder.signature
            appendBigEndian(UInt32(0))  // flags
            appendBigEndian(UInt32(0))  // header extension length
            wroteBinaryHeader = true
        }
        appendBigEndian(UInt16(truncatingIfNeeded: fieldCount))
    }

    /// Appends a NULL field.
    public func appendNull() {
        appendBigEndian(UInt32(bitPattern: -1))
    }

    /// Appends an `integer` field.
    public func append(_ value: Int32) {
        appendBigEndian(UInt32(4))
        appendBigEndian(UInt32(bitPattern: value))
    }

    /// Appends a `bigint` field.
    public func append(_ value: Int64) {
        appendBigEndian(UInt32(8))
        appendBigEndian(UInt64(bitPattern: value))
    }

    /// Appends a `double precision` field, bit for bit.
    public func append(_ value: Double) {
        appendBigEndian(UInt32(8))
        appendBigEndian(value.bitPattern)
    }

    /// Appends a `boolean` field.
    public func append(_ value: Bool) {
        appendBigEndian(UInt32(1))
        buffer.append(value ? 1 : 0)
    }

    /// Appends a `text` or `varchar` field (UTF-8).
    public func append(text: String) {
        let utf8 = text.utf8
        appendBigEndian(UInt32(utf8.count))
        buffer += utf8
    }

    /// Appends a `bytea` field.
    public func append(bytes: [UInt8]) {
        appendBigEndian(UInt32(bytes.count))
        buffer += bytes
    }

    /// Appends a `geometry` field (PostGIS's binary input reads EWKB; the SRID must match a typed column's).
    public func append(_ geometry: EWKB) {
        append(bytes: geometry.bytes)
    }

    /// Sends the binary trailer (if rows were binary) and whatever is buffered.
    func finish() throws {
        if wroteBinaryHeader { appendBigEndian(UInt16(0xFFFF)) }
        try flush()
    }

    private func flushIfFull() throws {
        if buffer.count >= Self.blockBytes { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                PQputCopyData(connection.handle, $0.baseAddress, Int32($0.count))
            }
        }
        guard status == 1 else { throw connection.lastError("COPY FROM STDIN") }
        buffer.removeAll(keepingCapacity: true)
    }

    private func appendBigEndian<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.bigEndian) { buffer += $0 }
    }
}
