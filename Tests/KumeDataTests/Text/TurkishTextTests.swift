import Testing
import KumeData

@Suite("TurkishText")
struct TurkishTextTests {
    @Test("Folding ignores case, dotted and dotless I, diacritics, spaces, hyphens and underscores",
          arguments: [
              ("Çalışan Sayısı", "calisansayisi"), ("CALISAN-SAYISI", "calisansayisi"), ("calisan_sayisi", "calisansayisi"),
              ("İSTANBUL", "istanbul"), ("Istanbul", "istanbul"), ("ıstanbul", "istanbul"),
              ("ŞANLIURFA", "sanliurfa"), ("Kâhta", "kahta"), ("KÂHTA", "kahta"), ("Ağrı", "agri"),
              ("Üye Türü", "uyeturu"), ("Gümüşhane", "gumushane"), ("ÖDEMİŞ", "odemis"),
          ])
    func folding(input: String, expected: String) {
        #expect(TurkishText.folded(input) == expected)
    }

    @Test("Upper-casing follows Turkish rules for i and ı")
    func uppercasing() {
        #expect(TurkishText.uppercased("Diyarbakır") == "DİYARBAKIR")
        #expect(TurkishText.uppercased("istanbul ılıca") == "İSTANBUL ILICA")
    }

    @Test("Lower-casing follows Turkish rules for I and İ")
    func lowercasing() {
        #expect(TurkishText.lowercased("ISPARTA") == "ısparta")
        #expect(TurkishText.lowercased("İZMİR") == "izmir")
    }
}
