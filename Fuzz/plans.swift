// libFuzzer target: PlanTable.parse(text:file:) on a business-plans CSV.
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeData

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? PlanTable.parse(text: String(decoding: bytes, as: UTF8.self), file: "fuzz.csv")
    return 0
}
