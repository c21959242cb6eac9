import Foundation

/// Bounds-checked reads of little- and big-endian numbers from a file's bytes.
///
/// Every read checks the range first and throws `BoundaryError.malformed` with the file and byte
/// offset, so a truncated or corrupt file is reported, never a crash.
struct ByteReader {
    /// The file's name as shown in errors.
    let file: String
    /// The whole file.
    let bytes: [UInt8]

    /// Reads the whole file at `path`; `file` is the name shown in errors.
    init(contentsOf path: String) throws(BoundaryError) {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            self.init(file: path, bytes: [UInt8](data))
        } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
    }

    /// Wraps bytes already in memory.
    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// Throws unless `length` bytes starting at `offset` exist; `what` names them in the error.
    func require(_ length: Int, at offset: Int, for what: String) throws(BoundaryError) {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
            throw .malformed(
                file: file, byteOffset: min(max(offset, 0), bytes.count),
                problem: "\(what) needs \(length) bytes but the file ends at byte \(bytes.count)")
        }
    }

    /// The byte at `offset`.
    func uint8(at offset: Int, for what: String) throws(BoundaryError) -> UInt8 {
        try require(1, at: offset, for: what)
        return bytes[offset]
    }

    /// The unsigned 16-bit little-endian integer at `offset`.
    func uint16LE(at offset: Int, for what: String) throws(BoundaryError) -> Int {
        try require(2, at: offset, for: what)
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    /// The unsigned 32-bit little-endian integer at `offset`.
    func uint32LE(at offset: Int, for what: String) throws(BoundaryError) -> UInt32 {
        try require(4, at: offset, for: what)
        return unchecked32(at: offset)
    }

    /// The signed 32-bit little-endian integer at `offset`.
    func int32LE(at offset: Int, for what: String) throws(BoundaryError) -> Int {
        Int(Int32(bitPattern: try uint32LE(at: offset, for: what)))
    }

    /// The signed 32-bit big-endian integer at `offset`.
    func int32BE(at offset: Int, for what: String) throws(BoundaryError) -> Int {
        try require(4, at: offset, for: what)
        return Int(Int32(bitPattern: unchecked32(at: offset).byteSwapped))
    }

    /// The little-endian IEEE 754 double at `offset`.
    func doubleLE(at offset: Int, for what: String) throws(BoundaryError) -> Double {
        try require(8, at: offset, for: what)
        return uncheckedDoubleLE(at: offset)
    }

    /// `count` little-endian (x, y) double pairs starting at `offset`, checked as one block.
    func coordinatesLE(count: Int, at offset: Int, for what: String) throws(BoundaryError) -> [(Double, Double)] {
        let (length, overflow) = count.multipliedReportingOverflow(by: 16)
        guard !overflow else {
            throw .malformed(file: file, byteOffset: offset, problem: "\(what): impossible point count \(count)")
        }
        try require(length, at: offset, for: what)
        return bytes.withUnsafeBytes { raw in
            (0..<count).map { i in
                let base = offset + 16 * i
                return (
                    Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self))),
                    Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)))
                )
            }
        }
    }

    /// The bytes `offset..<offset + length`.
    func slice(_ length: Int, at offset: Int, for what: String) throws(BoundaryError) -> ArraySlice<UInt8> {
        try require(length, at: offset, for: what)
        return bytes[offset..<offset + length]
    }

    private func unchecked32(at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    private func uncheckedDoubleLE(at offset: Int) -> Double {
        bytes.withUnsafeBytes { raw in
            Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
    }
}
