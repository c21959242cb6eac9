import KumeResources

/// The words accepted for each ``MemberType`` in the `type` column and each type's English and Turkish
/// names, from `data/tables/member_types.csv` (embedded): the canonical ids, the Turkish names with or
/// without diacritics, and common spellings and abbreviations (OSB, TSO, teknopark, teknokent, Büyükşehir
/// Belediyesi, …). Words are compared after ``TurkishText/folded(_:)``.
package enum MemberTypeVocabulary {
    private struct Entry {
        var english: String
        var turkish: String
        var words: [String]
    }

    private static let entries: [MemberType: Entry] = {
        var map: [MemberType: Entry] = [:]
        for row in EmbeddedTable(EmbeddedData.memberTypesCsv, name: "member_types.csv").rows {
            guard let type = MemberType(rawValue: row.text("type")) else { continue }
            let aliases = row.text("aliases").split(separator: "|").map(String.init).filter { !$0.isEmpty }
            map[type] = Entry(english: row.text("name_en"), turkish: row.text("name_tr"),
                              words: [type.rawValue, row.text("name_tr")] + aliases)
        }
        return map
    }()

    /// The accepted words for each type: the canonical id, the Turkish name, then the other aliases.
    package static func words(for type: MemberType) -> [String] {
        entries[type]?.words ?? [type.rawValue]
    }

    /// The type's name in English ("chamber of industry") or Turkish ("sanayi odası").
    package static func name(of type: MemberType, turkish: Bool) -> String {
        let entry = entries[type]
        return (turkish ? entry?.turkish : entry?.english) ?? type.rawValue
    }

    private static let typeByFoldedWord: [String: MemberType] = {
        var map: [String: MemberType] = [:]
        for type in MemberType.allCases {
            for word in words(for: type) { map[TurkishText.folded(word)] = type }
        }
        return map
    }()

    /// The type a word names ("OSB", "Organize Sanayi Bölgesi", "organized_industrial_zone"), or `nil`.
    /// - Parameter word: The `type` cell as written.
    package static func type(for word: String) -> MemberType? {
        typeByFoldedWord[TurkishText.folded(word.trimmingSpaces)]
    }

    /// The accepted words, for an error message: each canonical id with its Turkish name.
    package static var acceptedSummary: String {
        MemberType.allCases.map { type in
            let words = words(for: type)
            return words.count > 1 ? "\(words[0]) (\(words[1]))" : words[0]
        }.joined(separator: ", ")
    }
}
