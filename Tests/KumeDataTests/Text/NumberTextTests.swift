import Foundation
import Testing
@testable import KumeData

@Suite("NumberText")
struct NumberTextTests {
    @Test("Amounts group thousands and round half away from zero in each language")
    func liras() {
        #expect(NumberText.liras(Decimal(string: "1250000.505")!, turkish: false) == "1,250,000.51 TL")
        #expect(NumberText.liras(Decimal(string: "1250000.505")!, turkish: true) == "1.250.000,51 TL")
        #expect(NumberText.liras(0, turkish: false) == "0.00 TL")
    }

    @Test("Percentages drop the decimals of whole numbers")
    func percent() {
        #expect(NumberText.percent(50, turkish: false) == "50 %")
        #expect(NumberText.percent(Decimal(string: "44.094")!, turkish: true) == "%44,09")
    }

    @Test("Trimmed numbers drop trailing zeros and negative zero; non-finite ones have no text")
    func trimmed() {
        #expect(NumberText.trimmed(2.50, decimals: 6) == "2.5")
        #expect(NumberText.trimmed(-0.0000001, decimals: 6) == "0")
        #expect(NumberText.trimmed(.nan, decimals: 6) == nil)
        #expect(JSONText.number(.infinity, decimals: 3) == "null")
    }

    @Test("Fixed numbers keep their decimals and show a dash when not finite")
    func fixed() {
        #expect(NumberText.fixed(12.3, decimals: 2) == "12.30")
        #expect(NumberText.fixed(-0.001, decimals: 2) == "0.00")
        #expect(NumberText.fixed(.infinity, decimals: 2) == "–")
    }
}

@Suite("InputIssue")
struct InputIssueTests {
    @Test("A location prints only the parts that are known")
    func location() {
        #expect(InputIssue(file: "a.csv", line: 3, column: 2, problem: "p", remedy: "r").description == "a.csv:3:2: p — r")
        #expect(InputIssue(file: "a.csv", line: 1, column: 0, problem: "p", remedy: "r").description == "a.csv:1: p — r")
        #expect(InputIssue(file: "a.csv", line: 0, column: 0, problem: "p", remedy: "r").description == "a.csv: p — r")
        #expect(InputIssue(file: "", line: 0, column: 0, problem: "p", remedy: "r").description == "p — r")
    }
}
