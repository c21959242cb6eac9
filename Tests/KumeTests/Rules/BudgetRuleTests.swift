import Foundation
import Testing
@testable import KumeData
@testable import Kume

@Suite("Rules.budget")
struct BudgetRuleTests {
    typealias F = RulesFixtures

    func run(_ plans: [PlanItem]?, call id: String) throws -> (CheckResult, [InputWarning]) {
        let call = try Call.builtIn(id: id)
        return Rules.budget(F.input(members: [], geography: nil, call: call, plans: plans))
    }

    func kinds(_ result: CheckResult) -> [String] {
        (result[evidence: "breaches"]?.listValue ?? []).compactMap { $0[field: "kind"]?.textValue }
    }

    @Test("Without plans the check is skipped; an empty plans file is unknown")
    func skippedAndEmpty() throws {
        #expect(try run(nil, call: "2017-3").0.status == .skipped)
        #expect(try run([], call: "2017-3").0.status == .unknown)
    }

    @Test("2017: an item at exactly 75 % and a plan at exactly 50 % pass")
    func boundaries() throws {
        // P1: A 100,000 → 75,000 (75 %), B 100,000 → 25,000; plan 100,000 of 200,000 = 50 %.
        let plans = [PlanItem(plan: "P1", item: "A", costLira: 100_000, supportLira: 75_000),
                     PlanItem(plan: "P1", item: "B", costLira: 100_000, supportLira: 25_000)]
        let (result, _) = try run(plans, call: "2017-3")
        #expect(result.status == .pass)
        #expect(result[evidence: "total_support"] == .liras(100_000))
    }

    @Test("A breach by a hair shows the digits that explain it; an item with no cost says so")
    func explainingDigits() throws {
        // 250,000.00 of 333,333.33 is 75.00000075 %: over 75 %, whose limit is 333,333.33 × 0.75 = 249,999.9975 TL;
        // at two decimals both read 75 % and 250,000.00 TL, so more digits are shown.
        // The plan (cost 666,666.66 with a second item of 333,333.33 asking 0) stays within 50 %.
        let plans = [PlanItem(plan: "P1", item: "A", costLira: Decimal(string: "333333.33")!, supportLira: 250_000),
                     PlanItem(plan: "P1", item: "B", costLira: Decimal(string: "333333.33")!, supportLira: 0),
                     PlanItem(plan: "P2", item: "C", costLira: 0, supportLira: 100)]
        let (result, _) = try run(plans, call: "2017-3")
        #expect(result.status == .fail)
        #expect(result.message.contains(
            "item P1/A asks 250,000.00 TL (75.000001 % of 333,333.33 TL), over the limit of 249,999.9975 TL (75 %)"))
        #expect(result.message.contains("item P2/C asks 100.00 TL for a cost of 0.00 TL: no support can be given for an item that costs nothing"))
        #expect(result.messageTR.contains("oran %75,000001), sınır 249.999,9975 TL (%75)"))
        #expect(!result.message.contains("0 % of 0.00 TL"))
    }

    @Test("2017: item and plan breaches are each reported, written out by hand")
    func breaches() throws {
        // P1: A 100,000 → 75,000; B 100,000 → 40,000. Σ 115,000 > 50 % × 200,000 = 100,000: plan breach.
        // P2: C 10,000 → 8,000 = 80 % > 75 % (limit 7,500): item breach; and 8,000 > 5,000: plan breach.
        let plans = [PlanItem(plan: "P1", item: "A", costLira: 100_000, supportLira: 75_000, line: 2),
                     PlanItem(plan: "P1", item: "B", costLira: 100_000, supportLira: 40_000, line: 3),
                     PlanItem(plan: "P2", item: "C", costLira: 10_000, supportLira: 8_000, line: 4)]
        let (result, _) = try run(plans, call: "2017-3")
        #expect(result.status == .fail)
        #expect(kinds(result) == ["item", "plan", "plan"])
        let list = try #require(result[evidence: "breaches"]?.listValue)
        #expect(list[0][field: "limit"] == .liras(7_500))
        #expect(list[0][field: "line"] == .integer(4))
        #expect(list[1][field: "limit"] == .liras(100_000))
        #expect(list[2][field: "limit"] == .liras(5_000))
        #expect(result.message.contains("plan P1 asks 115,000.00 TL (57.50 % of 200,000.00 TL)"))
        #expect(result.messageTR.contains("115.000,00 TL"))
    }

    @Test("2017: support beyond the 25,000,000 TL cap fails even within the shares")
    func cap() throws {
        // 26,000,000 of 60,000,000 is 43.33 %: within 50 % and 75 %, but over the cap.
        let plans = [PlanItem(plan: "P1", item: "A", costLira: 60_000_000, supportLira: 26_000_000)]
        let (result, _) = try run(plans, call: "2017-3")
        #expect(kinds(result) == ["total"])
        #expect(result.status == .fail)
    }

    @Test("2023: certified domestic machinery counts at 85 % towards the plan's 70 %")
    func domesticBonus() throws {
        // Machine 1,000,000 → 850,000 (domestic); training 1,000,000 → 600,000. Σ support 1,450,000.
        // With the flag: allowance 0.85 × 1,000,000 + 0.70 × 1,000,000 = 1,550,000 → pass.
        // Without it: 0.70 × 2,000,000 = 1,400,000 < 1,450,000 → fail.
        let flagged = [PlanItem(plan: "P1", item: "Makine", costLira: 1_000_000, supportLira: 850_000, domesticMachinery: true),
                       PlanItem(plan: "P1", item: "Eğitim", costLira: 1_000_000, supportLira: 600_000)]
        #expect(try run(flagged, call: "2023-4").0.status == .pass)
        var unflagged = flagged
        unflagged[0].domesticMachinery = false
        let (result, _) = try run(unflagged, call: "2023-4")
        #expect(result.status == .fail)
        let breach = try #require(result[evidence: "breaches"]?.listValue?.first)
        #expect(breach[field: "limit"] == .liras(1_400_000))
    }

    @Test("2023 has no cap and no item share, but an item cannot be supported beyond its cost")
    func noCapNoItemShare() throws {
        let big = [PlanItem(plan: "P1", item: "A", costLira: 100_000_000, supportLira: 70_000_000)]
        #expect(try run(big, call: "2023-4").0.status == .pass)
        let over = [PlanItem(plan: "P1", item: "A", costLira: 100, supportLira: 101),
                    PlanItem(plan: "P1", item: "B", costLira: 1_000, supportLira: 0)]
        #expect(kinds(try run(over, call: "2023-4").0) == ["item"])
    }

    @Test("A domestic machinery flag under the 2017 call is ignored with a warning")
    func flagIgnored() throws {
        let plans = [PlanItem(plan: "P1", item: "Makine", costLira: 100, supportLira: 60, domesticMachinery: true)]
        let (result, warnings) = try run(plans, call: "2017-3")
        #expect(result.status == .fail)  // 60 % > 50 % of the plan; the flag adds nothing in 2017
        #expect(warnings.count == 1)
    }
}
