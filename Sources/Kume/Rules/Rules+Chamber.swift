import Foundation
import KumeData
import KumeGeography

extension Rules {
    /// A chamber member's jurisdiction: the province it serves (law 5174), and how kume knows it.
    struct Jurisdiction {
        /// The province, or `nil` when unknown.
        var province: String?
        /// `chambers-table` (a chamber of industry found by name), `point` (the province of its office's point),
        /// `stated` (the province the roster states), or `unknown`.
        var source: String
    }

    /// The jurisdiction of a chamber member: a chamber of industry's from the chambers table when its name is
    /// there; otherwise (and for chambers of commerce and industry) the province of its point, or the province
    /// the roster states.
    static func jurisdiction(of member: Member, input: CheckInput, geography: GeographyFacts) -> Jurisdiction {
        if member.type == .chamberOfIndustry {
            let name = TurkishText.folded(member.name)
            if let row = input.provincesWithChamberOfIndustry.first(where: { name.contains(TurkishText.folded($0.value)) }) {
                return Jurisdiction(province: row.key, source: "chambers-table")
            }
        }
        guard let place = geography.memberPlaces[member.id] else { return Jurisdiction(province: nil, source: "unknown") }
        return Jurisdiction(province: place.province, source: place.source == .stated ? "stated" : "point")
    }

    /// The chamber rule by jurisdiction. The provinces that count are those holding at least the minimum share of
    /// the firms (``GeographyFacts/provinceShares``). A chamber of industry serving one of them passes; otherwise,
    /// when one of them has a chamber of industry, the rule fails naming it; otherwise a chamber of commerce and
    /// industry serving one of them passes. Each chamber's office distance to the geography stays in the evidence.
    static func chamber(_ input: CheckInput) -> CheckResult {
        guard input.call.requires(.chamber) else {
            return CheckResult(id: .chamber, status: .skipped, message: "The call requires no chamber.",
                               messageTR: "Çağrı oda ortaklığı şartı koymuyor.")
        }
        guard let geography = input.geography else { return noGeography(.chamber) }
        let counted = geography.provinceShares.filter(\.counts)
        let countedNames = Set(counted.map(\.province))
        let chambers = input.roster.members.filter { $0.type == .chamberOfIndustry || $0.type == .chamberOfCommerceAndIndustry }
        let jurisdictions = Dictionary(chambers.map { ($0.id, jurisdiction(of: $0, input: input, geography: geography)) },
                                       uniquingKeysWith: { first, _ in first })
        let serving = { (member: Member) in jurisdictions[member.id]?.province.map(countedNames.contains) ?? false }
        let unknown = { (member: Member) in jurisdictions[member.id]?.province == nil }
        let where_ = countedPhrase(counted, turkish: false)
        let whereTR = countedPhrase(counted, turkish: true)
        // Against a declared geography the provinces that count are those the application declares.
        let declaredReading = geography.method == DeclaredBuilder.methodName
        let aProvince = declaredReading ? "a declared province" : "a province where the cluster is"
        let aProvinceTR = declaredReading ? "Beyan edilen bir ile" : "Kümenin bulunduğu bir ile"
        let noProvince = declaredReading ? "No declared province" : "No province where the cluster is"
        let provincesTR = declaredReading ? "Beyan edilen illerde" : "Kümenin bulunduğu illerde"
        let toProvincesTR = declaredReading ? "Beyan edilen illere" : "Kümenin bulunduğu illere"
        var evidence = [
            Evidence("min_share", .percent(Decimal(geography.minimumShare * 100))),
            Evidence("counted_provinces", .list(counted.map { row in
                .record([Evidence("province", .text(row.province)), Evidence("firms", .integer(row.firms)),
                         Evidence("firm_share", .percent(Decimal(row.firmShare * 100))),
                         Evidence("chamber_of_industry", row.chamberOfIndustry.map { .text($0) } ?? .null)])
            })),
            Evidence("chambers", .list(chambers.map { member in
                let placement = geography.placement(of: member.id)
                let found = jurisdictions[member.id]
                return .record([
                    Evidence("id", .text(member.id)), Evidence("name", .text(member.name)),
                    Evidence("type", .text(member.type.rawValue)),
                    Evidence("jurisdiction", found?.province.map { .text($0) } ?? .null),
                    Evidence("jurisdiction_source", .text(found?.source ?? "unknown")),
                    Evidence("counts", .flag(serving(member))),
                    Evidence("distance_km", placement.distanceKm.map { .kilometres($0) } ?? .null),
                ])
            })),
        ]
        guard !counted.isEmpty else {
            return CheckResult(
                id: .chamber, status: .unknown,
                message: "No firm's province is known, so the provinces where the cluster is cannot be named; give the firms' coordinates or provinces.",
                messageTR: "Hiçbir firmanın ili bilinmediği için kümenin bulunduğu iller belirlenemiyor; firmaların koordinatlarını ya da illerini verin.",
                evidence: evidence)
        }
        let named = { (members: [Member], turkish: Bool) in
            RulesText.list(members.map { member in
                var text = "\(RulesText.member(member)), \(jurisdictions[member.id]?.province ?? "?")"
                if let distance = geography.placement(of: member.id).distanceKm, distance > 0 {
                    text += turkish ? ", ofisi coğrafyanın \(NumberText.kilometres(distance, turkish: true)) dışında"
                        : ", office \(NumberText.kilometres(distance, turkish: false)) outside"
                }
                return text
            }, turkish: turkish)
        }
        let industry = chambers.filter { $0.type == .chamberOfIndustry }
        let commerce = chambers.filter { $0.type == .chamberOfCommerceAndIndustry }
        if case let members = industry.filter(serving), !members.isEmpty {
            evidence.insert(Evidence("kind", .text(MemberType.chamberOfIndustry.rawValue)), at: 0)
            return CheckResult(
                id: .chamber, status: .pass,
                message: "Chamber of industry serving \(aProvince) (\(where_)): \(named(members, false)).",
                messageTR: "\(aProvinceTR) (\(whereTR)) hizmet veren sanayi odası var: \(named(members, true)).",
                evidence: evidence)
        }
        if case let members = industry.filter(unknown), !members.isEmpty {
            let list = RulesText.list(members.map(RulesText.member), turkish: false)
            return CheckResult(
                id: .chamber, status: .unknown,
                message: "The province \(list) serves is unknown: it is not in the chambers table and has no point; give its province or coordinates.",
                messageTR: "\(RulesText.list(members.map(RulesText.member), turkish: true)) odasının hizmet verdiği il bilinmiyor: "
                    + "oda tablosunda yok ve konumu yok; ilini ya da koordinatlarını verin.",
                evidence: evidence)
        }
        let needing = counted.filter { $0.chamberOfIndustry != nil }
        if !needing.isEmpty {
            return industryMissing(needing, counted: counted, industry: industry, commerce: commerce.filter(serving),
                                   named: named, input: input, geography: geography, evidence: evidence)
        }
        if case let members = commerce.filter(serving), !members.isEmpty {
            evidence.insert(Evidence("kind", .text(MemberType.chamberOfCommerceAndIndustry.rawValue)), at: 0)
            return CheckResult(
                id: .chamber, status: .pass,
                message: "\(noProvince) (\(where_)) has a chamber of industry; chamber of commerce and industry "
                    + "serving one: \(named(members, false)).",
                messageTR: "\(provincesTR) (\(whereTR)) sanayi odası yok; bu illerden birine hizmet veren ticaret ve "
                    + "sanayi odası var: \(named(members, true)).",
                evidence: evidence)
        }
        if case let members = commerce.filter(unknown), !members.isEmpty {
            return CheckResult(
                id: .chamber, status: .unknown,
                message: "The province \(RulesText.list(members.map(RulesText.member), turkish: false)) serves is unknown: it has "
                    + "no point and no stated province; give its province or coordinates.",
                messageTR: "\(RulesText.list(members.map(RulesText.member), turkish: true)) odasının hizmet verdiği il bilinmiyor: "
                    + "konumu ve ili yok; ilini ya da koordinatlarını verin.",
                evidence: evidence)
        }
        let others = chambers
        var message = "No chamber serves \(aProvince) (\(where_))"
        var messageTR = "\(toProvincesTR) (\(whereTR)) hizmet veren oda yok"
        if others.isEmpty {
            message += "; the roster has none"
            messageTR += "; üye listesinde de oda yok"
        } else {
            message += "; the roster's chambers serve other provinces: \(named(others, false))"
            messageTR += "; üye listesindeki odalar başka illere hizmet veriyor: \(named(others, true))"
        }
        let closest = nearest(placed(.chamberOfIndustry, input, geography) + placed(.chamberOfCommerceAndIndustry, input, geography))
        evidence.append(Evidence("nearest_chamber", closest.map(record) ?? .null))
        return CheckResult(id: .chamber, status: .fail, message: message + ".", messageTR: messageTR + ".", evidence: evidence)
    }

    /// The failure when a province where the cluster is has a chamber of industry that is not a member.
    private static func industryMissing(
        _ needing: [ProvinceShare], counted: [ProvinceShare], industry: [Member], commerce: [Member],
        named: ([Member], Bool) -> String, input: CheckInput, geography: GeographyFacts, evidence: [Evidence]
    ) -> CheckResult {
        let provinces = needing.map(\.province)
        let chambersEN = RulesText.list(needing.compactMap(\.chamberOfIndustry), turkish: false)
        let chambersTR = RulesText.list(needing.compactMap(\.chamberOfIndustry), turkish: true)
        let declaredReading = geography.method == DeclaredBuilder.methodName
        var message = (declaredReading ? "The declared provinces are " : "The cluster is in ") + "\(countedPhrase(counted, turkish: false)); \(RulesText.list(provinces, turkish: false)) "
            + (needing.count == 1 ? "has a chamber of industry" : "have chambers of industry")
            + " (\(chambersEN)), but none of \(needing.count == 1 ? "it" : "them") is a member"
        var messageTR = (declaredReading ? "Beyan edilen iller: " : "Kümenin bulunduğu iller: ") + "\(countedPhrase(counted, turkish: true)); \(RulesText.list(provinces, turkish: true)) "
            + "\(needing.count == 1 ? "ilinin" : "illerinin") sanayi odası (\(chambersTR)) üye değil"
        if !industry.isEmpty {
            message += "; the roster's chamber of industry serves another province: \(named(industry, false))"
            messageTR += "; üye listesindeki sanayi odası başka bir ile hizmet veriyor: \(named(industry, true))"
        }
        if !commerce.isEmpty {
            message += ". The chamber of commerce and industry (\(named(commerce, false))) counts only where the cluster's "
                + "provinces have no chamber of industry"
            messageTR += ". Ticaret ve sanayi odası (\(named(commerce, true))) yalnızca kümenin illerinde sanayi odası "
                + "yoksa yeterlidir"
        }
        var all = evidence
        all.append(Evidence("provinces_with_chamber_of_industry", .list(needing.map { row in
            .record([Evidence("province", .text(row.province)), Evidence("chamber", .text(row.chamberOfIndustry ?? ""))])
        })))
        all.append(Evidence("nearest_chamber_of_industry", nearest(placed(.chamberOfIndustry, input, geography)).map(record) ?? .null))
        return CheckResult(id: .chamber, status: .fail, message: message + ".", messageTR: messageTR + ".", evidence: all)
    }

    /// `Bursa (100 % of the firms)` / `Kocaeli (60 % of the firms) and Sakarya (40 %)`.
    static func countedPhrase(_ counted: [ProvinceShare], turkish: Bool) -> String {
        let parts = counted.enumerated().map { index, row in
            let share = NumberText.percent(Decimal((row.firmShare * 1000).rounded() / 10), turkish: turkish)
            if index == 0 { return turkish ? "\(row.province) (firma payı \(share))" : "\(row.province) (\(share) of the firms)" }
            return "\(row.province) (\(share))"
        }
        return RulesText.list(parts, turkish: turkish)
    }
}
