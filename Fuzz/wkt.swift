// libFuzzer target: Geometry(wkt:in:) on text (invalid UTF-8 is repaired, as a String would be).
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeGeo

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let context = try? GeometryContext() else { return 0 }
    if let geometry = try? Geometry(wkt: String(decoding: bytes, as: UTF8.self), in: context) {
        // GEOS 3.11.1's trimmed WKT writer overflows a stack buffer for coordinates of about 1e100 and more
        // (ReliabilityGeometryTests, a known issue); the write-back skips them so fuzzing reaches the reader.
        if writableAsWKT(geometry) { _ = try? geometry.wkt() }
        _ = try? geometry.wkb()
    }
    return 0
}

/// Whether every coordinate is non-finite or below 1e15 in magnitude (or the geometry is empty).
func writableAsWKT(_ geometry: Geometry) -> Bool {
    guard let bounds = try? geometry.bounds() else { return true }
    return [bounds.min.x, bounds.min.y, bounds.max.x, bounds.max.y].allSatisfy { !$0.isFinite || abs($0) < 1e15 }
}
