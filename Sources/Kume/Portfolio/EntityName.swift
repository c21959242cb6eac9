import KumeData

/// The words of a member's name that identify it, for matching the same entity across rosters.
///
/// The name is cut into words at spaces and punctuation (so `A.Ş.` is `a ş`, `Ltd.Şti.` is `ltd şti`), each
/// word Turkish-case-folded without diacritics (``TurkishText/folded(_:)``). Legal-form words are dropped
/// from the end of the name (``LegalFormWords``): `Sanayi ve Ticaret A.Ş.`, `San. ve Tic. Ltd. Şti.`,
/// `Anonim Şirketi`. An institution also drops the words of its own type (`Üniversitesi`, `Üniv.`,
/// `Ticaret ve Sanayi Odası`, `OSB`, …) from the end and a leading `T.C.`, and the name of its province
/// wherever it stands, because type and province are compared on their own: "Bursa Uludağ Üniversitesi"
/// and "Uludağ Üniv." in Bursa are both `uludag`. A name is never emptied: when every word would go, the
/// last one dropped stays.
struct EntityName: Hashable, Sendable {
    /// The identifying words.
    let words: [String]
    /// Whether the province's name was among the name's words (and was dropped).
    let mentionsProvince: Bool
    /// The words joined by single spaces.
    let key: String

    init(words: [String], mentionsProvince: Bool) {
        self.words = words
        self.mentionsProvince = mentionsProvince
        key = words.joined(separator: " ")
    }

    /// The firm key: the name without its legal-form words.
    static func firm(_ name: String) -> EntityName { firm(words: words(of: name)) }

    /// The firm key of a name already cut into words.
    static func firm(words: [String]) -> EntityName {
        EntityName(words: strippingTail(words, LegalFormWords.firm), mentionsProvince: false)
    }

    /// The institution key: the name without legal-form and type words, a leading `T.C.` and its province.
    /// - Parameters:
    ///   - name: The name as written.
    ///   - type: The member's type, whose words are dropped from the end.
    ///   - province: The folded name of the member's province, when known.
    static func institution(_ name: String, type: MemberType, province: String?) -> EntityName {
        institution(words: words(of: name), type: type, province: province)
    }

    /// The institution key of a name already cut into words.
    static func institution(words: [String], type: MemberType, province: String?) -> EntityName {
        var words = words
        if words.count > 2, words[0] == "t", words[1] == "c" { words.removeFirst(2) }
        words = strippingTail(words, LegalFormWords.firm.union(LegalFormWords.institution(type)))
        guard let province, words.contains(province) else { return EntityName(words: words, mentionsProvince: false) }
        let without = words.filter { $0 != province }
        return EntityName(words: without.isEmpty ? [province] : without, mentionsProvince: true)
    }

    /// The folded words of a name: letters and digits, Turkish-case-folded without diacritics as
    /// ``TurkishText/folded(_:)`` folds them, cut at anything else; apostrophes join (`Bursa'nın`).
    ///
    /// Turkish letters are folded by a table, other letters through ``TurkishText/folded(_:)``, so the
    /// common case allocates nothing per letter (this runs once per roster member).
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(Unicode.Scalar(UInt8(value + 0x20)))  // A–Z
                case 0x61...0x7A, 0x30...0x39: current.append(scalar)  // a–z, 0–9
                case 0x27: continue  // an apostrophe joins
                default: flush()
                }
                continue
            }
            if let folded = turkishLetters[scalar] {
                current.append(folded)
            } else if scalar == "\u{2019}" || scalar.properties.generalCategory == .nonspacingMark {
                continue  // ’ joins; a combining mark is dropped, as folding drops diacritics
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: TurkishText.folded(String(scalar)).unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Turkish letters and their folded ASCII letters.
    private static let turkishLetters: [Unicode.Scalar: Unicode.Scalar] = [
        "ç": "c", "Ç": "c", "ğ": "g", "Ğ": "g", "ı": "i", "İ": "i", "ö": "o", "Ö": "o", "ş": "s", "Ş": "s",
        "ü": "u", "Ü": "u", "â": "a", "Â": "a", "î": "i", "Î": "i", "û": "u", "Û": "u",
    ]

    /// Drops words of `tail` from the end, and the pair `a ş` (A.Ş.), keeping at least one word.
    static func strippingTail(_ words: [String], _ tail: Set<String>) -> [String] {
        var words = words
        while words.count > 1 {
            if words.count > 2, words[words.count - 2] == "a", words[words.count - 1] == "s" {
                words.removeLast(2)
            } else if let last = words.last, tail.contains(last) {
                words.removeLast()
            } else {
                break
            }
        }
        return words
    }
}
