import Foundation

/// Text helpers for Turkish place names.
enum TurkishText {
    /// A key that matches a place name however it is written: dotted and dotless i folded to `I`,
    /// diacritics (ç, ğ, ö, ş, ü, â, î, û) removed, upper-cased, spaces, hyphens and apostrophes dropped.
    ///
    /// The district polygons' upper-case names are not reliable about `I` versus `İ` (`ESKİŞEHIR`,
    /// `EDIRNE`), so names are matched on this key and then spelled from the official name tables.
    static func matchKey(_ name: String) -> String {
        var folded = ""
        folded.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            switch scalar {
            case "ı", "i", "İ", "I", "î", "Î": folded.append("I")
            case " ", "-", "'", "’", ".": continue
            default:
                let base = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                folded.append(base.uppercased())
            }
        }
        return folded
    }

    /// `name` in title case by Turkish rules: each word's first letter kept, the rest lower-cased with
    /// `I` → `ı` and `İ` → `i` ("KAHRAMANMARAŞ" → "Kahramanmaraş", "İSTANBUL" → "İstanbul").
    ///
    /// Only a fallback for names missing from the official tables: it cannot know that the source's
    /// `ESKİŞEHIR` means "Eskişehir" (it gives "Eskişehır").
    static func titleCased(_ name: String) -> String {
        var result = ""
        var startOfWord = true
        for character in name {
            if character.isLetter {
                if startOfWord {
                    result.append(character)
                } else {
                    switch character {
                    case "I": result.append("ı")
                    case "İ": result.append("i")
                    default: result += character.lowercased()
                    }
                }
                startOfWord = false
            } else {
                result.append(character)
                startOfWord = !character.isNumber
            }
        }
        return result
    }
}
