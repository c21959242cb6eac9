import Testing
import KumeData

@Suite("NaceClassification")
struct NaceClassificationTests {
    let nace = NaceClassification.shared

    @Test("The table has Eurostat's 996 codes: 21 sections, 88 divisions, 272 groups, 615 classes")
    func counts() {
        // Counts as published for NACE Rev.2 (data/README.md).
        #expect(nace.entries.count == 996)
        #expect(nace.codes(at: .section).count == 21)
        #expect(nace.codes(at: .division).count == 88)
        #expect(nace.codes(at: .group).count == 272)
        #expect(nace.codes(at: .class).count == 615)
    }

    @Test("Every form of class 29.10 reads as 29.10", arguments: ["29.10", "2910", "29.10.01", "291001", " 29.10 ", "29,10"])
    func classForms(text: String) throws {
        #expect(try nace.parse(text) == NaceCode(canonical: "29.10"))
    }

    @Test("Groups, divisions and sections read at their level",
          arguments: [("29.1", "29.1"), ("291", "29.1"), ("29", "29"), ("C", "C"), ("c", "C"), ("1", "01"),
                      ("1.11", "01.11"), ("11101", "01.11"), ("01.11", "01.11")])
    func otherLevels(text: String, expected: String) throws {
        #expect(try nace.parse(text).code == expected)
    }

    @Test("Malformed codes are rejected", arguments: ["", "abc", "29.", "29.1.2", "2910011", "V", "29-10", "29.100"])
    func malformed(text: String) {
        #expect(throws: NaceClassification.ParseError.malformed(text)) { try nace.parse(text) }
    }

    @Test("Codes with the right shape that NACE Rev.2 lacks are unknown")
    func unknown() {
        #expect(throws: NaceClassification.ParseError.unknown(text: "29.15", canonical: "29.15")) { try nace.parse("29.15") }
        #expect(throws: NaceClassification.ParseError.unknown(text: "2915", canonical: "29.15")) { try nace.parse("2915") }
        #expect(throws: NaceClassification.ParseError.unknown(text: "04", canonical: "04")) { try nace.parse("04") }
    }

    @Test("Titles, parents and sections come from the table")
    func lookups() throws {
        let code = NaceCode(canonical: "29.10")
        #expect(nace.title(of: code) == "Manufacture of motor vehicles")
        #expect(nace.section(of: code) == NaceCode(canonical: "C"))
        #expect(nace.parent(of: code) == NaceCode(canonical: "29.1"))
        #expect(nace.parent(of: NaceCode(canonical: "29")) == NaceCode(canonical: "C"))
        #expect(nace.section(of: NaceCode(canonical: "62.01")) == NaceCode(canonical: "J"))
        #expect(nace.title(of: NaceCode(canonical: "C")) == "MANUFACTURING")
        #expect(nace.children(of: NaceCode(canonical: "29")).map(\.code) == ["29.1", "29.2", "29.3"])
        #expect(nace.code(NaceCode(canonical: "29.10"), isWithin: NaceCode(canonical: "C")))
        #expect(!nace.code(NaceCode(canonical: "62.01"), isWithin: NaceCode(canonical: "C")))
    }

    @Test("Every code of the data file parses to itself")
    func everyCode() throws {
        let text = try String(contentsOf: InputTestSupport.dataFile("tables/nace_rev2.csv"), encoding: .utf8)
        let codes = text.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix { $0 != "," }) }
        #expect(codes.count == 996)
        for code in codes {
            #expect(try nace.parse(code).code == code)
        }
    }

    @Test("Every code has its Turkish title, as the Turkish version of NACE Rev.2 words it",
          arguments: [("C", "İMALAT"), ("13", "Tekstil ürünlerinin imalatı"), ("29.10", "Motorlu kara taşıtlarının imalatı"),
                      ("10.11", "Etin işlenmesi ve saklanması"), ("31.01", "Büro ve mağaza mobilyaları imalatı")])
    func turkishTitles(code: String, title: String) throws {
        // Titles as TÜİK publishes NACE Rev.2 in Turkish (İstatistiki Faaliyet Sınıflaması).
        #expect(nace.title(of: NaceCode(canonical: code), turkish: true) == title)
        #expect(nace.title(of: NaceCode(canonical: code), turkish: false) == nace.title(of: NaceCode(canonical: code)))
        #expect(nace.entries.allSatisfy { $0.titleTR?.isEmpty == false })
    }
}
