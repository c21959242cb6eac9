import Foundation
import KumeData

extension Rules {
    /// The business plans must respect the call's grant limits.
    ///
    /// - Each item: support ≤ cost × (item share + bonus) / 100 when the call sets an item share (the
    ///   bonus applies to certified domestic machinery only); support ≤ cost always.
    /// - Each plan: Σ support ≤ Σ cost × (plan share + bonus) / 100, item by item.
    /// - All plans: Σ support ≤ the call's total cap, when it has one.
    ///
    /// A limit is a percentage of cost; the comparisons are exact (`Decimal`), so a support of exactly the
    /// limit passes.
    /// - Returns: The result, and warnings (a domestic-machinery flag under a call without that bonus).
    static func budget(_ input: CheckInput) -> (CheckResult, [InputWarning]) {
        guard let plans = input.plans else {
            return (CheckResult(id: .budget, status: .skipped, message: "No business plans were given.",
                                messageTR: "İş planı bütçesi verilmedi."), [])
        }
        guard !plans.isEmpty else {
            return (CheckResult(id: .budget, status: .unknown, message: "The plans file has no rows.",
                                messageTR: "İş planı dosyasında satır yok."), [])
        }
        let grant = input.call.grant
        let bonus = grant.domesticMachineryBonusPoints ?? 0
        var warnings: [InputWarning] = []
        if grant.domesticMachineryBonusPoints == nil, plans.contains(where: \.domesticMachinery) {
            warnings.append(InputWarning(message:
                "the call \(input.call.id) has no bonus for certified domestic machinery; the domestic_machinery "
                + "column was ignored",
                messageTR: "\(input.call.id) çağrısında yerli malı belgeli makine için ek oran yok; domestic_machinery "
                + "sütunu dikkate alınmadı"))
        }
        func points(_ item: PlanItem) -> Decimal { item.domesticMachinery ? bonus : 0 }

        var breachesEN: [String] = []
        var breachesTR: [String] = []
        var breaches: [EvidenceValue] = []
        func breach(kind: String, plan: String?, item: PlanItem?, cost: Decimal, support: Decimal, limit: Decimal,
                    limitPercent: Decimal?) {
            var fields = [Evidence("kind", .text(kind))]
            if let plan { fields.append(Evidence("plan", .text(plan))) }
            if let item {
                fields.append(Evidence("item", .text(item.item)))
                fields.append(Evidence("line", .integer(item.line)))
            }
            fields += [Evidence("cost", .liras(cost)), Evidence("support", .liras(support)),
                       Evidence("limit", .liras(limit)), Evidence("limit_percent", limitPercent.map { .percent($0) } ?? .null)]
            breaches.append(.record(fields))
            let share = cost > 0 ? support * 100 / cost : 0
            let whatEN: String
            let whatTR: String
            switch kind {
            case "item":
                whatEN = "item \(plan ?? "")/\(item?.item ?? "")"
                whatTR = "\(plan ?? "")/\(item?.item ?? "") kalemi"
            case "plan":
                whatEN = "plan \(plan ?? "")"
                whatTR = "\(plan ?? "") iş planı"
            default:
                whatEN = "the total"
                whatTR = "toplam"
            }
            // Enough digits to show why the verdict is what it is: a support of 250,000.00 TL on a cost of
            // 333,333.33 TL is 75.00002 % against a limit of 75 %, and the limit is 249,999.9975 TL.
            let supportEN = NumberText.liras(support, turkish: false), supportTR = NumberText.liras(support, turkish: true)
            let limitEN = NumberText.liras(limit, distinctFrom: support, turkish: false)
            let limitTR = NumberText.liras(limit, distinctFrom: support, turkish: true)
            if kind != "total", cost == 0 {
                breachesEN.append("\(whatEN) asks \(supportEN) for a cost of \(NumberText.liras(0, turkish: false)): "
                                  + "no support can be given for \(kind == "plan" ? "a plan" : "an item") that costs nothing")
                breachesTR.append("\(whatTR) maliyeti \(NumberText.liras(0, turkish: true)) iken \(supportTR) destek istiyor: "
                                  + "maliyeti olmayan \(kind == "plan" ? "iş planına" : "kaleme") destek verilemez")
                return
            }
            let limitShare = limitPercent ?? (cost > 0 ? limit * 100 / cost : 0)
            let shareEN = kind == "total" ? "" : " (\(NumberText.percent(share, distinctFrom: limitShare, turkish: false)) of \(NumberText.liras(cost, turkish: false)))"
            let shareTR = kind == "total" ? "" : " (maliyet \(NumberText.liras(cost, turkish: true)), oran \(NumberText.percent(share, distinctFrom: limitShare, turkish: true)))"
            let limitShareEN = limitPercent.map { " (\(NumberText.percent($0, turkish: false)))" } ?? ""
            let limitShareTR = limitPercent.map { " (\(NumberText.percent($0, turkish: true)))" } ?? ""
            breachesEN.append("\(whatEN) asks \(supportEN)\(shareEN), over the limit of \(limitEN)\(limitShareEN)")
            breachesTR.append("\(whatTR) \(supportTR) destek istiyor\(shareTR), sınır \(limitTR)\(limitShareTR)")
        }

        // Items, in file order.
        for item in plans {
            let percent = min(100, (grant.maxItemSharePercent ?? 100) + (grant.maxItemSharePercent == nil ? 0 : points(item)))
            if item.supportLira * 100 > item.costLira * percent {
                breach(kind: "item", plan: item.plan, item: item, cost: item.costLira, support: item.supportLira,
                       limit: item.costLira * percent / 100, limitPercent: percent)
            }
        }
        // Plans, in the order they first appear.
        var planOrder: [String] = []
        var planItems: [String: [PlanItem]] = [:]
        for item in plans {
            if planItems[item.plan] == nil { planOrder.append(item.plan) }
            planItems[item.plan, default: []].append(item)
        }
        for plan in planOrder {
            let items = planItems[plan] ?? []
            let cost = items.reduce(Decimal(0)) { $0 + $1.costLira }
            let support = items.reduce(Decimal(0)) { $0 + $1.supportLira }
            let allowance = items.reduce(Decimal(0)) { $0 + $1.costLira * min(100, grant.maxPlanSharePercent + points($1)) }
            if support * 100 > allowance {
                let hasBonus = items.contains { points($0) > 0 }
                breach(kind: "plan", plan: plan, item: nil, cost: cost, support: support, limit: allowance / 100,
                       limitPercent: hasBonus ? nil : grant.maxPlanSharePercent)
            }
        }
        let totalCost = plans.reduce(Decimal(0)) { $0 + $1.costLira }
        let totalSupport = plans.reduce(Decimal(0)) { $0 + $1.supportLira }
        if let cap = grant.totalCapLira, totalSupport > cap {
            breach(kind: "total", plan: nil, item: nil, cost: totalCost, support: totalSupport, limit: cap, limitPercent: nil)
        }

        var limitsEN = ["plan ≤ \(NumberText.percent(grant.maxPlanSharePercent, turkish: false))"]
        var limitsTR = ["iş planı ≤ \(NumberText.percent(grant.maxPlanSharePercent, turkish: true))"]
        if let item = grant.maxItemSharePercent {
            limitsEN.append("item ≤ \(NumberText.percent(item, turkish: false))")
            limitsTR.append("kalem ≤ \(NumberText.percent(item, turkish: true))")
        }
        if let cap = grant.totalCapLira {
            limitsEN.append("total ≤ \(NumberText.liras(cap, turkish: false))")
            limitsTR.append("toplam ≤ \(NumberText.liras(cap, turkish: true))")
        }
        if bonus > 0 {
            limitsEN.append("+\(NumberText.decimal(bonus, digits: 0, turkish: false, group: false)) points for certified domestic machinery")
            limitsTR.append("yerli malı belgeli makine için +\(NumberText.decimal(bonus, digits: 0, turkish: true, group: false)) puan")
        }
        let overall = totalCost > 0 ? totalSupport * 100 / totalCost : 0
        let summaryEN = "\(planOrder.count) plan\(planOrder.count == 1 ? "" : "s"), \(plans.count) item\(plans.count == 1 ? "" : "s"): "
            + "support \(NumberText.liras(totalSupport, turkish: false)) of \(NumberText.liras(totalCost, turkish: false)) cost "
            + "(\(NumberText.percent(overall, turkish: false)))"
        let summaryTR = "\(planOrder.count) iş planı, \(plans.count) kalem: \(NumberText.liras(totalCost, turkish: true)) maliyetin "
            + "\(NumberText.liras(totalSupport, turkish: true)) tutarı destek (\(NumberText.percent(overall, turkish: true)))"
        let evidence = [
            Evidence("plans", .integer(planOrder.count)), Evidence("items", .integer(plans.count)),
            Evidence("total_cost", .liras(totalCost)), Evidence("total_support", .liras(totalSupport)),
            Evidence("breaches", .list(breaches)),
        ]
        if breaches.isEmpty {
            return (CheckResult(
                id: .budget, status: .pass,
                message: "\(summaryEN); every item, plan and the total are within the call's limits (\(limitsEN.joined(separator: ", "))).",
                messageTR: "\(summaryTR); tüm kalemler, iş planları ve toplam çağrının sınırları içinde (\(limitsTR.joined(separator: ", "))).",
                evidence: evidence), warnings)
        }
        return (CheckResult(
            id: .budget, status: .fail,
            message: "\(summaryEN); \(breaches.count) limit\(breaches.count == 1 ? "" : "s") exceeded (\(limitsEN.joined(separator: ", "))): "
                + RulesText.shortList(breachesEN, turkish: false) + ".",
            messageTR: "\(summaryTR); \(breaches.count) sınır aşılıyor (\(limitsTR.joined(separator: ", "))): "
                + RulesText.shortList(breachesTR, turkish: true) + ".",
            evidence: evidence), warnings)
    }
}
