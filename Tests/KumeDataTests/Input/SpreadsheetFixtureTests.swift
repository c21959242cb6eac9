import Foundation
import KumeData
import Testing

/// The committed workbooks of Tests/Fixtures/spreadsheets (written by openpyxl and odfpy from two bundled examples,
/// scripts/reference/spreadsheet_fixtures.py) read member for member as their CSV twins.
@Suite("Spreadsheet fixtures")
struct SpreadsheetFixtureTests {
    static let fixtures = InputTestSupport.root.appendingPathComponent("Tests/Fixtures/spreadsheets")

    /// What must not depend on the file format: every field of every member but its line.
    private func fields(_ roster: Roster) -> [String] {
        roster.members.map { member in
            let location = member.location.map { "\($0.latitude),\($0.longitude)" } ?? "-"
            return [member.id, member.name, "\(member.type)", member.nace.map { "\($0)" } ?? "-", location,
                    member.employees.map(String.init) ?? "-", member.committed.map { "\($0)" } ?? "-",
                    member.province ?? "-", member.district ?? "-"].joined(separator: "|")
        }
    }

    @Test("The Konya sheet (title merged above the header, an empty row, coordinates as numbers and as decimal-comma text) reads as its CSV",
          arguments: ["konya-bursa.xlsx", "konya-bursa.ods"])
    func konyaSheet(fixture: String) throws {
        let path = Self.fixtures.appendingPathComponent(fixture).path
        let twin = try RosterReader.read(path: InputTestSupport.dataFile("examples/konya-machinery-excel-1254.csv").path)
        let roster = try RosterReader.read(path: path)  // the first sheet, notes only, has no header row
        #expect(roster.members.count == 31)
        #expect(fields(roster) == fields(twin))
        // Rows as the spreadsheet numbers them: title row 1, header row 2, an empty row after the tenth member.
        #expect(roster.members.first?.line == 3)
        #expect(roster.members[9].line == 12)
        #expect(roster.members[10].line == 14)
        #expect(roster.members.last?.line == 34)
    }

    @Test("--sheet Bursa, by name or number, reads the third sheet as the Bursa example's CSV",
          arguments: ["konya-bursa.xlsx", "konya-bursa.ods"], ["Bursa", "bursa", "3"])
    func bursaSheet(fixture: String, sheet: String) throws {
        let path = Self.fixtures.appendingPathComponent(fixture).path
        let twin = try RosterReader.read(path: InputTestSupport.dataFile("examples/bursa-automotive.csv").path)
        let roster = try RosterReader.read(path: path, options: RosterReader.Options(sheet: sheet))
        #expect(roster.members.count == 40)
        #expect(fields(roster) == fields(twin))
        #expect(roster.members.first?.line == 2)
    }

    @Test("--sheet naming the notes sheet is refused at its first row: it has no header row",
          arguments: ["konya-bursa.xlsx", "konya-bursa.ods"])
    func notesSheet(fixture: String) throws {
        let path = Self.fixtures.appendingPathComponent(fixture).path
        #expect {
            _ = try RosterReader.read(path: path, options: RosterReader.Options(sheet: "Açıklamalar"))
        } throws: { error in
            "\(error)".contains("\(path):Açıklamalar:1:1: missing required column 'id'")
        }
    }
}
