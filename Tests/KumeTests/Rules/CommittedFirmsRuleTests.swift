import Testing
@testable import KumeData
@testable import Kume

@Suite("Rules.committedFirms")
struct CommittedFirmsRuleTests {
    typealias F = RulesFixtures

    @Test("Twenty committed firms of the declared division pass the 2017 minimum of 20")
    func declaredPass() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = F.firms(20, nace: "29.10") + F.firms(5, nace: "22.19", prefix: "P")
        let input = F.input(members: members, geography: nil, call: call, mainActivity: [NaceCode(canonical: "29")])
        let result = Rules.committedFirms(input, activity: Rules.mainActivity(for: input))
        #expect(result.status == .pass)
        #expect(result[evidence: "counted"]?.integerValue == 20)
        #expect(result[evidence: "committed_outside_main_activity"]?.integerValue == 5)
        #expect(result[evidence: "main_activity_source"]?.textValue == "declared")
    }

    @Test("A declared group counts only the classes inside it: 29,22.1 takes 29.xx and 22.1x, not 22.2x")
    func declaredGroup() throws {
        let call = try Call.builtIn(id: "2017-3")
        // 12 in 29.32, 6 in 22.19, 4 in 22.21: 12 + 6 = 18 counted, 4 outside, 2 short of 20.
        let members = F.firms(12, nace: "29.32") + F.firms(6, nace: "22.19", prefix: "R") + F.firms(4, nace: "22.21", prefix: "P")
        let codes = try MainActivity.parse("29,22.1")
        let input = F.input(members: members, geography: nil, call: call, mainActivity: codes)
        let result = Rules.committedFirms(input, activity: Rules.mainActivity(for: input))
        #expect(result.status == .fail)
        #expect(result[evidence: "counted"]?.integerValue == 18)
        #expect(result[evidence: "committed_outside_main_activity"]?.integerValue == 4)
        #expect(result.message.contains("(2 short)"))
    }

    @Test("Firms that did not commit or do not say are not counted; the unstated are listed")
    func notCommitted() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = F.firms(19, nace: "29.10") + [F.firm("N1", nace: "29.10", committed: false),
                                                   F.firm("Q1", nace: "29.10", committed: nil)]
        let input = F.input(members: members, geography: nil, call: call)
        let result = Rules.committedFirms(input, activity: Rules.mainActivity(for: input))
        #expect(result.status == .fail)
        #expect(result[evidence: "counted"]?.integerValue == 19)
        #expect(result[evidence: "commitment_not_stated"] == .list([.text("Q1")]))
    }

    @Test("A roster where no firm states its commitment is unknown")
    func noCommittedColumn() throws {
        let call = try Call.builtIn(id: "2017-3")
        let input = F.input(members: F.firms(25, nace: "29.10", committed: nil), geography: nil, call: call)
        #expect(Rules.committedFirms(input, activity: Rules.mainActivity(for: input)).status == .unknown)
    }

    @Test("Without a declared activity the most common division among committed firms is inferred")
    func inferred() throws {
        let call = try Call.builtIn(id: "2017-3")
        // Committed: 21 in division 29 (classes 29.10 and 29.32), 7 in 22; uncommitted firms in 25 do not vote.
        let members = F.firms(11, nace: "29.10") + F.firms(10, nace: "29.32", prefix: "G")
            + F.firms(7, nace: "22.19", prefix: "P") + F.firms(30, nace: "25.62", committed: false, prefix: "M")
        let input = F.input(members: members, geography: nil, call: call)
        let activity = Rules.mainActivity(for: input)
        #expect(activity.source == .inferred)
        #expect(activity.codes == [NaceCode(canonical: "29")])
        #expect(activity.divisionCounts.map(\.division) == ["29", "22"])
        #expect(activity.divisionCounts.map(\.firms) == [21, 7])
        #expect(activity.tiedDivisions.isEmpty)
        let result = Rules.committedFirms(input, activity: activity)
        #expect(result.status == .pass)
        #expect(result[evidence: "counted"]?.integerValue == 21)
        #expect(result.message.contains("inferred"))
    }

    @Test("Under the 2023 call the evidence says whether the main activity is a priority sector")
    func prioritySector() throws {
        let call = try Call.builtIn(id: "2023-4")
        func flag(_ nace: String) -> EvidenceValue? {
            let input = F.input(members: F.firms(20, nace: nace), geography: nil, call: call)
            return Rules.committedFirms(input, activity: Rules.mainActivity(for: input))[evidence: "main_activity_in_priority_sectors"]
        }
        #expect(flag("29.10") == .flag(true))   // division 29 is listed
        #expect(flag("22.19") == .flag(false))  // rubber and plastics are not
        let call2017 = try Call.builtIn(id: "2017-3")
        let input = F.input(members: F.firms(20, nace: "29.10"), geography: nil, call: call2017)
        #expect(Rules.committedFirms(input, activity: Rules.mainActivity(for: input))[evidence: "main_activity_in_priority_sectors"] == nil)
    }

    @Test("A tie between divisions goes to the lowest code, and the verdict warns about it")
    func tie() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = F.firms(8, nace: "29.10") + F.firms(8, nace: "22.19", prefix: "P")
        let input = F.input(members: members, geography: nil, call: call)
        let activity = Rules.mainActivity(for: input)
        #expect(activity.codes == [NaceCode(canonical: "22")])
        #expect(activity.tiedDivisions == ["22", "29"])
        let verdict = Rules.evaluate(input)
        #expect(verdict.warnings.contains { $0.message.contains("tie") && $0.message.contains("22") })
    }

    @Test("No committed firm with a NACE code leaves the activity undetermined and the check failing")
    func undetermined() throws {
        let call = try Call.builtIn(id: "2017-3")
        let input = F.input(members: [F.firm("F1", nace: nil, committed: true), F.firm("F2", nace: "29.10", committed: false)],
                            geography: nil, call: call)
        let activity = Rules.mainActivity(for: input)
        #expect(activity.source == .undetermined)
        let result = Rules.committedFirms(input, activity: activity)
        #expect(result.status == .fail)
        #expect(result[evidence: "committed_without_nace"] == .list([.text("F1")]))
    }
}

@Suite("MainActivity.parse")
struct MainActivityParseTests {
    @Test("Divisions, groups, classes and undotted or 6-digit forms are read canonically")
    func forms() throws {
        let codes = try MainActivity.parse("29, 22.1,2910,291001,32.50, 221")
        #expect(codes.map(\.code) == ["29", "22.1", "29.10", "32.50"])
    }

    @Test("Each malformed part is named, under the option rather than a file position")
    func malformed() throws {
        let error = try #require(throws: InputError.self) { try MainActivity.parse("29,2x,22.123", option: "--main-activity") }
        #expect(error.issues.count == 2)
        #expect(error.issues[0].description.hasPrefix("--main-activity: '2x' is not a NACE Rev.2 code"))
        #expect(error.issues[1].description.hasPrefix("--main-activity: '22.123' is not a NACE Rev.2 code"))
    }
}

@Suite("Rules.committedFirms placement")
struct CommittedFirmsPlacementTests {
    typealias F = RulesFixtures

    @Test("The check says how many counted firms are inside and names the outliers and those outside, without failing")
    func explained() throws {
        var input = try RulesEvaluateTests.eligibleInput()
        input.geography?.members["F19"] = F.outside(2.5)
        let result = Rules.committedFirms(input, activity: Rules.mainActivity(for: input))
        #expect(result.status == .pass)
        #expect(result[evidence: "counted_inside"]?.integerValue == 18)
        #expect(result[evidence: "counted_outliers"] == .texts(["F20"]))
        #expect(result[evidence: "counted_outside"] == .texts(["F19"]))
        #expect(result.message.contains("18 of the 20 counted firms are inside the economic geography; "
            + "outliers: Firma F20 (F20), 41.70 km outside; outside: Firma F19 (F19), 2.50 km outside (the call does not require them inside)."))
        #expect(result.messageTR.contains("Sayılan 20 firmanın 18 tanesi küme ekonomik coğrafyasının içinde"))
    }

    @Test("Without a geography nothing is said about placement")
    func noGeography() throws {
        var input = try RulesEvaluateTests.eligibleInput()
        input.geography = nil
        let result = Rules.committedFirms(input, activity: Rules.mainActivity(for: input))
        #expect(result[evidence: "counted_inside"] == nil)
        #expect(!result.message.contains("inside"))
    }
}
