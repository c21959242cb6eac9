extension GeographyFacts {
    /// The facts the rules need about a built geography and the places it touches; the places' method
    /// is recorded among the parameters (`places`: `boundaries` or `district-points`).
    package init(geography: EconomicGeography, places: TouchedPlaces?) {
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
    }
}
