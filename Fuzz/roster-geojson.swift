// libFuzzer target: RosterReader.read(data:name:) on bytes named as a GeoJSON file.
// Built and run by scripts/fuzz; any crash, sanitizer report or timeout is a bug.
import Foundation
import KumeData

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // JSONParser traps on a high surrogate escape followed by another \u escape that is not a low surrogate
    // (ReliabilityParserTests, a known issue); such inputs are skipped so fuzzing reaches the rest.
    if hasUnpairedHighSurrogateEscape(bytes) { return 0 }
    _ = try? RosterReader.read(data: bytes, name: "fuzz.geojson")
    return 0
}

/// Whether the bytes hold `\uD800`–`\uDBFF` directly followed by a `\u` escape outside `DC00`–`DFFF`.
func hasUnpairedHighSurrogateEscape(_ bytes: [UInt8]) -> Bool {
    func hex(_ start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        return UInt32(String(decoding: bytes[start ..< start + 4], as: UTF8.self), radix: 16)
    }
    var index = 0
    while index + 12 <= bytes.count {
        if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"), let high = hex(index + 2),
           (0xD800 ... 0xDBFF).contains(high), bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
           let low = hex(index + 8), !(0xDC00 ... 0xDFFF).contains(low) {
            return true
        }
        index += 1
    }
    return false
}
