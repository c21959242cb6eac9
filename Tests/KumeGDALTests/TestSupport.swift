import Foundation
import Testing

/// A fresh temporary folder, removed by ``remove()``.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-gdal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Well-Known Binary written by hand from the OGC Simple Features layout (little-endian byte order flag 1, a
/// UInt32 type code, then float64 coordinates), so that what kume reads back is compared with bytes that no GDAL
/// code produced.
enum HandWKB {
    /// `POINT (x y)`: type 1.
    static func point(_ x: Double, _ y: Double) -> [UInt8] {
        [1] + uint32(1) + double(x) + double(y)
    }

    /// `POLYGON ((…))` with one closed ring: type 3, 1 ring, the point count, the points.
    static func polygon(_ ring: [(Double, Double)]) -> [UInt8] {
        [1] + uint32(3) + uint32(1) + uint32(UInt32(ring.count)) + ring.flatMap { double($0.0) + double($0.1) }
    }

    /// `MULTIPOLYGON` of one such polygon: type 6, 1 part, the polygon's own WKB.
    static func multiPolygon(_ ring: [(Double, Double)]) -> [UInt8] {
        [1] + uint32(6) + uint32(1) + polygon(ring)
    }

    /// `POINT Z (x y z)` in ISO WKB: type 1001.
    static func pointZ(_ x: Double, _ y: Double, _ z: Double) -> [UInt8] {
        [1] + uint32(1001) + double(x) + double(y) + double(z)
    }

    static func uint32(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian, Array.init)
    }

    static func double(_ value: Double) -> [UInt8] {
        withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init)
    }
}

/// GDAL's command-line tools (Debian's gdal-bin, installed by scripts/test): an independent reader of what kume
/// wrote through the C API.
enum GDALTools {
    /// Runs `ogrinfo` with `arguments` and returns its standard output.
    static func ogrinfo(_ arguments: [String]) throws -> String {
        let tool = try #require(
            ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "ogrinfo is missing: scripts/test installs gdal-bin")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of `name (Type) = value` lines in ogrinfo's output, in order.
    static func values(_ name: String, in output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(name + " ("), let equals = trimmed.range(of: " = ") else { return nil }
            return String(trimmed[equals.upperBound...])
        }
    }
}

/// A closed square ring of side `side` degrees with its south-west corner at (`x`, `y`), counter-clockwise;
/// the coordinates are multiples of 1/16, exact in binary and in GeoJSON's decimal text.
func squareRing(x: Double, y: Double, side: Double) -> [(Double, Double)] {
    [(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)]
}
