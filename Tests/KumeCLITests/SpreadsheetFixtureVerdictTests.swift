import Foundation
import Testing

/// The committed workbooks of Tests/Fixtures/spreadsheets (scripts/reference/spreadsheet_fixtures.py) get the
/// verdicts of their CSV twins, check by check.
@Suite("Spreadsheet fixtures' verdicts")
struct SpreadsheetFixtureVerdictTests {
    static let fixtures = ExampleVerdictTests.examples.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/spreadsheets")

    private func verdict(_ arguments: [String]) throws -> (status: Int32, checks: [String]) {
        let result = try KumeExecutable.run(["check"] + arguments + ["--report", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                "\(result.standardError)")
        let checks = try #require(json["checks"] as? [[String: Any]])
        return (result.status, checks.map { "\($0["id"] ?? ""): \($0["status"] ?? "") — \($0["message"] ?? "")" })
    }

    @Test("Each workbook's default sheet gets the Konya CSV's verdict, and --sheet Bursa the Bursa CSV's",
          arguments: ["konya-bursa.xlsx", "konya-bursa.ods"])
    func sameVerdicts(fixture: String) throws {
        let path = Self.fixtures.appendingPathComponent(fixture).path
        let konya = try verdict([ExampleVerdictTests.examples.appendingPathComponent("konya-machinery-excel-1254.csv").path])
        let bursa = try verdict([ExampleVerdictTests.examples.appendingPathComponent("bursa-automotive.csv").path])
        #expect(konya.checks != bursa.checks)
        let defaultSheet = try verdict([path])
        #expect(defaultSheet.status == konya.status)
        #expect(defaultSheet.checks == konya.checks)
        let bursaSheet = try verdict([path, "--sheet", "Bursa"])
        #expect(bursaSheet.status == bursa.status)
        #expect(bursaSheet.checks == bursa.checks)
    }
}
