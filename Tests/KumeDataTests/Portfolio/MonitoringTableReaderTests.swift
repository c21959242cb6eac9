import Foundation
import Testing
@testable import KumeData

@Suite("MonitoringTableReader")
struct MonitoringTableReaderTests {
    private func read(_ text: String) throws(InputError) -> MonitoringTable {
        try MonitoringTableReader.read(bytes: Array(text.utf8), name: "monitoring.csv")
    }

    @Test("The three indicators are read with their values, members and lines")
    func reads() throws {
        let table = try read("""
            cluster,year,indicator,member_id,value
            bursa-auto,2022,cooperation,F1,
            bursa-auto,2022,cooperation,F2,hayır
            bursa-auto,2023,facility,,Test Merkezi
            bursa-auto,2023,facility,F1,"Test Merkezi"
            textile,2024,product,T4,3

            """)
        #expect(table.rows.count == 5)
        #expect(table.rows[0] == MonitoringRow(cluster: "bursa-auto", year: 2022, memberID: "F1",
                                               value: .cooperation(raised: true), line: 2))
        #expect(table.rows[1].value == .cooperation(raised: false))
        #expect(table.rows[2].memberID == nil)
        #expect(table.rows[2].value == .facility(name: "Test Merkezi"))
        #expect(table.rows[3].memberID == "F1")
        #expect(table.rows[4].value == .products(count: 3))
        #expect(table.rows[4].indicator == .product)
        #expect(table.rows[4].line == 6)
        #expect(table.years == 2022...2024)
    }

    @Test("Turkish headers and words, semicolons and a BOM are read")
    func turkish() throws {
        let table = try read("\u{FEFF}Küme;Yıl;Gösterge;Üye No;Değer\r\nkonya;2023;İşbirliği;F1;evet\r\nkonya;2023;Ürün;F2;2\r\nkonya;2023;Ortak Tesis;;Kalıp Atölyesi\r\n")
        #expect(table.rows.map(\.indicator) == [.cooperation, .product, .facility])
        #expect(table.rows[0].value == .cooperation(raised: true))
        #expect(table.rows[2].value == .facility(name: "Kalıp Atölyesi"))
    }

    @Test("Windows-1254 text is read as Turkish")
    func windows1254() throws {
        // "Kalıp" in Windows-1254: ı is 0xFD.
        var bytes = Array("cluster,year,indicator,member_id,value\nkonya,2023,facility,,Kal".utf8)
        bytes += [0xFD] + Array("p\n".utf8)
        let table = try MonitoringTableReader.read(bytes: bytes, name: "m.csv")
        #expect(table.rows[0].value == .facility(name: "Kalıp"))
    }

    @Test("Every bad cell is reported at FILE:LINE:COLUMN")
    func errors() throws {
        let error = try #require(throws: InputError.self) {
            try read("""
                cluster,year,indicator,member_id,value
                a,20x3,cooperation,F1,
                a,2023,sales,F1,3
                a,2023,product,F1,three
                a,2023,product,,1
                ,2023,facility,F1,
                a,2023,cooperation,F1,maybe
                a,2023,product,F2,1
                a,2023,product,F2,2
                a,2023
                """)
        }
        let places = error.issues.map { "\($0.line):\($0.column)" }
        #expect(places == ["2:2", "3:3", "4:5", "5:4", "6:1", "6:5", "7:5", "9:4", "10:3"])
        #expect(error.issues[0].description == "monitoring.csv:2:2: '20x3' is not a year — write the calendar year with four digits, e.g. 2023")
        #expect(error.issues[1].problem == "unknown indicator 'sales'")
        #expect(error.issues[2].problem == "the number of products 'three' is not a number")
        #expect(error.issues[7].problem == "a second product row for member 'F2' of 'a' in 2023 (the first is on line 8)")
        #expect(error.issues[8].problem == "this row has 2 fields, the header has 5")
    }

    @Test("A missing column names the headers found")
    func missingColumn() throws {
        let error = try #require(throws: InputError.self) { try read("cluster,year,indicator,value\na,2023,product,1\n") }
        #expect(error.issues.count == 1)
        #expect(error.issues[0].line == 1)
        #expect(error.issues[0].problem.contains("missing column 'member_id'"))
        #expect(error.issues[0].problem.contains("the header has: cluster, year, indicator, value"))
    }

    @Test("An empty table and a header without rows are refused")
    func empty() throws {
        #expect(throws: InputError.self) { try read("") }
        let error = try #require(throws: InputError.self) { try read("cluster,year,indicator,member_id,value\n") }
        #expect(error.issues[0].problem == "the monitoring table has a header but no rows")
    }
}

@Suite("EntityDecision")
struct EntityDecisionTests {
    @Test("A=B is a same decision and A≠B, A!=B, A<>B different ones")
    func parses() throws {
        let same = try EntityDecision.parse(" a/U1 = Uludağ Üniv. ", kind: .same, option: "--same").get()
        #expect(same == EntityDecision(kind: .same, first: "a/U1", second: "Uludağ Üniv.", origin: "--same"))
        for text in ["a/F1≠b/F2", "a/F1!=b/F2", "a/F1 <> b/F2"] {
            let different = try EntityDecision.parse(text, kind: .different, option: "--different").get()
            #expect(different.first == "a/F1" && different.second == "b/F2", "\(text)")
        }
    }

    @Test("A value without both sides says what to write")
    func refuses() {
        for (text, kind) in [("a/F1", EntityDecision.Kind.same), ("=b/F2", .same), ("a/F1=b/F2", .different)] {
            guard case .failure(let error) = EntityDecision.parse(text, kind: kind, option: "--\(kind.rawValue)") else {
                Issue.record("\(text) was accepted")
                continue
            }
            #expect(error.description.contains("--\(kind.rawValue)"))
        }
    }

    @Test("The decisions table reads English and Turkish words and reports bad rows")
    func table() throws {
        let decisions = try EntityDecisionTable.parse(text: """
            birinci;ikinci;karar
            a/U1;b/U7;aynı
            a/F1;b/F1;farklı
            """, name: "d.csv")
        #expect(decisions.map(\.kind) == [.same, .different])
        #expect(decisions[1].origin == "d.csv:3")
        let error = try #require(throws: InputError.self) {
            try EntityDecisionTable.parse(text: "first,second,decision\na/U1,,same\na/U1,b/U1,maybe\n", name: "d.csv")
        }
        #expect(error.issues.map { "\($0.line):\($0.column)" } == ["2:2", "3:3"])
    }
}
