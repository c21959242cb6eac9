// libFuzzer target: Geometry(wkb:in:) on bytes, and a round trip of what it reads.
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeGeo

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let context = try? GeometryContext() else { return 0 }
    if let geometry = try? Geometry(wkb: bytes, in: context) {
        _ = try? geometry.wkt()
        _ = try? geometry.wkb()
    }
    return 0
}
