/// The key a table's header is matched by, in every table kume reads (rosters, registries, plans, region
/// and plant tables): ``TurkishText/folded(_:)`` (case, dotted and dotless i, diacritics), with text in
/// brackets and every character that is not a letter or a digit left out, so that "Enlem (°)", "ENLEM"
/// and "enlem" match, as do "NACE Rev.2 Kodu" and "nace_rev2_kodu", or "Firma/Kurum Adı" and
/// "firma_kurum_adi".
package enum HeaderKey {
    /// The key of a header as written.
    package static func of(_ header: some StringProtocol) -> String {
        var kept = ""
        var depth = 0
        for character in header {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(character) }
            }
        }
        // A header that is all brackets keeps its text rather than becoming empty.
        let folded = TurkishText.folded(kept.isEmpty ? String(header) : kept)
        return String(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}
