import Foundation
import Testing
import KumeResources
@testable import KumeData

@Suite("Call")
struct CallTests {
    /// data/calls/, found from this file's path.
    static let callsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/calls")

    @Test("The 2017 call carries the numbers of the 3rd call's text")
    func call2017() throws {
        let call = try Call.builtIn(id: "2017-3")
        #expect(call.deadline == CalendarDate(year: 2017, month: 8, day: 11))
        #expect(call.minimumCommittedFirms == 20)
        #expect(call.grant.totalCapLira == 25_000_000)
        #expect(call.grant.maxPlanSharePercent == 50)
        #expect(call.grant.maxItemSharePercent == 75)
        #expect(call.grant.domesticMachineryBonusPoints == nil)
        #expect(call.grant.durationYears == 5)
        #expect(call.requiredPartners == [.chamber, .university])
        #expect(call.accepts(.firm) && call.accepts(.organizedIndustrialZone) && call.accepts(.cooperative))
        #expect(!call.accepts(.other))
        // Every type but other, a ticaret odası and a deniz ticaret odası: the call lists, under law 5174,
        // chambers of industry, chambers of commerce and industry and exchanges only.
        #expect(Set(call.eligibleMemberTypes) == Set(MemberType.allCases).subtracting([.other, .chamberOfCommerce, .maritimeChamber]))
        #expect(Set(call.refusedMemberTypeReasons.keys) == [.chamberOfCommerce, .maritimeChamber])
        #expect(!call.source.isEmpty)
    }

    @Test("The 2023 call: no cap, 70 % per plan, +15 points for domestic machinery, priority NACE")
    func call2023() throws {
        let call = try Call.builtIn(id: "2023-4")
        #expect(call.grant.totalCapLira == nil)
        #expect(call.grant.maxPlanSharePercent == 70)
        #expect(call.grant.maxItemSharePercent == nil)
        #expect(call.grant.domesticMachineryBonusPoints == 15)
        #expect(call.deadline == CalendarDate(year: 2023, month: 11, day: 3))
        #expect(call.priorityNace.map(\.code) == ["20", "21", "32.50", "26", "27", "28", "29", "30"])
        #expect(call.isPriority(NaceCode(canonical: "29.32")))
        #expect(call.isPriority(NaceCode(canonical: "32.50")))
        #expect(!call.isPriority(NaceCode(canonical: "32.40")))
    }

    @Test("Each embedded call is the exact text of its file under data/calls", arguments: Call.builtInIDs)
    func embeddedMatchesFile(id: String) throws {
        let file = try String(contentsOf: Self.callsFolder.appendingPathComponent("\(id).json"), encoding: .utf8)
        let embedded = id == "2017-3" ? EmbeddedData.call20173Json : EmbeddedData.call20234Json
        #expect(embedded == file || embedded + "\n" == file)
        #expect(try Call.load(path: Self.callsFolder.appendingPathComponent("\(id).json").path) == Call.builtIn(id: id))
    }

    @Test("An unknown built-in id names the known ones")
    func unknownID() throws {
        let error = try #require(throws: InputError.self) { try Call.builtIn(id: "2019-1") }
        #expect(error.description.contains("2017-3, 2023-4"))
    }

    @Test("A missing key is reported on the line of its parent key")
    func missingKey() throws {
        let text = """
        {
          "id": "x",
          "title": "X",
          "deadline": null,
          "eligible_member_types": ["firm"],
          "minimum_committed_firms": 20,
          "required_partners": [],
          "grant": {
            "total_cap_lira": null
          },
          "source": "s"
        }
        """
        let error = try #require(throws: InputError.self) { try Call.decode(text: text, file: "c.json") }
        let issue = try #require(error.issues.first)
        #expect(issue.line == 8)
        #expect(issue.problem.contains("max_plan_share_percent"))
    }

    @Test("Rule breaches are all reported at their keys: other as eligible, a share over 100")
    func breaches() throws {
        let text = """
        {
          "id": "x", "title": "X", "deadline": "2020-01-31",
          "eligible_member_types": ["firm", "other"],
          "minimum_committed_firms": 20, "required_partners": ["chamber"],
          "grant": {"total_cap_lira": null, "max_plan_share_percent": 150, "max_item_share_percent": null},
          "source": "s"
        }
        """
        let error = try #require(throws: InputError.self) { try Call.decode(text: text, file: "c.json") }
        #expect(error.issues.map(\.line) == [3, 5])
        #expect(error.issues[0].problem.contains("'other'"))
    }

    @Test("Malformed JSON, a bad date and a bad NACE code are input errors")
    func malformed() throws {
        #expect(throws: InputError.self) { try Call.decode(text: "{\"id\": ", file: "c.json") }
        var text = EmbeddedData.call20173Json.replacingOccurrences(of: "2017-08-11", with: "2017-02-30")
        let dateError = try #require(throws: InputError.self) { try Call.decode(text: text, file: "c.json") }
        #expect(dateError.issues.first?.line == 6)
        text = EmbeddedData.call20234Json.replacingOccurrences(of: "\"32.50\"", with: "\"3.250\"")
        #expect(throws: InputError.self) { try Call.decode(text: text, file: "c.json") }
    }

    @Test("A call encodes to JSON and decodes back to itself")
    func roundTrip() throws {
        let call = try Call.builtIn(id: "2023-4")
        let data = try JSONEncoder().encode(call)
        #expect(try JSONDecoder().decode(Call.self, from: data) == call)
    }
}

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("ISO dates parse; impossible days do not", arguments: [
        ("2017-08-11", true), ("2024-02-29", true), ("2023-02-29", false), ("1900-02-29", false),
        ("2000-02-29", true), ("2017-8-11", false), ("2017-13-01", false), ("11.08.2017", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
    }

    @Test("Dates order by day and count days across a leap year")
    func ordering() throws {
        let a = try #require(CalendarDate(iso: "2017-08-11"))
        let b = try #require(CalendarDate(iso: "2017-08-12"))
        #expect(a < b)
        #expect(a.description == "2017-08-11")
        // 2023-11-03 to 2024-03-01: 27 (rest of Nov) + 31 + 31 + 29 (leap Feb) + 1 = 119 days.
        let c = try #require(CalendarDate(iso: "2023-11-03"))
        let d = try #require(CalendarDate(iso: "2024-03-01"))
        #expect(d.daysSinceEpoch - c.daysSinceEpoch == 119)
        // 1970-01-01 is day 0.
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
    }
}

@Suite("Call.load")
struct CallLoadTests {
    @Test("A JSON syntax error is located on its line")
    func syntaxLocation() throws {
        let text = "{\n  \"id\": \"x\",\n  \"title\": ,\n}"
        let error = try #require(throws: InputError.self) { try Call.decode(text: text, file: "c.json") }
        let issue = try #require(error.issues.first)
        #expect(issue.problem == "the file is not valid JSON")
        #expect(issue.line == 3)
        #expect(issue.column == 12)
    }

    @Test("A file that does not exist is an input error naming it")
    func missingFile() throws {
        let error = try #require(throws: InputError.self) { try Call.load(path: "/nonexistent/call.json") }
        #expect(error.description.hasPrefix("/nonexistent/call.json: cannot read the call file"))
    }
}
