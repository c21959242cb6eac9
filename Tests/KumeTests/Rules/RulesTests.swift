import Testing
@testable import KumeData
@testable import KumeGeography
@testable import Kume

@Suite("Rules.memberTypes")
struct MemberTypesRuleTests {
    typealias F = RulesFixtures

    @Test("Accepted types pass; a member of type other fails, named with its type")
    func types() throws {
        let call = try Call.builtIn(id: "2017-3")
        var members = [F.firm("F1", nace: "29.10", committed: true),
                       F.institution("OSB", "Gebze OSB", .organizedIndustrialZone)]
        #expect(Rules.memberTypes(F.input(members: members, geography: nil, call: call)).status == .pass)
        members.append(F.institution("X", "Bir Şirketler Grubu", .other))
        let result = Rules.memberTypes(F.input(members: members, geography: nil, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("Bir Şirketler Grubu (X): other"))
        let refused = try #require(result[evidence: "refused"]?.listValue)
        #expect(refused.count == 1)
        #expect(refused[0][field: "type"]?.textValue == "other")
    }

    @Test("The 2017 call takes chambers of industry, of commerce and industry, and exchanges; a ticaret odası is refused, saying why")
    func chambers2017() throws {
        let call = try Call.builtIn(id: "2017-3")
        for accepted in [MemberType.chamberOfIndustry, .chamberOfCommerceAndIndustry, .commodityExchange] {
            #expect(call.accepts(accepted))
        }
        let members = [F.institution("TO", "İzmir Ticaret Odası", .chamberOfCommerce),
                       F.institution("DTO", "İzmir Deniz Ticaret Odası", .maritimeChamber)]
        let result = Rules.memberTypes(F.input(members: members, geography: nil, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("İzmir Ticaret Odası (TO): chamber_of_commerce (the call lists, under law 5174, chambers of industry, chambers of commerce and industry and exchanges only"))
        #expect(result.messageTR.contains("ticaret odası bunlardan biri değil"))
        let refused = try #require(result[evidence: "refused"]?.listValue)
        #expect(refused[1][field: "reason"]?.textValue?.contains("deniz ticaret odası") == true)
        // The 2023 call keeps every chamber kind under law 5174.
        #expect(try Call.builtIn(id: "2023-4").accepts(.chamberOfCommerce))
    }

    @Test("A type missing from a user's call file is refused")
    func narrowCall() throws {
        var call = try Call.builtIn(id: "2023-4")
        call.eligibleMemberTypes.removeAll { $0 == .maritimeChamber }
        let members = [F.institution("DTO", "Deniz Ticaret Odası", .maritimeChamber)]
        #expect(Rules.memberTypes(F.input(members: members, geography: nil, call: call)).status == .fail)
    }
}

@Suite("Rules.deadline")
struct DeadlineRuleTests {
    typealias F = RulesFixtures

    @Test("On the deadline passes, a day after fails, no date skips")
    func deadline() throws {
        let call = try Call.builtIn(id: "2017-3")
        func status(_ date: String?) -> CheckStatus {
            Rules.deadline(F.input(members: [], geography: nil, call: call, appliedOn: date.flatMap(CalendarDate.init(iso:)))).status
        }
        #expect(status("2017-08-11") == .pass)
        #expect(status("2017-07-01") == .pass)
        #expect(status("2017-08-12") == .fail)
        #expect(status(nil) == .skipped)
        let late = Rules.deadline(F.input(members: [], geography: nil, call: call, appliedOn: CalendarDate(iso: "2017-09-01")))
        // 12 Aug to 1 Sep: 20 + 1 = 21 days after 11 Aug.
        #expect(late[evidence: "days_late"]?.integerValue == 21)
    }

    @Test("Before the call opens fails, naming the opening day; within the window passes")
    func opening() throws {
        let call = try Call.builtIn(id: "2023-4")
        func check(_ date: String) -> CheckResult {
            Rules.deadline(F.input(members: [], geography: nil, call: call, appliedOn: CalendarDate(iso: date)))
        }
        #expect(check("2017-08-01").status == .fail)
        #expect(check("2017-08-01").message == "Applied on 2017-08-01, 2225 days before the call opened on 2023-09-04.")
        #expect(check("2023-09-03").status == .fail)
        #expect(check("2023-09-04").status == .pass)
        #expect(check("2023-11-03").status == .pass)
        #expect(check("2023-11-03").message == "Applied on 2023-11-03, within the call's window 2023-09-04 to 2023-11-03.")
        #expect(check("2023-11-04").status == .fail)
    }

    @Test("A call without a deadline makes the check unknown, saying so")
    func noDeadline() throws {
        var call = try Call.builtIn(id: "2023-4")
        call.deadline = nil
        let result = Rules.deadline(F.input(members: [], geography: nil, call: call, appliedOn: CalendarDate(iso: "2023-10-01")))
        #expect(result.status == .unknown)
        #expect(result.message.contains("has no deadline"))
    }
}

@Suite("Rules.evaluate")
struct RulesEvaluateTests {
    typealias F = RulesFixtures

    /// 20 committed firms of 29.10 in Kocaeli, the chamber of industry and a university inside.
    static func eligibleInput() throws -> CheckInput {
        let members = F.firms(20, nace: "29.10") + [
            F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry),
            F.institution("GTU", "Gebze Teknik Üniversitesi", .university),
        ]
        var placements: [String: MemberPlacement] = ["KSO": F.inside, "GTU": F.inside]
        for firm in members where firm.type == .firm { placements[firm.id] = F.inside }
        placements["F20"] = MemberPlacement(inside: false, distanceKm: 41.7, outlier: true)
        return F.input(members: members, geography: F.geography(provinces: ["Kocaeli"], placements: placements),
                       call: try Call.builtIn(id: "2017-3"))
    }

    @Test("All checks pass or are skipped: eligible")
    func eligible() throws {
        let verdict = Rules.evaluate(try Self.eligibleInput())
        #expect(verdict.eligible)
        #expect(verdict.checks.map(\.id) == CheckID.allCases)
        #expect(verdict.check(.budget)?.status == .skipped)
        #expect(verdict.check(.deadline)?.status == .skipped)
        #expect(verdict.members.count == 22)
        #expect(verdict.members.first { $0.id == "F20" }?.outlier == true)
    }

    @Test("One unknown check makes the application not eligible")
    func unknownIsNotEligible() throws {
        var input = try Self.eligibleInput()
        input.geography?.members["GTU"] = F.noPoint
        let verdict = Rules.evaluate(input)
        #expect(verdict.check(.university)?.status == .unknown)
        #expect(!verdict.eligible)
    }

    @Test("One failed check makes the application not eligible")
    func failIsNotEligible() throws {
        var input = try Self.eligibleInput()
        input.appliedOn = CalendarDate(iso: "2017-08-14")
        #expect(!Rules.evaluate(input).eligible)
    }
}
