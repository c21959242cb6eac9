import KumeData
import KumeGeography
import Kume
import KumeGeo

/// Small hand-built rosters and geographies for the rules' tests.
enum RulesFixtures {
    /// Provinces with a chamber of industry: the rows of /work/shared/data/tr_chambers_of_industry.csv that
    /// these tests touch (name and province columns as published there).
    /// (Bursa has no chamber of industry in that table, so a geography in Bursa falls back to a TSO.)
    static let chambersOfIndustry: [String: String] = [
        "Kocaeli": "Kocaeli Sanayi Odası",
        "İstanbul": "İstanbul Sanayi Odası",
        "Eskişehir": "Eskişehir Sanayi Odası",
    ]

    static func firm(_ id: String, nace: String?, committed: Bool?, at point: Coordinate? = Coordinate(longitude: 29.9, latitude: 40.8)) -> Member {
        Member(id: id, name: "Firma \(id)", type: .firm, nace: nace.map { NaceCode(canonical: $0) }, location: point,
               committed: committed)
    }

    static func institution(_ id: String, _ name: String, _ type: MemberType, hasPoint: Bool = true) -> Member {
        Member(id: id, name: name, type: type, location: hasPoint ? Coordinate(longitude: 29.9, latitude: 40.8) : nil)
    }

    /// `count` committed firms of class `nace`, ids `prefix1`…
    static func firms(_ count: Int, nace: String, committed: Bool? = true, prefix: String = "F") -> [Member] {
        (1...max(count, 1)).prefix(count).map { firm("\(prefix)\($0)", nace: nace, committed: committed) }
    }

    static func geography(provinces: [String], placements: [String: MemberPlacement]) -> GeographyFacts {
        GeographyFacts(
            method: "hull-buffer",
            parameters: [.init(name: "concavity", value: .number(0.3)), .init(name: "buffer_km", value: .number(5)),
                         .init(name: "keep_outliers", value: .flag(false))],
            areaKm2: 412.345, provinces: provinces, districts: ["Gebze", "Dilovası"], members: placements)
    }

    static func input(members: [Member], geography: GeographyFacts?, call: Call, mainActivity: [NaceCode]? = nil,
                      plans: [PlanItem]? = nil, appliedOn: CalendarDate? = nil) -> CheckInput {
        CheckInput(roster: Roster(source: "roster.csv", members: members), geography: geography, call: call,
                   mainActivity: mainActivity, provincesWithChamberOfIndustry: chambersOfIndustry,
                   plans: plans, appliedOn: appliedOn)
    }

    static let inside = MemberPlacement(inside: true, distanceKm: 0)
    static func outside(_ km: Double) -> MemberPlacement { MemberPlacement(inside: false, distanceKm: km) }
    static let noPoint = MemberPlacement(inside: nil, distanceKm: nil)
}
