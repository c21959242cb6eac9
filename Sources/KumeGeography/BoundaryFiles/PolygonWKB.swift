import KumeGeo

/// Reads a 2D Polygon or MultiPolygon from Well-Known Binary (OGC Simple Features: a byte-order flag, a UInt32
/// type code, ring and point counts, float64 x y) into `RingPolygon`s, as GDAL exports a feature's geometry.
///
/// Written here rather than through GEOS because only the rings are wanted: no geometry object is needed.
enum PolygonWKB {
    /// Why the bytes are not a 2D polygon or multipolygon.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// The polygons of `bytes` (one for a Polygon), rings as stored.
    static func polygons(_ bytes: [UInt8]) throws(FormatError) -> [RingPolygon] {
        var reader = Reader(bytes: bytes)
        let type = try reader.header()
        switch type {
        case 3: return [try reader.polygonBody()]
        case 6:
            let count = try reader.count(of: "polygons", itemBytes: 9)
            var result: [RingPolygon] = []
            result.reserveCapacity(count)
            for _ in 0..<count {
                guard try reader.header() == 3 else { throw FormatError(description: "a multipolygon holds a part that is not a polygon") }
                result.append(try reader.polygonBody())
            }
            return result
        default:
            throw FormatError(description: "the geometry is of WKB type \(type), not a 2D polygon or multipolygon")
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var littleEndian = true

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func header() throws(FormatError) -> UInt32 {
            try need(5, "a geometry header")
            switch bytes[offset] {
            case 1: littleEndian = true
            case 0: littleEndian = false
            default: throw FormatError(description: "byte \(offset): byte order flag \(bytes[offset]) is neither 0 nor 1")
            }
            offset += 1
            return try uint32()
        }

        mutating func polygonBody() throws(FormatError) -> RingPolygon {
            let ringCount = try count(of: "rings", itemBytes: 4)
            var rings: [[Coordinate]] = []
            rings.reserveCapacity(ringCount)
            for _ in 0..<ringCount {
                let points = try count(of: "points", itemBytes: 16)
                var ring: [Coordinate] = []
                ring.reserveCapacity(points)
                for _ in 0..<points {
                    let x = try double(), y = try double()
                    ring.append(Coordinate(longitude: x, latitude: y))
                }
                rings.append(ring)
            }
            guard let shell = rings.first else { return RingPolygon(shell: [], holes: []) }
            return RingPolygon(shell: shell, holes: Array(rings.dropFirst()))
        }

        /// A count followed by at least `count × itemBytes` bytes.
        mutating func count(of what: String, itemBytes: Int) throws(FormatError) -> Int {
            let start = offset
            let value = Int(try uint32())
            guard value <= (bytes.count - offset) / itemBytes else {
                throw FormatError(description: "byte \(start): \(value) \(what) do not fit in \(bytes.count) bytes")
            }
            return value
        }

        mutating func uint32() throws(FormatError) -> UInt32 {
            try need(4, "a count")
            var value: UInt32 = 0
            for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * index) }
            offset += 4
            return littleEndian ? value : value.byteSwapped
        }

        mutating func double() throws(FormatError) -> Double {
            try need(8, "a coordinate")
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * index) }
            offset += 8
            return Double(bitPattern: littleEndian ? value : value.byteSwapped)
        }

        func need(_ count: Int, _ what: String) throws(FormatError) {
            guard bytes.count - offset >= count else {
                throw FormatError(description: "byte \(offset): \(what) runs past the end of \(bytes.count) bytes")
            }
        }
    }
}
