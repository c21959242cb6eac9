import Foundation

/// Small JSON text helpers shared by kume's writers (GeoJSON, reports, measure tables).
package enum JSONText {
    /// A JSON string literal with the escapes RFC 8259 requires.
    package static func quoted(_ text: String) -> String {
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
