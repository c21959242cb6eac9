import Foundation
import Testing
@testable import KumeData

@Suite("PlanTable")
struct PlanTableTests {
    @Test("Comma, semicolon and Turkish headers and amounts are read exactly")
    func reads() throws {
        let text = """
        plan,item,cost,support,domestic_machinery
        P1,Makine,"1.250.000,50","875.000,35",evet
        P1,"Eğitim, danışmanlık",1250000.5,0,
        """
        let items = try PlanTable.parse(text: text, file: "plans.csv")
        #expect(items.count == 2)
        #expect(items[0].costLira == Decimal(string: "1250000.50"))
        #expect(items[0].supportLira == Decimal(string: "875000.35"))
        #expect(items[0].domesticMachinery)
        #expect(items[0].line == 2)
        #expect(items[1].item == "Eğitim, danışmanlık")
        #expect(items[1].costLira == Decimal(string: "1250000.5"))
        #expect(!items[1].domesticMachinery)

        let turkish = "\u{FEFF}İş planı;Kalem;Maliyet;Destek\r\n1;Kira;12.000,00;6.000,00 TL\r\n"
        let rows = try PlanTable.parse(text: turkish, file: "plans.csv")
        #expect(rows.first?.costLira == 12_000)
        #expect(rows.first?.supportLira == 6_000)
    }

    @Test("Every bad cell is reported as FILE:LINE:COLUMN")
    func errors() throws {
        let text = """
        plan,item,cost,support
        P1,A,1.2500,100
        P1,,100,-5
        P1,B,abc,1,2.5
        """
        let error = try #require(throws: InputError.self) { try PlanTable.parse(text: text, file: "plans.csv") }
        let places = error.issues.map { "\($0.line):\($0.column)" }
        // 1.2500 has four decimals (line 2, column 3); -5 is negative (line 3, column 4); the item is
        // empty (line 3, column 2); abc is not a number (line 4, column 3).
        #expect(places == ["2:3", "3:4", "3:2", "4:3"])
        #expect(error.description.hasPrefix("plans.csv:2:3: cost '1.2500' has more than two decimals"))
    }

    @Test("A missing column is reported on the header line")
    func missingColumn() throws {
        let error = try #require(throws: InputError.self) {
            try PlanTable.parse(text: "plan,item,cost\nP1,A,1\n", file: "p.csv")
        }
        #expect(error.issues.count == 1)
        #expect(error.issues[0].line == 1)
        #expect(error.issues[0].problem.contains("support"))
    }

    @Test("An unclosed quote is reported where it opens")
    func unclosedQuote() throws {
        let error = try #require(throws: InputError.self) {
            try PlanTable.parse(text: "plan,item,cost,support\nP1,\"A,1,1\n", file: "p.csv")
        }
        #expect(error.issues.first?.line == 2)
    }

    @Test("Amounts: the last separator of two kinds is the decimal mark; repeated ones group thousands; an amount has at most two decimals",
          arguments: [
              ("1.250.000,50", "1250000.50"), ("1,250,000.50", "1250000.50"), ("1250000", "1250000"),
              ("12,5", "12.5"), ("12.5", "12.5"), ("1.000.000", "1000000"), ("₺ 7 500,25", "7500.25"),
              ("0,05", "0.05"), ("1.250", "1250"), ("1,250", "1250"), ("250.000 TL", "250000"),
          ])
    func amounts(text: String, expected: String) throws {
        for convention in [NumberReader.Convention.decimalPoint, .decimalComma, .either] {
            let value = try NumberReader(convention: convention).amount(text).get()
            #expect(value == Decimal(string: expected), "\(convention)")
        }
    }

    @Test("Malformed amounts are refused", arguments: ["1.25.000", "1,2,3.4", "12a", "1.000,00,5", "", "1,2345", "-5"])
    func refused(text: String) {
        #expect(throws: NumberReader.Refusal.self) { try NumberReader(convention: .decimalPoint).amount(text).get() }
    }
}
