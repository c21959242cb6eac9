import KumeData
import KumeGeography

extension Rules {
    /// A member with its placement, for the partner checks.
    private struct Placed {
        let member: Member
        let placement: MemberPlacement
    }

    private static func placed(_ type: MemberType, _ input: CheckInput, _ geography: GeographyFacts) -> [Placed] {
        input.roster.members.filter { $0.type == type }.map { Placed(member: $0, placement: geography.placement(of: $0.id)) }
    }

    /// The member closest to the geography among those with a known distance (ties: file order).
    private static func nearest(_ members: [Placed]) -> Placed? {
        members.filter { $0.placement.distanceKm != nil }.min { ($0.placement.distanceKm ?? 0) < ($1.placement.distanceKm ?? 0) }
    }

    private static func record(_ placed: Placed) -> EvidenceValue {
        .record([
            Evidence("id", .text(placed.member.id)), Evidence("name", .text(placed.member.name)),
            Evidence("type", .text(placed.member.type.rawValue)),
            Evidence("distance_km", placed.placement.distanceKm.map { .kilometres($0) } ?? .null),
        ])
    }

    private static func records(_ members: [Placed]) -> EvidenceValue { .list(members.map(record)) }

    private static func names(_ members: [Placed]) -> [String] { members.map { RulesText.member($0.member) } }

    private static func outside(_ placed: Placed, turkish: Bool) -> String {
        let distance = placed.placement.distanceKm.map { NumberText.kilometres($0, turkish: turkish) } ?? "?"
        return turkish ? "\(RulesText.member(placed.member)), coğrafyanın \(distance) dışında"
            : "\(RulesText.member(placed.member)), \(distance) outside"
    }

    private static func noGeography(_ id: CheckID) -> CheckResult {
        CheckResult(id: id, status: .unknown,
                    message: "No economic geography was built, so nothing can be placed inside it.",
                    messageTR: "Küme ekonomik coğrafyası oluşturulamadığı için hiçbir üyenin içinde olup olmadığı bilinmiyor.")
    }

    /// A chamber of industry inside passes; otherwise a province the geography covers that has a chamber
    /// of industry fails (naming it); otherwise a chamber of commerce and industry inside passes.
    static func chamber(_ input: CheckInput) -> CheckResult {
        guard input.call.requires(.chamber) else {
            return CheckResult(id: .chamber, status: .skipped, message: "The call requires no chamber.",
                               messageTR: "Çağrı oda ortaklığı şartı koymuyor.")
        }
        guard let geography = input.geography else { return noGeography(.chamber) }
        let industry = placed(.chamberOfIndustry, input, geography)
        let commerce = placed(.chamberOfCommerceAndIndustry, input, geography)
        let industryInside = industry.filter { $0.placement.inside == true }
        if !industryInside.isEmpty {
            let list = RulesText.list(names(industryInside), turkish: false)
            return CheckResult(
                id: .chamber, status: .pass,
                message: "Chamber of industry inside the economic geography: \(list).",
                messageTR: "Küme ekonomik coğrafyası içinde sanayi odası var: \(RulesText.list(names(industryInside), turkish: true)).",
                evidence: [Evidence("kind", .text(MemberType.chamberOfIndustry.rawValue)),
                           Evidence("inside", records(industryInside))])
        }
        let industryUnplaced = industry.filter { $0.placement.inside == nil }
        if !industryUnplaced.isEmpty {
            return CheckResult(
                id: .chamber, status: .unknown,
                message: "No chamber of industry is known to be inside: \(RulesText.list(names(industryUnplaced), turkish: false)) "
                    + "has no point; give its coordinates, district or province.",
                messageTR: "İçeride olduğu bilinen sanayi odası yok: \(RulesText.list(names(industryUnplaced), turkish: true)) "
                    + "için konum yok; koordinatlarını, ilçesini ya da ilini verin.",
                evidence: [Evidence("without_point", records(industryUnplaced))])
        }
        let table = Dictionary(
            input.provincesWithChamberOfIndustry.map { (TurkishText.folded($0.key), ($0.key, $0.value)) },
            uniquingKeysWith: { first, _ in first })
        let covered = geography.provinces.compactMap { table[TurkishText.folded($0)] }
        let commerceInside = commerce.filter { $0.placement.inside == true }
        let nearestIndustry = nearest(industry)
        if !covered.isEmpty {
            var message = "The geography covers \(RulesText.list(covered.map(\.0), turkish: false)), which "
                + (covered.count == 1 ? "has a chamber of industry" : "have chambers of industry")
                + " (\(RulesText.list(covered.map(\.1), turkish: false))), but no chamber of industry inside it is a member"
            var messageTR = "Coğrafya, sanayi odası bulunan \(RulesText.list(covered.map(\.0), turkish: true)) \(covered.count == 1 ? "ilini" : "illerini") kapsıyor "
                + "(\(RulesText.list(covered.map(\.1), turkish: true))), ancak içeride üye bir sanayi odası yok"
            if let nearestIndustry {
                message += "; the nearest listed chamber of industry is \(outside(nearestIndustry, turkish: false))"
                messageTR += "; üye listesindeki en yakın sanayi odası \(outside(nearestIndustry, turkish: true))"
            }
            if !commerceInside.isEmpty {
                message += ". The chamber of commerce and industry inside (\(RulesText.list(names(commerceInside), turkish: false))) "
                    + "counts only where the geography has no chamber of industry"
                messageTR += ". İçerideki ticaret ve sanayi odası (\(RulesText.list(names(commerceInside), turkish: true))) "
                    + "yalnızca coğrafyada sanayi odası yoksa yeterlidir"
            }
            return CheckResult(
                id: .chamber, status: .fail, message: message + ".", messageTR: messageTR + ".",
                evidence: [
                    Evidence("provinces_with_chamber_of_industry", .list(covered.map { province, chamber in
                        .record([Evidence("province", .text(province)), Evidence("chamber", .text(chamber))])
                    })),
                    Evidence("nearest_chamber_of_industry", nearestIndustry.map(record) ?? .null),
                    Evidence("chambers_of_commerce_and_industry_inside", records(commerceInside)),
                ])
        }
        if !commerceInside.isEmpty {
            return CheckResult(
                id: .chamber, status: .pass,
                message: "No province the geography covers has a chamber of industry; chamber of commerce and industry "
                    + "inside: \(RulesText.list(names(commerceInside), turkish: false)).",
                messageTR: "Coğrafyanın kapsadığı illerde sanayi odası yok; içeride ticaret ve sanayi odası var: "
                    + "\(RulesText.list(names(commerceInside), turkish: true)).",
                evidence: [Evidence("kind", .text(MemberType.chamberOfCommerceAndIndustry.rawValue)),
                           Evidence("inside", records(commerceInside))])
        }
        let commerceUnplaced = commerce.filter { $0.placement.inside == nil }
        if !commerceUnplaced.isEmpty {
            return CheckResult(
                id: .chamber, status: .unknown,
                message: "No chamber is known to be inside: \(RulesText.list(names(commerceUnplaced), turkish: false)) "
                    + "has no point; give its coordinates, district or province.",
                messageTR: "İçeride olduğu bilinen oda yok: \(RulesText.list(names(commerceUnplaced), turkish: true)) "
                    + "için konum yok; koordinatlarını, ilçesini ya da ilini verin.",
                evidence: [Evidence("without_point", records(commerceUnplaced))])
        }
        let closest = nearest(industry + commerce)
        var message = "No chamber of industry or chamber of commerce and industry lies inside the economic geography"
        var messageTR = "Küme ekonomik coğrafyası içinde sanayi odası ya da ticaret ve sanayi odası yok"
        if let closest {
            message += "; the nearest is \(outside(closest, turkish: false))"
            messageTR += "; en yakını \(outside(closest, turkish: true))"
        } else {
            message += "; the roster has none"
            messageTR += "; üye listesinde de yok"
        }
        return CheckResult(id: .chamber, status: .fail, message: message + ".", messageTR: messageTR + ".",
                           evidence: [Evidence("nearest_chamber", closest.map(record) ?? .null)])
    }

    /// At least one university inside passes; otherwise fail with the nearest university and its distance.
    static func university(_ input: CheckInput) -> CheckResult {
        guard input.call.requires(.university) else {
            return CheckResult(id: .university, status: .skipped, message: "The call requires no university.",
                               messageTR: "Çağrı üniversite ortaklığı şartı koymuyor.")
        }
        guard let geography = input.geography else { return noGeography(.university) }
        let universities = placed(.university, input, geography)
        let inside = universities.filter { $0.placement.inside == true }
        if !inside.isEmpty {
            return CheckResult(
                id: .university, status: .pass,
                message: "University inside the economic geography: \(RulesText.list(names(inside), turkish: false)).",
                messageTR: "Küme ekonomik coğrafyası içinde üniversite var: \(RulesText.list(names(inside), turkish: true)).",
                evidence: [Evidence("inside", records(inside))])
        }
        let unplaced = universities.filter { $0.placement.inside == nil }
        if !unplaced.isEmpty {
            return CheckResult(
                id: .university, status: .unknown,
                message: "No university is known to be inside: \(RulesText.list(names(unplaced), turkish: false)) "
                    + "has no point; give its coordinates, district or province.",
                messageTR: "İçeride olduğu bilinen üniversite yok: \(RulesText.list(names(unplaced), turkish: true)) "
                    + "için konum yok; koordinatlarını, ilçesini ya da ilini verin.",
                evidence: [Evidence("without_point", records(unplaced))])
        }
        guard let closest = nearest(universities) else {
            return CheckResult(id: .university, status: .fail,
                               message: "The roster has no university.", messageTR: "Üye listesinde üniversite yok.",
                               evidence: [Evidence("nearest_university", .null)])
        }
        return CheckResult(
            id: .university, status: .fail,
            message: "No university lies inside the economic geography; the nearest is \(outside(closest, turkish: false)).",
            messageTR: "Küme ekonomik coğrafyası içinde üniversite yok; en yakını \(outside(closest, turkish: true)).",
            evidence: [Evidence("nearest_university", record(closest))])
    }
}
