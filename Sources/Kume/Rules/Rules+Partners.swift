import KumeData
import KumeGeography

extension Rules {
    /// A member with its placement, for the partner checks.
    struct Placed {
        let member: Member
        let placement: MemberPlacement
    }

    static func placed(_ type: MemberType, _ input: CheckInput, _ geography: GeographyFacts) -> [Placed] {
        input.roster.members.filter { $0.type == type }.map { Placed(member: $0, placement: geography.placement(of: $0.id)) }
    }

    /// The member closest to the geography among those with a known distance (ties: file order).
    static func nearest(_ members: [Placed]) -> Placed? {
        members.filter { $0.placement.distanceKm != nil }.min { ($0.placement.distanceKm ?? 0) < ($1.placement.distanceKm ?? 0) }
    }

    static func record(_ placed: Placed) -> EvidenceValue {
        .record([
            Evidence("id", .text(placed.member.id)), Evidence("name", .text(placed.member.name)),
            Evidence("type", .text(placed.member.type.rawValue)),
            Evidence("distance_km", placed.placement.distanceKm.map { .kilometres($0) } ?? .null),
        ])
    }

    static func records(_ members: [Placed]) -> EvidenceValue { .list(members.map(record)) }

    static func names(_ members: [Placed]) -> [String] { members.map { RulesText.member($0.member) } }

    static func outside(_ placed: Placed, turkish: Bool) -> String {
        let distance = placed.placement.distanceKm.map { NumberText.kilometres($0, turkish: turkish) } ?? "?"
        return turkish ? "\(RulesText.member(placed.member)), coğrafyanın \(distance) dışında"
            : "\(RulesText.member(placed.member)), \(distance) outside"
    }

    static func noGeography(_ id: CheckID) -> CheckResult {
        CheckResult(id: id, status: .unknown,
                    message: "No economic geography was built, so nothing can be placed inside it.",
                    messageTR: "Küme ekonomik coğrafyası oluşturulamadığı için hiçbir üyenin içinde olup olmadığı bilinmiyor.")
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
