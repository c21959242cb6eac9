import KumeData

extension GeographyFacts {
    /// The facts the rules need about a built geography and the places it touches; the places' method
    /// is recorded among the parameters (`places`: `boundaries` or `district-points`).
    /// - Parameters:
    ///   - geography: The built geography.
    ///   - places: The provinces and districts it touches (with area shares when the polygons were used).
    ///   - firms: The roster's firms, for the province table's firm shares.
    ///   - memberPlaces: Every member's province and district.
    ///   - minimumShare: The share of the firms a province must hold to count for the chamber rule.
    package init(
        geography: EconomicGeography, places: TouchedPlaces?, firms: [Member] = [], memberPlaces: MemberPlaces = .init(byID: [:]),
        minimumShare: Double = FirmShares.defaultMinimumShare
    ) {
        self.init(
            method: geography.method,
            parameters: geography.parameters + [.init(
                name: "places", value: .text(places?.method.rawValue ?? ""),
                valueTR: places.map { $0.method == .boundaries ? "ilçe sınırları" : "ilçe noktaları" })],
            areaKm2: geography.areaSquareKilometres,
            provinces: places?.provinces ?? [],
            districts: places?.districts ?? [],
            members: geography.placements)
        notes = geography.notes
        self.memberPlaces = memberPlaces
        self.minimumShare = minimumShare
        boundariesUsed = places?.method == .boundaries
        hullReadings = geography.hullReadings
        let areaShares = places?.shares.map { shares in
            Dictionary(shares.provinces.map { ($0.province, $0.areaShare) }, uniquingKeysWith: +)
        }
        provinceShares = FirmShares.provinceTable(
            firms: firms, places: memberPlaces, areaShares: areaShares, minimumShare: minimumShare)
    }
}
