import Testing
@testable import KumeData

@Suite("TurkishText title case")
struct TurkishTitleCaseTests {
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
}
