import Foundation

/// Small JSON text helpers shared by kume's writers (GeoJSON, reports, measure tables).
package enum JSONText {
    /// A JSON string literal with the escapes RFC 8259 requires.
    package static func quoted(_ text: String) -> String {
        // Most texts need no escape: told from their bytes, and copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                out += String(format: "\\u%04x", s.value)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON number with at most `decimals` decimals and no trailing zeros (``NumberText/trimmed(_:decimals:)``),
    /// or `null` when not finite.
    package static func number(_ value: Double, decimals: Int) -> String {
        NumberText.trimmed(value, decimals: decimals) ?? "null"
    }
}
