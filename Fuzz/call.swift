// libFuzzer target: Call.decode(text:file:) on a call file.
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeData

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? Call.decode(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.json")
    return 0
}
