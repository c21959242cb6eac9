/// The words accepted for each ``MemberType`` in the `type` column: the canonical ids, Turkish names
/// with or without diacritics, and common spellings and abbreviations (OSB, TSO, teknopark, …).
/// Words are compared after ``TurkishText/folded(_:)``.
public enum MemberTypeVocabulary {
    /// The accepted words for each type, canonical id first.
    public static func words(for type: MemberType) -> [String] {
        switch type {
        case .firm: return ["firm", "firma", "işletme", "şirket", "company", "enterprise"]
        case .chamberOfIndustry: return ["chamber_of_industry", "sanayi odası", "SO"]
        case .chamberOfCommerceAndIndustry:
            return ["chamber_of_commerce_and_industry", "ticaret ve sanayi odası", "TSO"]
        case .chamberOfCommerce: return ["chamber_of_commerce", "ticaret odası", "TO"]
        case .maritimeChamber: return ["maritime_chamber", "deniz ticaret odası", "DTO"]
        case .commodityExchange: return ["commodity_exchange", "borsa", "ticaret borsası", "TB"]
        case .university: return ["university", "üniversite", "üniversitesi", "üni"]
        case .researchInstitution:
            return ["research_institution", "araştırma kurumu", "araştırma enstitüsü", "araştırma merkezi",
                    "research institute"]
        case .technologyDevelopmentZone:
            return ["technology_development_zone", "teknoloji geliştirme bölgesi", "teknopark", "technopark",
                    "TGB"]
        case .organizedIndustrialZone:
            return ["organized_industrial_zone", "organize sanayi bölgesi", "organised_industrial_zone", "OSB"]
        case .freeZone: return ["free_zone", "serbest bölge", "serbest bölgesi"]
        case .industrialZone: return ["industrial_zone", "endüstri bölgesi"]
        case .exportersAssociation:
            return ["exporters_association", "ihracatçı birliği", "ihracatçılar birliği", "ihracatçı birlikleri"]
        case .provincialSpecialAdministration:
            return ["provincial_special_administration", "il özel idaresi"]
        case .localGovernment:
            return ["local_government", "belediye", "belediyesi", "yerel yönetim", "municipality"]
        case .association: return ["association", "dernek", "derneği"]
        case .foundation: return ["foundation", "vakıf", "vakfı"]
        case .cooperative: return ["cooperative", "kooperatif", "kooperatifi"]
        case .other: return ["other", "diğer"]
        }
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
    public static func type(for word: String) -> MemberType? {
        typeByFoldedWord[TurkishText.folded(word.trimmingSpaces)]
    }

    /// The accepted words, for an error message: each canonical id with its Turkish name.
    public static var acceptedSummary: String {
        MemberType.allCases.map { type in
            let words = words(for: type)
            return words.count > 1 ? "\(words[0]) (\(words[1]))" : words[0]
        }.joined(separator: ", ")
    }
}
