import KumeGeo

/// The `provinces` economic geography: the union of the provinces holding at least a minimum share of
/// the firms.
package struct ProvinceGeography: Sendable, Hashable {
    /// The union of the chosen provinces (GEOS unary union): polygons, each a list of closed rings (exterior
    /// first), longitude, latitude (WGS84), at full resolution and in GEOS's ring orientation (clockwise
    /// shells): orient (`RingOrientation`) and round before writing GeoJSON.
    package var polygons: [[[Coordinate]]]
    /// The chosen provinces by plate number, each with its share of the firms and of the union's area.
    package var provinces: [AdministrativeShare]
    /// The minimum share of the firms (0–1] a province needed.
    package var minimumShare: Double
    /// The union's area in km² (sum of the chosen provinces' equal-area areas).
    package var areaSquareKilometres: Double
    /// The number of firms given.
    package var firmCount: Int
    /// How many of them lie in no province (at sea or abroad); they count in the denominator of every share.
    package var firmsOutsideTurkiye: Int

    /// Creates the geography.
    package init(
        polygons: [[[Coordinate]]], provinces: [AdministrativeShare], minimumShare: Double, areaSquareKilometres: Double,
        firmCount: Int, firmsOutsideTurkiye: Int
    ) {
        self.polygons = polygons
        self.provinces = provinces
        self.minimumShare = minimumShare
        self.areaSquareKilometres = areaSquareKilometres
        self.firmCount = firmCount
        self.firmsOutsideTurkiye = firmsOutsideTurkiye
    }

    /// The union as one GEOS geometry (a multipolygon) in `context`.
    ///
    /// - Throws: `BoundaryError.geometry` when GEOS fails.
    package func geometry(in context: GeometryContext) throws(BoundaryError) -> Geometry {
        try BoundaryGeometry.run("the province geography") { try BoundaryGeometry.geometry(polygons, in: context) }
    }
}

extension PlaceLocator {
    /// The `provinces` geography method: the union of the provinces that hold at least `minimumShare` of
    /// the firms.
    ///
    /// - Parameters:
    ///   - firms: the firms' points, longitude, latitude (WGS84); at least one.
    ///   - minimumShare: the fraction (0, 1] of all given firms a province must hold, e.g. 0.1.
    /// - Throws: `BoundaryError.invalidMinimumShare` for a share outside (0, 1];
    ///   `BoundaryError.noProvinceReachesShare` when no province qualifies (also for no firms);
    ///   `BoundaryError.geometry` when GEOS fails.
    package func provinceGeography(firms: [Coordinate], minimumShare: Double) throws(BoundaryError) -> ProvinceGeography {
        guard minimumShare > 0, minimumShare <= 1 else { throw .invalidMinimumShare(minimumShare) }
        let located = try districtIndices(of: firms)
        var firmsByPlate: [Int: Int] = [:]
        for index in located.compactMap({ $0 }) { firmsByPlate[boundaries.districts[index].plate, default: 0] += 1 }
        let share = { (plate: Int) -> Double in
            firms.isEmpty ? 0 : Double(firmsByPlate[plate] ?? 0) / Double(firms.count)
        }
        // A small tolerance so that, e.g., 1 firm of 10 meets a 0.1 minimum despite rounding.
        let chosen = firmsByPlate.keys.sorted().filter { share($0) >= minimumShare - 1e-12 }
        guard !chosen.isEmpty else {
            let best = firmsByPlate.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
            throw .noProvinceReachesShare(
                minimumShare: minimumShare, largestShare: best.map { share($0.key) } ?? 0,
                province: best.flatMap { boundaries.province(plate: $0.key)?.name } ?? "none")
        }
        let provinces = chosen.compactMap { boundaries.province(plate: $0) }
        let polygons = try BoundaryGeometry.run("the province geography") { () throws -> [[[Coordinate]]] in
            let parts = try provinces.map { try BoundaryGeometry.geometry($0.polygons, in: context) }
            let all = try Geometry.collection(parts, as: .geometryCollection, in: context)
            return try BoundaryGeometry.polygonalRings(of: try all.unaryUnion())
        }
        let totalArea = provinces.reduce(0) { $0 + $1.areaSquareKilometres }
        let shares = provinces.map { province in
            AdministrativeShare(
                plate: province.plate, province: province.name, districtCode: nil, district: nil,
                areaSquareKilometres: province.areaSquareKilometres,
                areaShare: totalArea > 0 ? province.areaSquareKilometres / totalArea : 0,
                firms: firmsByPlate[province.plate] ?? 0, firmShare: share(province.plate))
        }
        return ProvinceGeography(
            polygons: polygons, provinces: shares, minimumShare: minimumShare, areaSquareKilometres: totalArea,
            firmCount: firms.count, firmsOutsideTurkiye: located.filter { $0 == nil }.count)
    }
}
