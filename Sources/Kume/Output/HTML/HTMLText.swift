/// Text made safe for HTML and SVG markup.
package enum HTMLText {
    /// `text` as element content: `&`, `<` and `>` escaped, and characters HTML does not allow in a document
    /// (controls other than tab, line feed, carriage return and form feed; non-characters) replaced by U+FFFD.
    package static func escape(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` as a quoted attribute value: as `escape(_:)`, and `"` and `'` escaped too.
    package static func escapeAttribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(allowed(scalar))
            }
        }
        return out
    }

    /// The scalar, or U+FFFD where the HTML standard makes it a parse error ("control-character-in-input-stream",
    /// "noncharacter-in-input-stream").
    private static func allowed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let isControl = value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D
            || (0x7F...0x9F).contains(value)
        let isNonCharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
        return isControl || isNonCharacter ? "\u{FFFD}" : scalar
    }
}
