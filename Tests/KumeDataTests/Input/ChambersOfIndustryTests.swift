import Testing
import KumeData

@Suite("ChambersOfIndustry")
struct ChambersOfIndustryTests {
    @Test("The table lists the 12 chambers of industry with their provinces")
    func twelve() {
        let chambers = ChambersOfIndustry.shared
        #expect(chambers.chambers.count == 12)
        #expect(chambers.chamber(inProvince: 41)?.name == "Kocaeli Sanayi Odası")
        #expect(chambers.chamber(inProvince: 35)?.abbreviation == "EBSO")
        #expect(chambers.chamber(inProvince: 42)?.foundedYear == 1974)
    }

    @Test("Provinces without a chamber of industry have none", arguments: [16, 54, 45, 14, 46, 44, 7, 31, 59])
    func none(plate: Int) {
        // Bursa, Sakarya, Manisa, Bolu, Kahramanmaraş, Malatya, Antalya, Hatay, Tekirdağ (data/README.md).
        #expect(ChambersOfIndustry.shared.chamber(inProvince: plate) == nil)
    }
}
