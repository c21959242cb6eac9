/// Builds little- and big-endian binary test files by hand.
struct ByteBuilder {
    var bytes: [UInt8] = []

    mutating func int32BE(_ value: Int) { bytes += withUnsafeBytes(of: Int32(value).bigEndian, Array.init) }
    mutating func int32LE(_ value: Int) { bytes += withUnsafeBytes(of: Int32(value).littleEndian, Array.init) }
    mutating func uint16LE(_ value: Int) { bytes += withUnsafeBytes(of: UInt16(value).littleEndian, Array.init) }
    mutating func doubleLE(_ value: Double) { bytes += withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func padded(_ text: [UInt8], to length: Int) {
        bytes += text.prefix(length) + Array(repeating: 0, count: max(0, length - text.count))
    }

    /// A polygon shapefile (`.shp`) whose single record has the given rings (x, y pairs).
    static func polygonShapefile(rings: [[(Double, Double)]]) -> [UInt8] {
        let points = rings.flatMap { $0 }
        let contentBytes = 44 + 4 * rings.count + 16 * points.count
        var b = ByteBuilder()
        b.int32BE(9994)
        for _ in 0..<5 { b.int32BE(0) }
        b.int32BE((100 + 8 + contentBytes) / 2)
        b.int32LE(1000)
        b.int32LE(5)
        for value in [0.0, 0, 10, 10, 0, 0, 0, 0] { b.doubleLE(value) }
        b.int32BE(1)
        b.int32BE(contentBytes / 2)
        b.int32LE(5)
        for value in [0.0, 0, 10, 10] { b.doubleLE(value) }
        b.int32LE(rings.count)
        b.int32LE(points.count)
        var start = 0
        for ring in rings {
            b.int32LE(start)
            start += ring.count
        }
        for (x, y) in points {
            b.doubleLE(x)
            b.doubleLE(y)
        }
        return b.bytes
    }

    /// The index (`.shx`) of a single-record shapefile made by ``polygonShapefile(rings:)``: the same 100-byte
    /// header with the index's length, then the record's offset (50 words) and content length, big-endian.
    static func shapeIndex(forShapefile shapefile: [UInt8]) -> [UInt8] {
        var b = ByteBuilder()
        b.bytes = Array(shapefile.prefix(100))
        b.bytes.replaceSubrange(24..<28, with: withUnsafeBytes(of: Int32(54).bigEndian, Array.init))
        b.int32BE(50)
        b.int32BE((shapefile.count - 108) / 2)
        return b.bytes
    }

    /// A dBASE III table with the given fields (name, type letter, length, decimals) and raw records
    /// (each the concatenated cell bytes, without the deletion flag).
    static func dbf(
        fields: [(String, Character, Int, Int)], records: [[UInt8]], languageDriver: UInt8 = 0, deleted: Set<Int> = []
    ) -> [UInt8] {
        let headerLength = 32 + 32 * fields.count + 1
        let recordLength = 1 + fields.reduce(0) { $0 + $1.2 }
        var b = ByteBuilder()
        b.byte(0x03)
        b.byte(126)
        b.byte(11)
        b.byte(27)
        b.int32LE(records.count)
        b.uint16LE(headerLength)
        b.uint16LE(recordLength)
        b.padded([], to: 17)
        b.byte(languageDriver)
        b.padded([], to: 2)
        for (name, type, length, decimals) in fields {
            b.padded(Array(name.utf8), to: 11)
            b.byte(UInt8(type.asciiValue ?? 0x43))
            b.padded([], to: 4)
            b.byte(UInt8(length))
            b.byte(UInt8(decimals))
            b.padded([], to: 14)
        }
        b.byte(0x0D)
        for (index, record) in records.enumerated() {
            b.byte(deleted.contains(index) ? 0x2A : 0x20)
            b.bytes += record
        }
        b.byte(0x1A)
        return b.bytes
    }
}
