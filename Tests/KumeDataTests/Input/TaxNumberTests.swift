import Foundation
import Testing
@testable import KumeData

@Suite("TaxNumber")
struct TaxNumberTests {
    @Test("VKN check digits worked out by hand")
    func vknByHand() throws {
        // 1234567890: digit d at position i gives t = (d + 10 − i) mod 10 = 0 for every i, so the sum is 0 and
        // the check digit (10 − 0) mod 10 = 0.
        #expect(try TaxNumber("1234567890").kind == .vkn)
        // 001000001?: t = 9, 8, 8, 6, 5, 4, 3, 2, 2 → 9, 8·2⁸ mod 9 = 5, 8·2⁷ mod 9 = 7, 6·2⁶ mod 9 = 6,
        // 5·2⁵ mod 9 = 7, 4·2⁴ mod 9 = 1, 3·2³ mod 9 = 6, 2·2² mod 9 = 8, 2·2 mod 9 = 4; sum 53 → check 7.
        #expect(try TaxNumber("0010000017").digits == "0010000017")
        #expect(throws: TaxNumber.Problem.checkDigits(.vkn)) { try TaxNumber("0010000018") }
    }

    @Test("TCKN check digits worked out by hand")
    func tcknByHand() throws {
        // 10000000146: odd places 1+0+0+0+1 = 2, even places 0; d10 = (2·7 − 0) mod 10 = 4,
        // d11 = (1+0+0+0+0+0+0+0+1+4) mod 10 = 6.
        #expect(try TaxNumber("10000000146").kind == .tckn)
        #expect(throws: TaxNumber.Problem.checkDigits(.tckn)) { try TaxNumber("10000000147") }
        #expect(throws: TaxNumber.Problem.leadingZero) { try TaxNumber("01234567890") }
        #expect(throws: TaxNumber.Problem.length(9)) { try TaxNumber("123456789") }
        #expect(throws: TaxNumber.Problem.notDigits) { try TaxNumber("12345678A0") }
    }

    @Test("Every number of python-stdnum's fixture gets stdnum's verdict")
    func fixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/stdnum/tax_numbers.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(lines.count == 401)
        for line in lines {
            let fields = line.split(separator: ",").map(String.init)
            try #require(fields.count == 3)
            let valid = (try? TaxNumber(fields[1])) != nil
            #expect(valid == (fields[2] == "yes"), "\(fields[1])")
        }
    }

    @Test("A bad tax number in a roster is an error at its cell")
    func rosterCell() {
        let found = issues("id,name,type,nace,lat,lon,vkn\nF1,A,firm,29.10,40.2,29.0,1234567891\n")
        #expect(found.map(\.description) == [
            "t.csv:2:7: tax number '1234567891' fails the VKN check digit — give the 10-digit VKN or 11-digit TCKN as registered (check for a typo), or leave it empty",
        ])
    }
}
