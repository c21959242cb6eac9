extension TurkishText {
    /// `name` in title case by Turkish rules: each word's first letter kept, the rest lower-cased with
    /// `I` → `ı` and `İ` → `i` ("KAHRAMANMARAŞ" → "Kahramanmaraş", "İSTANBUL" → "İstanbul").
    ///
    /// Only a fallback for boundary names missing from the official tables: it cannot know that the
    /// source's `ESKİŞEHIR` means "Eskişehir" (it gives "Eskişehır").
    /// - Parameter name: An upper-case name.
    package static func titleCased(_ name: String) -> String {
        var result = ""
        var startOfWord = true
        for character in name {
            if character.isLetter {
                result += startOfWord ? String(character) : lowercased(String(character))
                startOfWord = false
            } else {
                result.append(character)
                startOfWord = !character.isNumber
            }
        }
        return result
    }
}
