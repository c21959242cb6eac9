extension GeographyFacts {
    /// The facts the rules need about a built geography and the places it touches; the places' method
    /// is recorded among the parameters (`places`: `boundaries` or `district-points`).
    init(geography: EconomicGeography, places: TouchedPlaces?) {
        self.init(
            method: geography.method,
            parameters: geography.parameters + [.init(name: "places", value: .text(places?.method.rawValue ?? ""))],
            areaKm2: geography.areaSquareKilometres,
            provinces: places?.provinces ?? [],
            districts: places?.districts ?? [],
            members: geography.placements)
    }
}

extension ChambersOfIndustry {
    /// Province name → its chamber of industry's name, as the chamber rule takes them.
    var byProvince: [String: String] {
        var map: [String: String] = [:]
        for chamber in chambers { map[chamber.province] = chamber.name }
        return map
    }
}
