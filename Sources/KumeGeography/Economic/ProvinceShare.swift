import KumeData

/// One province of an economic geography as the chamber rule reads it: how much of the geography's area and of
/// the cluster's firms it holds, and whether it counts.
///
/// Chambers serve provinces (law 5174), so the chamber rule looks at the provinces where the cluster actually
/// is: those holding at least a minimum share of the firms (``FirmShares/counted(_:minimumShare:)``), not every
/// province a buffer grazes.
package struct ProvinceShare: Sendable, Hashable {
    /// The province's official name.
    package var province: String
    /// The share (0–1) of the geography's area inside the province; `nil` without the district polygons.
    package var areaShare: Double?
    /// The firms with a point located in the province.
    package var firms: Int
    /// `firms` as a share (0–1) of the firms whose province is known.
    package var firmShare: Double
    /// Whether the province counts for the chamber rule (it holds at least the minimum share of the firms).
    package var counts: Bool
    /// The province's chamber of industry, or `nil` where it has none.
    package var chamberOfIndustry: String?

    /// Creates a row.
    package init(province: String, areaShare: Double?, firms: Int, firmShare: Double, counts: Bool, chamberOfIndustry: String?) {
        self.province = province
        self.areaShare = areaShare
        self.firms = firms
        self.firmShare = firmShare
        self.counts = counts
        self.chamberOfIndustry = chamberOfIndustry
    }
}

/// How the firms spread over places (provinces or districts), and which places hold a material share.
package enum FirmShares {
    /// The default minimum share of the firms that makes a province count for the chamber rule: 10 %.
    package static let defaultMinimumShare = 0.1

    /// Firms per place key, from the firms' places (firms without a known place are left out).
    package static func counts(of firms: [Member], places: MemberPlaces, key: (MemberPlaces.Place) -> String?) -> [String: Int] {
        var result: [String: Int] = [:]
        for firm in firms {
            if let place = places[firm.id], let name = key(place) { result[name, default: 0] += 1 }
        }
        return result
    }

    /// The places holding at least `minimumShare` of the firms; when none does (firms spread thinly over many
    /// places), the places holding the most firms.
    package static func counted(_ counts: [String: Int], minimumShare: Double) -> Set<String> {
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return [] }
        // A tolerance so that 2 firms of 20 reach a 10 % share despite rounding.
        let reaching = counts.filter { Double($0.value) >= minimumShare * Double(total) - 1e-9 }.map(\.key)
        if !reaching.isEmpty { return Set(reaching) }
        let most = counts.values.max() ?? 0
        return Set(counts.filter { $0.value == most }.map(\.key))
    }

    /// The province table of a geography: every province that holds a firm or a share of the area, in Turkish
    /// order, with the firms' shares, the area shares (when the polygons gave them) and whether it counts.
    /// - Parameters:
    ///   - firms: The roster's firms.
    ///   - places: Every member's place.
    ///   - areaShares: Province name → share of the geography's area, or `nil` without the polygons.
    ///   - minimumShare: The share of the firms a province must hold to count.
    ///   - countedOverride: The provinces that count, when the geography says so itself (a declared geography).
    package static func provinceTable(
        firms: [Member], places: MemberPlaces, areaShares: [String: Double]?, minimumShare: Double,
        countedOverride: Set<String>? = nil, chambers: ChambersOfIndustry = .shared
    ) -> [ProvinceShare] {
        let byProvince = counts(of: firms, places: places) { $0.province }
        let total = byProvince.values.reduce(0, +)
        let counted = countedOverride ?? Self.counted(byProvince, minimumShare: minimumShare)
        let chamberByProvince = chambers.chambers.reduce(into: [String: String]()) { $0[$1.province] = $1.name }
        let names = Set(byProvince.keys).union(areaShares.map { Array($0.keys) } ?? []).union(counted)
        return names.sorted(by: TurkishText.lessThan).map { name in
            let firms = byProvince[name] ?? 0
            return ProvinceShare(
                province: name, areaShare: areaShares.map { $0[name] ?? 0 }, firms: firms,
                firmShare: total > 0 ? Double(firms) / Double(total) : 0, counts: counted.contains(name),
                chamberOfIndustry: chamberByProvince[name])
        }
    }
}
