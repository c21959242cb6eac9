// libFuzzer target: RosterReader.read(data:name:) on bytes named as a CSV file (encodings, delimiters, quoting).
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeData

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? RosterReader.read(data: bytes, name: "fuzz.csv")
    return 0
}
