import Foundation

/// Windows-1254 (Turkish), the code page Excel on Turkish Windows saves CSV in: kume's one decoder of it,
/// used by the table readers (roster, registry, side tables) and the DBF reader of the boundary files.
///
/// Foundation decodes Windows-1254 on Linux too (`String.Encoding.windowsCP1254`; checked with Swift
/// 6.3.1's Foundation: every byte 0x80–0xFF decodes, `ĞİŞğış` at 0xD0/0xDD/0xDE/0xF0/0xFD/0xFE, and the
/// seven bytes the code page leaves undefined, 0x81 0x8D 0x8E 0x8F 0x90 0x9D 0x9E, as the C1 control of
/// the same value). The table below is built once from Foundation's decoding, byte by byte, so that a
/// million registry fields are transcoded without a `String` or a Foundation call per field.
package enum Windows1254 {
    /// The UTF-8 bytes of each byte 0x80–0xFF (index `byte - 0x80`); bytes below 0x80 are ASCII.
    package static let utf8: [[UInt8]] = (0x80...0xFF).map { byte in
        let decoded = String(bytes: [UInt8(byte)], encoding: .windowsCP1254)
            // Never taken with the Foundation above; kept so that a platform without the code page
            // still reads the byte as Latin-1 rather than failing.
            ?? String(Unicode.Scalar(UInt8(byte)))
        return Array(decoded.utf8)
    }

    /// The text of Windows-1254 bytes.
    /// - Parameter bytes: The bytes as read from the file.
    package static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount + 8)
        appendUTF8(of: bytes, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of Windows-1254 bytes to a buffer.
    package static func appendUTF8(of bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 { out.append(byte) } else { out.append(contentsOf: utf8[Int(byte) - 0x80]) }
        }
    }
}
