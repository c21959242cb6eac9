import KumeData

/// The words a name may end with that say what kind of body it is rather than which one: Turkish
/// company forms and their abbreviations, and each institution type's own words. All are folded
/// (``TurkishText/folded(_:)``: lower case, no diacritics).
enum LegalFormWords {
    /// Company forms and the trade words that precede them in Turkish trade names: `Anonim Şirketi`,
    /// `A.Ş.` (handled as the pair `a s`), `AŞ`, `T.A.Ş.`, `Ltd. Şti.`, `Limited Şirketi`, `Koll. Şti.`,
    /// `Kom. Şti.`, `San. ve Tic.`, `Sanayi ve Ticaret`, `İth. İhr.`, `Paz.`.
    static let firm: Set<String> = [
        "as", "tas", "anonim", "sirketi", "sirket", "sti", "ltd", "ltdsti", "limited", "koll", "kollektif",
        "kom", "komandit", "san", "sanayi", "sanayii", "ve", "tic", "ticaret", "ith", "ihr", "ithalat",
        "ihracat", "paz", "pazarlama", "inc", "co", "gmbh", "llc",
    ]

    /// The words of an institution type's name and its abbreviations (`Üniversitesi`, `Üniv.`, `Ü.`,
    /// `Rektörlüğü` for a university; `Ticaret ve Sanayi Odası`, `TSO` for a chamber of commerce and industry).
    static func institution(_ type: MemberType) -> Set<String> {
        switch type {
        case .firm, .other: []
        case .university: ["universitesi", "universite", "univ", "uni", "u", "rektorlugu"]
        case .chamberOfIndustry: ["sanayi", "odasi", "so"]
        case .chamberOfCommerceAndIndustry: ["ticaret", "ve", "sanayi", "odasi", "tso"]
        case .chamberOfCommerce: ["ticaret", "odasi", "to"]
        case .maritimeChamber: ["deniz", "ticaret", "odasi", "dto"]
        case .commodityExchange: ["ticaret", "borsasi", "borsa", "tb"]
        case .researchInstitution: ["arastirma", "enstitusu", "merkezi", "kurumu", "mudurlugu"]
        case .technologyDevelopmentZone: ["teknoloji", "gelistirme", "bolgesi", "teknopark", "teknokent", "tgb"]
        case .organizedIndustrialZone: ["organize", "sanayi", "bolgesi", "osb"]
        case .freeZone: ["serbest", "bolgesi", "bolge"]
        case .industrialZone: ["endustri", "bolgesi"]
        case .exportersAssociation: ["ihracatcilar", "ihracatcilari", "birligi"]
        case .provincialSpecialAdministration: ["il", "ozel", "idaresi"]
        case .localGovernment: ["buyuksehir", "belediyesi", "belediye", "baskanligi"]
        case .association: ["dernegi", "dernek"]
        case .foundation: ["vakfi", "vakif"]
        case .cooperative: ["kooperatifi", "kooperatif"]
        }
    }
}
