import Foundation

/// Text helpers that follow Turkish rules (dotted İ/i and dotless I/ı) for matching and display.
package enum TurkishText {
    /// Folds text for matching names and headers: Turkish-aware lower case, diacritics removed, and
    /// spaces, `-`, `_` and apostrophes dropped.
    ///
    /// `İ`, `I`, `ı` and `i` all become `i`, so "ISPARTA", "Isparta" and "İsparta" match whatever the
    /// writer's keyboard did; `ç ğ ö ş ü â î û` lose their marks. "Çalışan Sayısı" folds to `calisansayisi`.
    /// - Parameter text: Any text.
    /// - Returns: The folded key (ASCII for Turkish text).
    package static func folded(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                switch value {
                case 0x41...0x5A: out.append(Unicode.Scalar(value + 0x20) ?? scalar)  // A-Z (I becomes i)
                case 0x20, 0x2D, 0x5F, 0x09, 0x27: continue  // space, -, _, tab, apostrophe
                default: out.append(scalar)
                }
                continue
            }
            switch scalar {
            case "İ", "ı": out.append("i")
            case "\u{00A0}", "\u{2019}", "\u{2018}", "\u{2013}", "\u{2014}": continue  // nbsp, ’ ‘ – —
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    for part in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
                    where part.properties.generalCategory != .nonspacingMark {
                        out.append(part)
                    }
                }
            }
        }
        return String(out)
    }

    /// Upper-cases with Turkish rules: `i` → `İ`, `ı` → `I` ("Diyarbakır" → "DİYARBAKIR").
    /// - Parameter text: Any text.
    package static func uppercased(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "i": out.append("İ")
            case "ı": out.append("I")
            default: out.append(contentsOf: character.uppercased())
            }
        }
        return out
    }

    /// Lower-cases with Turkish rules: `I` → `ı`, `İ` → `i` ("ISPARTA" → "ısparta" is Turkish-correct).
    /// - Parameter text: Any text.
    package static func lowercased(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "I": out.append("ı")
            case "İ": out.append("i")
            default: out.append(contentsOf: character.lowercased())
            }
        }
        return out
    }
}
