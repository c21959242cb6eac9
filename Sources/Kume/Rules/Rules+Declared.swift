import KumeData
import KumeGeography

extension Rules {
    /// The declared geography's reading of the chamber and university rules, and how the firms fit it.
    ///
    /// A member is inside the declared geography when its located province (and, for a declared district, its
    /// district) is declared (``MemberPlaces``: through the district polygons, else the stated place or the
    /// nearest district point). The chamber rule counts the declared provinces (those declared whole and those
    /// of declared districts); the university rule asks for a university inside. The returned checks replace the
    /// computed geography's in the verdict; the computed ones stay in their evidence (`computed_geography`).
    /// - Parameters:
    ///   - computed: The computed geography's `chamber` and `university` results.
    static func declared(
        _ input: CheckInput, declared: DeclaredGeography, activity: MainActivity, computed: [CheckResult]
    ) -> (fit: DeclaredFit, checks: [CheckResult]) {
        let places = input.geography?.memberPlaces ?? input.memberPlaces
        let inside = { (member: Member) -> Bool? in
            places[member.id].flatMap { declared.contains(province: $0.province, district: $0.district) }
        }
        var facts = GeographyFacts(
            method: DeclaredBuilder.methodName, parameters: [.init(name: "areas", value: .text(declared.description))], areaKm2: .nan,
            provinces: declared.provinces, districts: declared.areas.filter { $0.district != nil }.map(\.name),
            members: Dictionary(uniqueKeysWithValues: input.roster.members.map { member in
                let isInside = inside(member)
                return (member.id, MemberPlacement(inside: isInside, distanceKm: isInside == true ? 0 : nil))
            }))
        facts.memberPlaces = places
        facts.minimumShare = input.geography?.minimumShare ?? FirmShares.defaultMinimumShare
        facts.boundariesUsed = input.geography?.boundariesUsed ?? false
        facts.provinceShares = FirmShares.provinceTable(
            firms: input.roster.firms, places: places, areaShares: nil, minimumShare: facts.minimumShare,
            countedOverride: Set(declared.provinces))
        var declaredInput = input
        declaredInput.geography = facts
        let firms = input.roster.firms
        let counted = firms.filter { $0.committed == true && ($0.nace.map(activity.contains) ?? false) }
        let results = [chamber(declaredInput), declaredUniversity(declaredInput, declared: declared, places: places)]
        let fit = DeclaredFit(
            declared: declared, firmsInside: firms.filter { inside($0) == true }.count, firms: firms.count,
            committedInside: counted.filter { inside($0) == true }.count, committed: counted.count,
            outside: firms.filter { inside($0) != true }.map { firm in
                DeclaredFit.Outside(id: firm.id, name: firm.name, province: places[firm.id]?.province,
                                    district: places[firm.id]?.district)
            },
            checks: results.filter { $0.status != .skipped }.map {
                DeclaredFit.Check(rule: $0.id, status: $0.status, detail: $0.message, detailTR: $0.messageTR)
            },
            computed: computed)
        let checks = results.map { result -> CheckResult in
            guard result.status != .skipped else { return result }
            var check = result
            check.message = "Against the declared geography (\(declared.description)): " + result.message
            check.messageTR = "Beyan edilen coğrafyaya göre (\(declared.description)): " + result.messageTR
            let own = computed.first { $0.id == result.id }
            check.evidence = [Evidence("geography", .text("declared"))] + result.evidence + [Evidence(
                "computed_geography", own.map { own in .record([
                    Evidence("status", .text(own.status.rawValue)), Evidence("message", .text(own.message)),
                    Evidence("message_tr", .text(own.messageTR)),
                    Evidence("robustness", own.robustness.map { .text($0.outcome.rawValue) } ?? .null),
                ]) } ?? .null)]
            return check
        }
        return (fit, checks)
    }

    /// The university rule against the declared area: a university whose located place is declared passes.
    static func declaredUniversity(_ input: CheckInput, declared: DeclaredGeography, places: MemberPlaces) -> CheckResult {
        guard input.call.requires(.university) else { return university(input) }
        let universities = input.roster.members.filter { $0.type == .university }
        let placed = { (member: Member) in
            "\(RulesText.member(member)), \(places[member.id]?.key ?? "?")"
        }
        let record = { (member: Member) -> EvidenceValue in
            .record([Evidence("id", .text(member.id)), Evidence("name", .text(member.name)),
                     Evidence("province", places[member.id].map { .text($0.province) } ?? .null),
                     Evidence("district", places[member.id]?.district.map { .text($0) } ?? .null)])
        }
        let state = { (member: Member) in
            places[member.id].flatMap { declared.contains(province: $0.province, district: $0.district) }
        }
        let inside = universities.filter { state($0) == true }
        if !inside.isEmpty {
            return CheckResult(
                id: .university, status: .pass,
                message: "University inside: \(RulesText.list(inside.map(placed), turkish: false)).",
                messageTR: "İçeride üniversite var: \(RulesText.list(inside.map(placed), turkish: true)).",
                evidence: [Evidence("inside", .list(inside.map(record)))])
        }
        let unknown = universities.filter { state($0) == nil }
        if !unknown.isEmpty {
            return CheckResult(
                id: .university, status: .unknown,
                message: "No university is known to be inside: the place of \(RulesText.list(unknown.map(placed), turkish: false)) "
                    + "is not known to the district; give its coordinates or district.",
                messageTR: "İçeride olduğu bilinen üniversite yok: \(RulesText.list(unknown.map(placed), turkish: true)) "
                    + "için ilçe bilinmiyor; koordinatlarını ya da ilçesini verin.",
                evidence: [Evidence("unknown", .list(unknown.map(record)))])
        }
        guard !universities.isEmpty else {
            return CheckResult(id: .university, status: .fail,
                               message: "The roster has no university.", messageTR: "Üye listesinde üniversite yok.",
                               evidence: [Evidence("outside", .list([]))])
        }
        return CheckResult(
            id: .university, status: .fail,
            message: "No university lies inside; the roster's are outside: \(RulesText.list(universities.map(placed), turkish: false)).",
            messageTR: "İçeride üniversite yok; üye listesindekiler dışarıda: \(RulesText.list(universities.map(placed), turkish: true)).",
            evidence: [Evidence("outside", .list(universities.map(record)))])
    }
}
