import KumeGeo

/// The polygon records of an ESRI shapefile's main file (`.shp`), read natively.
///
/// kume reads the one polygon layer it needs itself instead of linking GDAL: GDAL's C API is a large
/// dependency (with its own data files and dozens of drivers) for reading one polygon shapefile, while
/// the `.shp` format is small and fully documented in the ESRI Shapefile Technical Description (1998):
/// a 100-byte header (file code 9994 and file length big-endian, version, shape type and bounding box
/// little-endian), then records of an 8-byte big-endian header (record number, content length in
/// 16-bit words) and a little-endian content. The `.shx` index is not needed for a sequential read.
/// Polygon (5), PolygonZ (15) and PolygonM (25) records are read in x, y; Z and M values are skipped.
public struct Shapefile: Sendable {
    /// The shape type in the file header (5 polygon, 15 polygon Z, 25 polygon M).
    public var shapeType: Int
    /// The bounding box in the file header, in the file's coordinates (here longitude, latitude, WGS84).
    public var bounds: ShapefilePolygon.BoundingBox
    /// The records in file order.
    public var records: [ShapefilePolygon]

    /// The shape types this reader accepts: polygon, polygon Z and polygon M.
    public static let polygonShapeTypes: Set<Int> = [5, 15, 25]

    /// Reads every record of the polygon shapefile at `path` (the `.shp` file).
    ///
    /// - Parameter path: the `.shp` file.
    /// - Throws: `BoundaryError.unreadable` when the file cannot be read; `BoundaryError.malformed` with the
    ///   byte offset when the file is truncated, corrupt or holds something other than polygons.
    public static func read(path: String) throws(BoundaryError) -> Shapefile {
        try parse(ByteReader(contentsOf: path))
    }

    /// Parses a shapefile already in memory; `file` is the name shown in errors.
    ///
    /// - Throws: `BoundaryError.malformed` with the byte offset when the bytes are truncated or corrupt.
    public static func parse(bytes: [UInt8], file: String) throws(BoundaryError) -> Shapefile {
        try parse(ByteReader(file: file, bytes: bytes))
    }

    static func parse(_ reader: ByteReader) throws(BoundaryError) -> Shapefile {
        let fileCode = try reader.int32BE(at: 0, for: "the file code")
        guard fileCode == 9994 else {
            throw .malformed(file: reader.file, byteOffset: 0, problem: "file code \(fileCode) is not 9994: not a shapefile")
        }
        let declaredLength = try reader.int32BE(at: 24, for: "the file length") * 2
        let version = try reader.int32LE(at: 28, for: "the version")
        guard version == 1000 else {
            throw .malformed(file: reader.file, byteOffset: 28, problem: "version \(version) is not 1000")
        }
        let shapeType = try reader.int32LE(at: 32, for: "the shape type")
        guard polygonShapeTypes.contains(shapeType) else {
            throw .malformed(
                file: reader.file, byteOffset: 32,
                problem: "shape type \(shapeType) is not a polygon type (5, 15 or 25)")
        }
        let bounds = ShapefilePolygon.BoundingBox(
            minimum: Coordinate(
                x: try reader.doubleLE(at: 36, for: "the bounding box"), y: try reader.doubleLE(at: 44, for: "the bounding box")),
            maximum: Coordinate(
                x: try reader.doubleLE(at: 52, for: "the bounding box"), y: try reader.doubleLE(at: 60, for: "the bounding box"))
        )
        try reader.require(100, at: 0, for: "the 100-byte header")
        guard declaredLength == reader.count else {
            throw .malformed(
                file: reader.file, byteOffset: min(declaredLength, reader.count),
                problem: "the header says the file has \(declaredLength) bytes but it has \(reader.count)")
        }

        var records: [ShapefilePolygon] = []
        var offset = 100
        while offset < reader.count {
            let number = try reader.int32BE(at: offset, for: "a record header")
            let contentBytes = try reader.int32BE(at: offset + 4, for: "a record header") * 2
            guard contentBytes >= 4 else {
                throw .malformed(
                    file: reader.file, byteOffset: offset + 4,
                    problem: "record \(number) has a content length of \(contentBytes) bytes")
            }
            try reader.require(contentBytes, at: offset + 8, for: "record \(number)")
            records.append(try readRecord(reader, number: number, at: offset + 8, length: contentBytes))
            offset += 8 + contentBytes
        }
        return Shapefile(shapeType: shapeType, bounds: bounds, records: records)
    }

    /// Reads one record's content of `length` bytes at `start`.
    private static func readRecord(
        _ reader: ByteReader, number: Int, at start: Int, length: Int
    ) throws(BoundaryError) -> ShapefilePolygon {
        let what = "record \(number)"
        let type = try reader.int32LE(at: start, for: what)
        if type == 0 {
            return ShapefilePolygon(recordNumber: number, rings: [], boundingBox: nil)
        }
        guard polygonShapeTypes.contains(type) else {
            throw .malformed(file: reader.file, byteOffset: start, problem: "\(what) has shape type \(type), not a polygon")
        }
        let partCount = try reader.int32LE(at: start + 36, for: what)
        let pointCount = try reader.int32LE(at: start + 40, for: what)
        // The fixed part of a polygon record is 44 bytes, then 4 per part and 16 per point.
        guard partCount >= 1, pointCount >= partCount, 44 + 4 * partCount + 16 * pointCount <= length else {
            throw .malformed(
                file: reader.file, byteOffset: start + 36,
                problem: "\(what) declares \(partCount) parts and \(pointCount) points, which do not fit its \(length) bytes")
        }
        var starts: [Int] = []
        starts.reserveCapacity(partCount)
        for part in 0..<partCount {
            let partStart = try reader.int32LE(at: start + 44 + 4 * part, for: what)
            guard partStart >= 0, pointCount > partStart, partStart > (starts.last ?? -1) else {
                throw .malformed(
                    file: reader.file, byteOffset: start + 44 + 4 * part,
                    problem: "\(what): part \(part) starts at point \(partStart), outside 0..<\(pointCount) or out of order")
            }
            starts.append(partStart)
        }
        guard starts.first == 0 else {
            throw .malformed(file: reader.file, byteOffset: start + 44, problem: "\(what): the first part does not start at point 0")
        }
        let pointsOffset = start + 44 + 4 * partCount
        let points = try reader.coordinatesLE(count: pointCount, at: pointsOffset, for: what)
        var rings: [[Coordinate]] = []
        rings.reserveCapacity(partCount)
        for part in 0..<partCount {
            let end = part + 1 < partCount ? starts[part + 1] : pointCount
            rings.append(points[starts[part]..<end].map { Coordinate(x: $0.0, y: $0.1) })
        }
        let box = ShapefilePolygon.BoundingBox(
            minimum: Coordinate(x: try reader.doubleLE(at: start + 4, for: what), y: try reader.doubleLE(at: start + 12, for: what)),
            maximum: Coordinate(x: try reader.doubleLE(at: start + 20, for: what), y: try reader.doubleLE(at: start + 28, for: what)))
        return ShapefilePolygon(recordNumber: number, rings: rings, boundingBox: box)
    }
}
