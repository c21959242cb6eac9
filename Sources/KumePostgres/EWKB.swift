/// A geometry in PostGIS's extended Well-Known Binary: WKB whose type word may carry an SRID flag (`0x20000000`)
/// followed by the SRID, and Z/M flags (`0x80000000`, `0x40000000`).
///
/// This is what a `geometry` column holds on the wire (binary results and binary COPY) and what PostGIS's binary
/// input reads. Plain WKB (no SRID) is valid EWKB. Either byte order.
public struct EWKB: Sendable, Hashable {
    /// The bytes, as read or written.
    public let bytes: [UInt8]

    /// The SRID flag in the type word.
    static let sridFlag: UInt32 = 0x2000_0000
    /// The Z and M flags in the type word.
    static let dimensionFlags: UInt32 = 0xC000_0000

    /// Wraps EWKB bytes after checking the header (byte order 0 or 1, a type word, the SRID if flagged).
    ///
    /// - Throws: ``PostgresError`` (operation `EWKB`) for bytes too short or a byte order other than 0 or 1.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 5, bytes[0] <= 1 else {
            throw PostgresError(
                operation: "EWKB", message: "\(bytes.count) bytes do not start an extended WKB geometry")
        }
        self.bytes = bytes
        if Self.readUInt32(bytes, at: 1) & Self.sridFlag != 0, bytes.count < 9 {
            throw PostgresError(operation: "EWKB", message: "the SRID flag is set but the SRID is missing")
        }
    }

    /// Makes EWKB from plain WKB and an SRID: the SRID flag is set in the first type word and the SRID inserted
    /// after it (an SRID already present is replaced).
    ///
    /// - Parameters:
    ///   - wkb: WKB (or EWKB) bytes, either byte order.
    ///   - srid: The spatial reference id (4326 for WGS84 longitude, latitude), or nil for none.
    /// - Throws: ``PostgresError`` for bytes that do not start a geometry.
    public init(wkb: [UInt8], srid: Int32?) throws {
        _ = try EWKB(bytes: wkb)
        let littleEndian = wkb[0] == 1
        let type = Self.readUInt32(wkb, at: 1)
        let bodyStart = type & Self.sridFlag != 0 ? 9 : 5
        var bytes: [UInt8] = [wkb[0]]
        bytes.reserveCapacity(wkb.count + 4)
        let newType = srid == nil ? type & ~Self.sridFlag : type | Self.sridFlag
        Self.append(newType, littleEndian: littleEndian, to: &bytes)
        if let srid { Self.append(UInt32(bitPattern: srid), littleEndian: littleEndian, to: &bytes) }
        bytes += wkb[bodyStart...]
        self.bytes = bytes
    }

    /// Whether the numbers are little-endian (byte order 1, NDR).
    public var isLittleEndian: Bool { bytes[0] == 1 }

    /// The SRID, when the type word carries one.
    public var srid: Int32? {
        guard Self.readUInt32(bytes, at: 1) & Self.sridFlag != 0 else { return nil }
        return Int32(bitPattern: Self.readUInt32(bytes, at: 5))
    }

    /// The OGC geometry type without flags: 1 point, 2 line string, 3 polygon, 4–6 their multi forms, 7 collection.
    public var geometryType: UInt32 {
        (Self.readUInt32(bytes, at: 1) & ~(Self.sridFlag | Self.dimensionFlags)) % 1000
    }

    /// The same geometry as plain WKB (no SRID), which GEOS and other WKB readers take.
    public var wkb: [UInt8] {
        let type = Self.readUInt32(bytes, at: 1)
        guard type & Self.sridFlag != 0 else { return bytes }
        var plain: [UInt8] = [bytes[0]]
        plain.reserveCapacity(bytes.count - 4)
        Self.append(type & ~Self.sridFlag, littleEndian: isLittleEndian, to: &plain)
        plain += bytes[9...]
        return plain
    }

    /// A 2D point's x and y (longitude and latitude for EPSG:4326), or nil for any other geometry.
    ///
    /// `POINT EMPTY`, which PostGIS writes with NaN coordinates, gives NaN.
    public var point: (x: Double, y: Double)? {
        Self.point(in: bytes)
    }

    /// The x and y of a 2D (or Z/M: only x and y read) point in EWKB `bytes`, or nil for another type.
    static func point<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> (x: Double, y: Double)?
    where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count >= 21, bytes[start] <= 1 else { return nil }
        let littleEndian = bytes[start] == 1
        let type = readUInt32(bytes, at: start + 1, littleEndian: littleEndian)
        guard (type & ~(sridFlag | dimensionFlags)) % 1000 == 1 else { return nil }
        let offset = start + (type & sridFlag != 0 ? 9 : 5)
        guard bytes.endIndex - offset >= 16 else { return nil }
        let x = Double(bitPattern: readUInt64(bytes, at: offset, littleEndian: littleEndian))
        let y = Double(bitPattern: readUInt64(bytes, at: offset + 8, littleEndian: littleEndian))
        return (x, y)
    }

    /// The SRID in EWKB `bytes`, if flagged.
    static func srid<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> Int32? where Bytes.Index == Int {
        let start = bytes.startIndex
        guard bytes.count >= 9, bytes[start] <= 1 else { return nil }
        let littleEndian = bytes[start] == 1
        guard readUInt32(bytes, at: start + 1, littleEndian: littleEndian) & sridFlag != 0 else { return nil }
        return Int32(bitPattern: readUInt32(bytes, at: start + 5, littleEndian: littleEndian))
    }

    /// A 32-bit word of `bytes` at `offset`, in the byte order of `bytes[0]`.
    static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        readUInt32(bytes, at: offset, littleEndian: bytes[0] == 1)
    }

    static func readUInt32<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at offset: Int, littleEndian: Bool
    ) -> UInt32 where Bytes.Index == Int {
        var value: UInt32 = 0
        for index in 0..<4 {
            let byte = UInt32(bytes[offset + (littleEndian ? 3 - index : index)])
            value = value << 8 | byte
        }
        return value
    }

    static func readUInt64<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at offset: Int, littleEndian: Bool
    ) -> UInt64 where Bytes.Index == Int {
        var value: UInt64 = 0
        for index in 0..<8 {
            let byte = UInt64(bytes[offset + (littleEndian ? 7 - index : index)])
            value = value << 8 | byte
        }
        return value
    }

    static func append(_ value: UInt32, littleEndian: Bool, to bytes: inout [UInt8]) {
        let ordered = littleEndian ? value.littleEndian : value.bigEndian
        withUnsafeBytes(of: ordered) { bytes += $0 }
    }
}
