@testable import KumeData
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

    /// A geography over `provinces`, each counting for the chamber rule with an equal share of the firms; every
    /// member placed inside lies in the first of them unless `places` (id → province) says otherwise.
    static func geography(
        provinces: [String], placements: [String: MemberPlacement], places: [String: String] = [:]
    ) -> GeographyFacts {
        var facts = GeographyFacts(
            method: "hull-buffer",
            parameters: [.init(name: "concavity", value: .number(0.3)), .init(name: "buffer_km", value: .number(5)),
                         .init(name: "keep_outliers", value: .flag(false))],
            areaKm2: 412.345, provinces: provinces, districts: ["Gebze", "Dilovası"], members: placements)
        let table = Dictionary(chambersOfIndustry.map { (TurkishText.folded($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        facts.provinceShares = provinces.map { province in
            ProvinceShare(province: province, areaShare: 1 / Double(provinces.count), firms: 10,
                          firmShare: 1 / Double(provinces.count), counts: true,
                          chamberOfIndustry: table[TurkishText.folded(province)])
        }
        var byID: [String: MemberPlaces.Place] = [:]
        if let first = provinces.first {
            for (id, placement) in placements where placement.inside == true {
                byID[id] = MemberPlaces.Place(province: first, district: nil, source: .boundaries)
            }
        }
        for (id, province) in places { byID[id] = MemberPlaces.Place(province: province, district: nil, source: .boundaries) }
        facts.memberPlaces = MemberPlaces(byID: byID)
        return facts
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
