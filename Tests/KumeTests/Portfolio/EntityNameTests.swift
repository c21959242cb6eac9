import Testing
@testable import Kume

@Suite("EntityName")
struct EntityNameTests {
    @Test("Firms lose their legal-form words however they are written", arguments: [
        ("Coşkunöz Metal Form Sanayi ve Ticaret A.Ş.", "coskunoz metal form"),
        ("COŞKUNÖZ METAL FORM SAN. VE TİC. A.Ş.", "coskunoz metal form"),
        ("Coşkunöz Metal Form San.ve Tic.Ltd.Şti.", "coskunoz metal form"),
        ("Coşkunöz Metal Form Anonim Şirketi", "coskunoz metal form"),
        ("Coşkunöz Metal Form AŞ", "coskunoz metal form"),
        ("Bursa'nın Kalıpçısı Ltd.", "bursanin kalipcisi"),
        ("Sanayi A.Ş.", "sanayi"),
    ])
    func firms(name: String, key: String) {
        #expect(EntityName.firm(name).key == key)
    }

    @Test("Institutions also lose their type's words, a leading T.C. and their province's name")
    func institutions() {
        let full = EntityName.institution("Bursa Uludağ Üniversitesi", type: .university, province: "bursa")
        let short = EntityName.institution("Uludağ Üniv.", type: .university, province: "bursa")
        #expect(full.key == "uludag" && full.mentionsProvince)
        #expect(short.key == "uludag" && !short.mentionsProvince)
        let municipality = EntityName.institution("T.C. Bursa Büyükşehir Belediyesi", type: .localGovernment, province: "bursa")
        #expect(municipality.words == ["bursa"])  // never emptied: the province's name stays when nothing else does
        #expect(EntityName.institution("Bursa Ticaret ve Sanayi Odası", type: .chamberOfCommerceAndIndustry,
                                       province: "bursa").key == "bursa")
        #expect(EntityName.institution("Bursa TSO", type: .chamberOfCommerceAndIndustry, province: "bursa").key == "bursa")
        // A type's words are only dropped for that type.
        #expect(EntityName.institution("Gebze Teknik Üniversitesi", type: .university, province: "kocaeli").key == "gebze teknik")
    }
}
