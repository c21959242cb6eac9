import Foundation
import Testing
@testable import KumeData

/// The expected values are the numbers as a person reads the text under the file's convention, written
/// out by hand: `12.500` in a `;` file (Turkish Excel) is twelve thousand five hundred.
@Suite("NumberReader")
struct NumberReaderTests {
    @Test("A delimiter implies its file's decimal convention")
    func conventions() {
        #expect(NumberReader.Convention(delimiter: UInt8(ascii: ";")) == .decimalComma)
        #expect(NumberReader.Convention(delimiter: UInt8(ascii: ",")) == .decimalPoint)
        #expect(NumberReader.Convention(delimiter: UInt8(ascii: "\t")) == .either)
    }

    @Test("Forms with one reading are read alike in every convention", arguments: [
        ("40.7654", 40.7654), ("40,7654", 40.7654), ("-3", -3.0), ("1e3", 1000.0), ("2.5E-3", 0.0025),
        ("1.250.000,50", 1_250_000.5), ("1,250,000.50", 1_250_000.5), ("1.250.000", 1_250_000.0),
        ("1 250 000", 1_250_000.0), ("12,5", 12.5), ("0.500", 0.5), ("+7", 7.0), ("\u{2212}2,5", -2.5),
        ("1250.500", 1250.5),
    ])
    func unambiguous(text: String, value: Double) throws {
        for convention in [NumberReader.Convention.decimalPoint, .decimalComma, .either] {
            #expect(try NumberReader(convention: convention).real(text).get() == value, "\(convention)")
        }
    }

    @Test("The fast path for plain decimals reads every text as the full reading does, in every convention and range")
    func fastPathAgrees() {
        // Texts of 1–9 characters over digits, both marks, signs and a space, from a fixed linear congruential
        // sequence, plus the edge forms by hand.
        let alphabet: [Character] = ["0", "1", "2", "5", "9", "0", "7", ".", ",", "-", "+", " "]
        var state: UInt64 = 2017
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["5.", ".5", "-.5", "5,", "12.500", "1,250", "007", "-0", "90.0000001", "-180", "180.5",
                     "9007199254740993", "0.1000000000000000055511151231257827", "40.1875 ", " 40,1875"]
        for _ in 0..<20_000 { texts.append(String((0..<(1 + next(9))).map { _ in alphabet[next(alphabet.count)] })) }
        for convention in [NumberReader.Convention.decimalPoint, .decimalComma, .either] {
            let reader = NumberReader(convention: convention)
            for text in texts {
                for range in [nil, -90.0...90.0] as [ClosedRange<Double>?] {
                    #expect(reader.real(text, in: range) == reader.realByReadings(text, in: range),
                            "'\(text)' under \(convention)")
                }
            }
        }
    }

    @Test("A mark followed by three digits follows the convention, and is refused where there is none")
    func threeDigits() throws {
        #expect(try NumberReader(convention: .decimalComma).real("12.500").get() == 12_500)
        #expect(try NumberReader(convention: .decimalPoint).real("12.500").get() == 12.5)
        #expect(try NumberReader(convention: .decimalComma).real("1,250").get() == 1.25)
        #expect(try NumberReader(convention: .decimalPoint).real("1,250").get() == 1_250)
        let refusal = try #require(throws: NumberReader.Refusal.self) {
            try NumberReader(convention: .either).real("12.500").get()
        }
        #expect(refusal.reason == .ambiguous)
        #expect(refusal.problem.contains("12500") && refusal.problem.contains("12.5"))
    }

    @Test("What a column can hold decides before the convention: a latitude of 40765 is not one")
    func rangeDecides() throws {
        #expect(try NumberReader(convention: .decimalComma).real("40.765", in: -90...90).get() == 40.765)
        #expect(try NumberReader(convention: .either).real("40.765", in: -90...90).get() == 40.765)
        let refusal = try #require(throws: NumberReader.Refusal.self) {
            try NumberReader(convention: .decimalPoint).real("95", in: -90...90).get()
        }
        #expect(refusal.reason == .outOfRange)
    }

    @Test("A count has no decimals, so a mark before three digits groups thousands", arguments: [
        ("1.250", 1250), ("1,250", 1250), ("120", 120), ("1.000.000", 1_000_000), ("1 250", 1250), ("0", 0),
    ])
    func counts(text: String, value: Int) throws {
        for convention in [NumberReader.Convention.decimalPoint, .decimalComma, .either] {
            #expect(try NumberReader(convention: convention).count(text).get() == value, "\(convention)")
        }
    }

    @Test("Counts with decimals, signs or letters are refused", arguments: [
        ("120.0", NumberReader.Refusal.Reason.notWhole), ("1,5", .notWhole), ("-3", .negative), ("12a", .notANumber),
        ("1.25.0", .notANumber), ("", .empty),
    ])
    func badCounts(text: String, reason: NumberReader.Refusal.Reason) throws {
        let refusal = try #require(throws: NumberReader.Refusal.self) {
            try NumberReader(convention: .decimalComma).count(text).get()
        }
        #expect(refusal.reason == reason)
    }

    @Test("Malformed numbers are refused", arguments: ["12.", "1.2.3,4,5", "1,2,3.4", "abc", "1e", "e5", "1.2e3.4", "12 5", "--1"])
    func malformed(text: String) {
        #expect(throws: NumberReader.Refusal.self) { try NumberReader(convention: .decimalPoint).real(text).get() }
    }

    @Test("Non-negative values say so when negative")
    func negative() throws {
        let refusal = try #require(throws: NumberReader.Refusal.self) {
            try NumberReader(convention: .decimalPoint).real("-1", in: 0...Double.greatestFiniteMagnitude).get()
        }
        #expect(refusal.reason == .negative)
    }
}
