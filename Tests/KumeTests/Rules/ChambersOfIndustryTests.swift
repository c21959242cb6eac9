import Foundation
import Testing
import Kume

@Suite("ChambersOfIndustry")
struct ChambersOfIndustryTests {
    /// The project's shared reference table of Türkiye's 12 chambers of industry
    /// (tr_chambers_of_industry.csv: name, abbreviation, province, plate, founding year, and the public page
    /// each row was taken from), copied verbatim.
    static let table = """
name,abbreviation,province,plate,founded_year,source
İstanbul Sanayi Odası,İSO,İstanbul,34,1952,https://iso.org.tr/Content/publication/about-us-2020
Ankara Sanayi Odası,ASO,Ankara,6,1963,https://aso.org.tr/kurumsal/aso-nun-tarihcesi-5192
Ege Bölgesi Sanayi Odası,EBSO,İzmir,35,1951,http://www.ebso.org.tr/tr/ebso-hakkinda/ege-bolgesi-sanayi-odasi
Kocaeli Sanayi Odası,KSO,Kocaeli,41,1989,https://eng.kosano.org.tr/history/
Konya Sanayi Odası,KSO,Konya,42,1974,https://www.ekonomim.com/sehirler/kso-10-bin-fidani-toprakla-bulusturdu-haberi-744916
Gaziantep Sanayi Odası,GSO,Gaziantep,27,1989,https://www.bolgegundem.com/gso-ve-isodan-sanayide-guc-birligi-1047480h.htm
Kayseri Sanayi Odası,KAYSO,Kayseri,38,1966,https://www.haberturk.com/kayseri-haberleri/39264834-kayso-eylul-ayi-meclis-toplantisi-yapildi
Eskişehir Sanayi Odası,ESO,Eskişehir,26,1968,https://atap.com.tr/eso
Denizli Sanayi Odası,DSO,Denizli,20,1973,https://ekonomigazetesi.com/sehirler/denizli-sanayi-odasi-50nci-yilini-orman-kurarak-olumsuzlestirdi-27213
Adana Sanayi Odası,ADASO,Adana,1,1966,https://adaso.org.tr/tarihce-9
Balıkesir Sanayi Odası,BSO,Balıkesir,10,1981,https://www.bso.org.tr/kurumsal/hakkimizda
Aydın Sanayi Odası,AYSO,Aydın,9,2008,https://ayso.org.tr/ayso-tarihcesi/
"""

    @Test("The table's 12 chambers map their provinces")
    func reads() throws {
        let map = try ChambersOfIndustry.provinces(csv: Self.table, file: "tr_chambers_of_industry.csv")
        #expect(map.count == 12)
        #expect(map["Kocaeli"] == "Kocaeli Sanayi Odası")
        #expect(map["İzmir"] == "Ege Bölgesi Sanayi Odası")
        #expect(map["Bursa"] == nil)
    }

    @Test("A row without a province is reported at its line")
    func missingProvince() throws {
        let error = try #require(throws: InputError.self) {
            try ChambersOfIndustry.provinces(csv: "name,province\nX Sanayi Odası,\n", file: "t.csv")
        }
        #expect(error.issues.first?.line == 2)
        #expect(error.issues.first?.column == 2)
    }
}
