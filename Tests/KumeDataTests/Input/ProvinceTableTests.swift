import Testing
import KumeData

@Suite("ProvinceTable")
struct ProvinceTableTests {
    let table = ProvinceTable.shared

    /// Turkish upper case written out by hand (i → İ, ı → I), independent of the code under test.
    static func turkishUpper(_ text: String) -> String {
        String(text.map { $0 == "i" ? "İ" : $0 == "ı" ? "I" : Character($0.uppercased()) })
    }

    /// The name with Turkish letters replaced by their ASCII look-alikes, as on a keyboard without them.
    static func ascii(_ text: String) -> String {
        let map: [Character: Character] = ["ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o",
                                           "Ö": "O", "ş": "s", "Ş": "S", "ü": "u", "Ü": "U", "â": "a"]
        return String(text.map { map[$0] ?? $0 })
    }

    @Test("All 81 provinces match by official, upper-case, lower-case and ASCII names")
    func allProvinces() throws {
        let rows = try InputTestSupport.plainRows("tables/tr_provinces.csv").dropFirst()
        #expect(rows.count == 81)
        #expect(table.provinces.count == 81)
        for row in rows {
            let plate = try #require(Int(row[0]))
            let name = row[1]
            for variant in [name, Self.turkishUpper(name), name.lowercased(), Self.ascii(name), Self.ascii(name).uppercased(),
                            " \(name) ", row[0]] {
                #expect(table.province(named: variant)?.plate == plate, "\(variant)")
            }
        }
    }

    @Test("A province carries its centre, population, area and NUTS codes from the file")
    func bursa() throws {
        let bursa = try #require(table.province(named: "BURSA"))
        // From tr_provinces.csv: 16,Bursa,40.18222,29.06111,3214571,10813,TR4,TR41,TR411
        #expect(bursa.plate == 16)
        #expect(abs(bursa.centre.latitude - 40.18222) < 1e-9)
        #expect(abs(bursa.centre.longitude - 29.06111) < 1e-9)
        #expect(bursa.nuts3 == "TR411")
        #expect(bursa.population == 3_214_571)
        #expect(table.province(named: "Tekirdağ")?.nuts3 == "TR211")
    }

    @Test("Common older names find their province", arguments: [("Afyon", 3), ("İçel", 33), ("Urfa", 63), ("Antep", 27), ("Maraş", 46), ("İzmit", 41)])
    func otherNames(name: String, plate: Int) {
        #expect(table.province(named: name)?.plate == plate)
    }

    @Test("An unknown name finds nothing")
    func unknown() {
        #expect(table.province(named: "Atlantis") == nil)
        #expect(table.province(named: "82") == nil)
    }
}
