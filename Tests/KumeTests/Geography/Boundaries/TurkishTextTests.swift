import Testing
@testable import Kume

@Suite("TurkishText")
struct TurkishTextTests {
    @Test(
        "Title case follows Turkish rules for dotted and dotless i",
        arguments: [
            ("KAHRAMANMARAŞ", "Kahramanmaraş"), ("İSTANBUL", "İstanbul"), ("ISPARTA", "Isparta"), ("IĞDIR", "Iğdır"),
            ("19 MAYIS", "19 Mayıs"), ("ONİKİ ŞUBAT", "Oniki Şubat"), ("ÇİĞLİ", "Çiğli"),
            // The source's spelling without the dot gives a wrong name: why the official tables come first.
            ("ESKİŞEHIR", "Eskişehır"),
        ])
    func titleCase(upper: String, expected: String) {
        #expect(TurkishText.titleCased(upper) == expected)
    }

    @Test(
        "Match keys equate spellings that differ only in I/İ, diacritics, case and spaces",
        arguments: [("ESKİŞEHIR", "Eskişehir"), ("ONİKİ ŞUBAT", "Onikişubat"), ("DEVREKÂNİ", "Devrekani"),
                    ("SARKIŞLA", "Şarkışla"), ("MARMARA EREĞLİSİ", "Marmaraereğlisi")])
    func matchKey(source: String, official: String) {
        #expect(TurkishText.matchKey(source) == TurkishText.matchKey(official))
    }

    @Test("Different names have different keys")
    func distinctKeys() {
        #expect(TurkishText.matchKey("DEVREK") != TurkishText.matchKey("Devrekani"))
    }
}
