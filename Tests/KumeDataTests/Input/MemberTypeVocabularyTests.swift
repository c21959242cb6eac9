import Testing
import KumeData

@Suite("MemberTypeVocabulary")
struct MemberTypeVocabularyTests {
    @Test("Canonical ids, Turkish names and common spellings name their type", arguments: [
        ("firm", MemberType.firm), ("Firma", .firm), ("İŞLETME", .firm), ("isletme", .firm),
        ("chamber_of_industry", .chamberOfIndustry), ("Sanayi Odası", .chamberOfIndustry), ("SANAYI ODASI", .chamberOfIndustry),
        ("TSO", .chamberOfCommerceAndIndustry), ("Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry),
        ("ticaret odasi", .chamberOfCommerce), ("Deniz Ticaret Odası", .maritimeChamber),
        ("borsa", .commodityExchange), ("Ticaret Borsası", .commodityExchange),
        ("Üniversite", .university), ("universitesi", .university), ("ÜNİVERSİTE", .university),
        ("araştırma kurumu", .researchInstitution), ("Teknopark", .technologyDevelopmentZone),
        ("teknoloji geliştirme bölgesi", .technologyDevelopmentZone), ("OSB", .organizedIndustrialZone),
        ("osb", .organizedIndustrialZone), ("Organize Sanayi Bölgesi", .organizedIndustrialZone),
        ("serbest bölge", .freeZone), ("endüstri bölgesi", .industrialZone), ("İhracatçı Birliği", .exportersAssociation),
        ("ihracatcilar birligi", .exportersAssociation), ("İl Özel İdaresi", .provincialSpecialAdministration),
        ("belediye", .localGovernment), ("Yerel Yönetim", .localGovernment), ("dernek", .association),
        ("vakıf", .foundation), ("VAKIF", .foundation), ("kooperatif", .cooperative), ("diğer", .other), ("DIGER", .other),
        ("other", .other),
        // As Turkish applications write them (data/tables/member_types.csv).
        ("Teknokent", .technologyDevelopmentZone), ("Teknoloji Geliştirme Bölgesi", .technologyDevelopmentZone),
        ("Büyükşehir Belediyesi", .localGovernment), ("BÜYÜKŞEHİR BELEDİYESİ", .localGovernment),
        ("İl Özel İdaresi", .provincialSpecialAdministration), ("Ticaret Borsası", .commodityExchange),
        ("Vakıf Üniversitesi", .university), ("Araştırma Enstitüsü", .researchInstitution),
    ])
    func words(word: String, type: MemberType) {
        #expect(MemberTypeVocabulary.type(for: word) == type)
    }

    @Test("Every canonical id names its own type", arguments: MemberType.allCases)
    func canonical(type: MemberType) {
        #expect(MemberTypeVocabulary.type(for: type.rawValue) == type)
        #expect(MemberTypeVocabulary.words(for: type).first == type.rawValue)
    }

    @Test("Unknown words name nothing", arguments: ["fabrika", "oda", "", "company ltd"])
    func unknown(word: String) {
        #expect(MemberTypeVocabulary.type(for: word) == nil)
    }
}

@Suite("MemberTypeVocabulary names")
struct MemberTypeNameTests {
    @Test("Every type has an English and a Turkish name", arguments: MemberType.allCases)
    func names(type: MemberType) {
        #expect(!MemberTypeVocabulary.name(of: type, turkish: false).isEmpty)
        #expect(!MemberTypeVocabulary.name(of: type, turkish: true).isEmpty)
    }

    @Test("Names are the call text's words")
    func examples() {
        #expect(MemberTypeVocabulary.name(of: .chamberOfCommerceAndIndustry, turkish: true) == "ticaret ve sanayi odası")
        #expect(MemberTypeVocabulary.name(of: .organizedIndustrialZone, turkish: false) == "organized industrial zone")
    }
}
