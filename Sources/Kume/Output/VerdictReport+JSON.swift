import Foundation
import KumeGeography

extension VerdictReport {
    /// The verdict as one JSON object, keys in a fixed order: `eligible`, `robust` (every geography-dependent
    /// check has one outcome under every reading), `call` (`id`, `title`), `checks` (each `{id, status, message,
    /// message_tr, …evidence}`; `chamber` and `university` add `robustness`: `{outcome: pass|fail|depends,
    /// passes, of, note, note_tr, readings: [{method, parameters, status}]}` or `null`), `geography` (`method`,
    /// `parameters`, `area_km2`, `provinces`, `districts`, `min_share`, `province_shares` — `{province,
    /// area_share (0–1, null without the district polygons), firms, firm_share (0–1), counts_for_chamber,
    /// chamber_of_industry}` — `boundaries_used`, `notes`; `null` without a geography), `declared_geography` (with
    /// `--declared-geography`, else `null`: ``declaredJSON(_:)``), `members` (`id`, `name`, `type`,
    /// `nace`, `committed`, `counted`, `inside`, `distance_km`, `outlier`, `province`, `district` (located from
    /// the member's point through the district polygons, or as `place_source` says), `stated_province`,
    /// `stated_district` (what the roster states, where it disagrees), `place_source` (`boundaries`, `stated`,
    /// `nearest-district-point` or `null`), `relatedness`, `proximity`, `role`, `accredited`, `active`, `tax_id`), `main_activity` (`codes`, `source`,
    /// `division_counts`), `reference` (against `--reference`, or `null`: the registry's firms inside and in all, the
    /// main activity's `lq` inside and its `kd` — Duranton–Overman's Kd among the firms inside with `measured`,
    /// `reason`, `message`, `message_tr`, the settings, `localisation_index` Γ, `dispersion_index` Ψ,
    /// `localised`, `dispersed` and the ranges in km, or `null` with `--kd-simulations 0`) and
    /// `warnings` (`member_id`, `location`, `message`, `message_tr`).
    ///
    /// Each key has one JSON type in every member (`inside` is a boolean or `null`, `distance_km` a number
    /// or `null`); distances and areas are rounded to 0.01 km / km², money to 0.01 TL; codes and ids are
    /// strings.
    /// - Parameters:
    ///   - verdict: The verdict to render.
    ///   - pretty: Indent by two spaces per level (default) or write one line.
    /// - Returns: The JSON text, without a final newline.
    public static func json(_ verdict: Verdict, pretty: Bool = true) -> String {
        jsonValue(verdict).serialized(indent: pretty ? 2 : nil)
    }

    static func jsonValue(_ verdict: Verdict) -> JSONValue {
        .object([
            ("eligible", .bool(verdict.eligible)),
            ("robust", .bool(verdict.robust)),
            ("call", .object([("id", .string(verdict.call.id)), ("title", .string(verdict.call.title))])),
            ("checks", .array(verdict.checks.map(checkJSON))),
            ("geography", verdict.geography.map(geographyJSON) ?? .null),
            ("declared_geography", verdict.declaredGeography.map(declaredJSON) ?? .null),
            ("members", .array(verdict.members.map { memberJSON($0, verdict) })),
            ("main_activity", mainActivityJSON(verdict.mainActivity)),
            ("reference", verdict.reference.map(referenceJSON) ?? .null),
            ("warnings", .array((verdict.geography?.notes ?? []).map { note in
                .object([("member_id", .null), ("location", .null), ("message", .string(note.english))])
            } + [boundariesNote(verdict.geography, .english)].compactMap { $0 }.map { note in
                .object([("member_id", .null), ("location", .null), ("message", .string(note))])
            } + verdict.warnings.map { warning in
                .object([
                    ("member_id", warning.memberID.map(JSONValue.string) ?? .null),
                    ("location", warning.location.map(JSONValue.string) ?? .null),
                    ("message", .string(warning.message)),
                    ("message_tr", .string(warning.messageTR ?? warning.message)),
                ])
            })),
        ])
    }

    static func checkJSON(_ check: CheckResult) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(check.id.rawValue)),
            ("status", .string(check.status.rawValue)),
            ("message", .string(check.message)),
            ("message_tr", .string(check.messageTR)),
        ]
        if check.id == .chamber || check.id == .university {
            fields.append(("robustness", check.robustness.map(robustnessJSON) ?? .null))
        }
        let reserved = Set(fields.map(\.0))
        for item in check.evidence where !reserved.contains(item.key) {
            fields.append((item.key, evidenceJSON(item.value)))
        }
        return .object(fields)
    }

    static func evidenceJSON(_ value: EvidenceValue) -> JSONValue {
        switch value {
        case .integer(let number): .integer(number)
        case .kilometres(let distance): distance.isFinite ? .fixed(Decimal(distance), decimals: 2) : .null
        case .liras(let amount): .fixed(amount, decimals: 2)
        case .percent(let share): .fixed(share, decimals: 2)
        case .text(let text): .string(text)
        case .flag(let flag): .bool(flag)
        case .date(let date): .string(date.description)
        case .list(let values): .array(values.map(evidenceJSON))
        case .record(let fields): .object(fields.map { ($0.key, evidenceJSON($0.value)) })
        case .null: .null
        }
    }

    static func geographyJSON(_ geography: GeographyFacts) -> JSONValue {
        .object([
            ("method", .string(geography.method)),
            ("parameters", .object(geography.parameters.map { parameter in
                let value: JSONValue = switch parameter.value {
                case .number(let number): .double(number)
                case .flag(let flag): .bool(flag)
                case .text(let text): .string(text)
                }
                return (parameter.name, value)
            })),
            ("area_km2", geography.areaKm2.isFinite ? .fixed(Decimal(geography.areaKm2), decimals: 2) : .null),
            ("provinces", .array(geography.provinces.map(JSONValue.string))),
            ("districts", .array(geography.districts.map(JSONValue.string))),
            ("min_share", .double(geography.minimumShare)),
            ("province_shares", provinceSharesJSON(geography)),
            ("boundaries_used", .bool(geography.boundariesUsed)),
            ("notes", .array(geography.notes.map { note in
                .object([("message", .string(note.english)), ("message_tr", .string(note.turkish))])
            })),
        ])
    }

    static func memberJSON(_ member: Verdict.MemberOutcome, _ verdict: Verdict) -> JSONValue {
        let distance: JSONValue = member.distanceKm.flatMap { $0.isFinite ? JSONValue.fixed(Decimal($0), decimals: 2) : nil } ?? .null
        let proximity: JSONValue = member.mainActivityProximity.map { JSONValue.fixed(Decimal($0), decimals: 4) } ?? .null
        let role: JSONValue = member.role.map { JSONValue.string($0.rawValue) } ?? .null
        let accredited: JSONValue = member.accredited.map(JSONValue.bool) ?? .null
        let taxID: JSONValue = member.taxNumber.map(JSONValue.string) ?? .null
        var fields: [(String, JSONValue)] = [
            ("id", .string(member.id)),
            ("name", .string(member.name)),
            ("type", .string(member.type.rawValue)),
            ("nace", member.nace.map { JSONValue.string($0.code) } ?? .null),
            ("committed", member.committed.map(JSONValue.bool) ?? .null),
            ("counted", .bool(CheckReportPage.isCounted(member, verdict))),
            ("inside", member.inside.map(JSONValue.bool) ?? .null),
            ("distance_km", distance),
            ("outlier", .bool(member.outlier)),
            ("province", member.province.map(JSONValue.string) ?? .null),
            ("district", member.district.map(JSONValue.string) ?? .null),
            ("stated_province", member.statedProvince.map(JSONValue.string) ?? .null),
            ("stated_district", member.statedDistrict.map(JSONValue.string) ?? .null),
            ("place_source", member.placeSource.map { JSONValue.string($0.rawValue) } ?? .null),
            ("relatedness", member.mainActivityRelatedness.map(JSONValue.double) ?? .null),
            ("proximity", proximity),
        ]
        fields += [("role", role), ("accredited", accredited), ("active", .bool(member.active)), ("tax_id", taxID)]
        return .object(fields)
    }

    static func mainActivityJSON(_ activity: MainActivity) -> JSONValue {
        .object([
            ("codes", .array(activity.codes.map { .string($0.code) })),
            ("source", .string(activity.source.rawValue)),
            ("division_counts", .array(activity.divisionCounts.map { entry in
                .object([("division", .string(entry.division)), ("firms", .integer(entry.firms))])
            })),
        ])
    }

    static func referenceJSON(_ reference: ReferenceConcentration) -> JSONValue {
        .object([
            ("registry", .string(reference.source)),
            ("firms_inside", .integer(reference.firmsInside)),
            ("main_activity_firms_inside", .integer(reference.mainActivityFirmsInside)),
            ("firms", .integer(reference.firms)),
            ("main_activity_firms", .integer(reference.mainActivityFirms)),
            ("lq", reference.locationQuotient.map { JSONValue.fixed(Decimal($0), decimals: 4) } ?? .null),
            ("kd", reference.kd.map(kdJSON) ?? .null),
        ])
    }
}
