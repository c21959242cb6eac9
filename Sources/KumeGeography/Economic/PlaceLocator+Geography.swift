import KumeGeo

extension PlaceLocator {
    /// The provinces and districts an economic geography overlaps, with each one's share of the geography's
    /// area and, given member points, of the firms.
    ///
    /// Areas are intersections (GEOS, in longitude, latitude) measured after projecting to a Lambert
    /// azimuthal equal-area projection centred on the geography (`LocalProjection.equalArea`). A province's
    /// area is the sum over its districts, which partition it. Places that only share a border line with
    /// the geography are not listed.
    ///
    /// - Parameters:
    ///   - geography: the geography's polygons, each a list of closed rings (exterior first), longitude,
    ///     latitude (WGS84), as `Geometry.polygons()` returns them. An invalid geography is repaired first.
    ///   - members: the firms' points, longitude, latitude (WGS84); may be empty.
    /// - Throws: `BoundaryError.geometry` when GEOS or PROJ fails.
    package func places(touching geography: [[[Coordinate]]], members: [Coordinate] = []) throws(BoundaryError)
        -> DistrictOverlap
    {
        let subject = "the geography"
        let shape = try BoundaryGeometry.run(subject) { () throws -> Geometry in
            let built = try BoundaryGeometry.geometry(geography, in: context)
            return try built.isValid() ? built : try built.makeValid()
        }
        let vertices = geography.flatMap { $0.first ?? [] }
        let projection = try BoundaryGeometry.run(subject) { try LocalProjection.equalArea(around: vertices) }
        let transformer = try BoundaryGeometry.run(subject) {
            try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
        }
        let totalArea = try BoundaryGeometry.run(subject) {
            try BoundaryGeometry.areaSquareKilometres(try BoundaryGeometry.polygonalRings(of: shape), transformer: transformer)
        }

        var areaByDistrict: [Int: Double] = [:]
        try BoundaryGeometry.run(subject) {
            for candidate in try tree.query(intersecting: try shape.bounds()) where try prepared[candidate].intersects(shape) {
                let overlap = try prepared[candidate].base.intersection(shape)
                let area = try BoundaryGeometry.areaSquareKilometres(
                    try BoundaryGeometry.polygonalRings(of: overlap), transformer: transformer)
                if area > 0 { areaByDistrict[candidate] = area }
            }
        }

        let located = try districtIndices(of: members)
        var firmsByDistrict: [Int: Int] = [:]
        for index in located.compactMap({ $0 }) { firmsByDistrict[index, default: 0] += 1 }
        let firmShare = { (count: Int) -> Double? in members.isEmpty ? nil : Double(count) / Double(members.count) }

        var districts: [AdministrativeShare] = []
        var provinceArea: [Int: Double] = [:]
        var provinceName: [Int: String] = [:]
        for index in areaByDistrict.keys.sorted() {
            let district = boundaries.districts[index]
            let area = areaByDistrict[index] ?? 0
            let firms = firmsByDistrict[index] ?? 0
            districts.append(
                AdministrativeShare(
                    plate: district.plate, province: district.province, districtCode: district.code,
                    district: district.name, areaSquareKilometres: area, areaShare: totalArea > 0 ? area / totalArea : 0,
                    firms: firms, firmShare: firmShare(firms)))
            provinceArea[district.plate, default: 0] += area
            provinceName[district.plate] = district.province
        }
        var firmsByPlate: [Int: Int] = [:]
        for (index, count) in firmsByDistrict { firmsByPlate[boundaries.districts[index].plate, default: 0] += count }
        let provinces = provinceArea.keys.sorted().map { plate -> AdministrativeShare in
            let area = provinceArea[plate] ?? 0
            let firms = firmsByPlate[plate] ?? 0
            return AdministrativeShare(
                plate: plate, province: provinceName[plate] ?? String(plate), districtCode: nil,
                district: nil, areaSquareKilometres: area, areaShare: totalArea > 0 ? area / totalArea : 0, firms: firms,
                firmShare: firmShare(firms))
        }
        return DistrictOverlap(
            provinces: provinces, districts: districts, areaSquareKilometres: totalArea,
            projectionDefinition: projection.definition, firmCount: members.count,
            firmsOutsideTurkiye: located.filter { $0 == nil }.count)
    }

    /// The provinces and districts `geography` overlaps (see `places(touching:members:)`).
    ///
    /// - Parameters:
    ///   - geography: an economic geography (its `polygons`, longitude, latitude, WGS84).
    ///   - members: the firms' points, longitude, latitude (WGS84); may be empty.
    /// - Throws: `BoundaryError.geometry` when GEOS or PROJ fails.
    package func places(touching geography: EconomicGeography, members: [Coordinate] = []) throws(BoundaryError)
        -> DistrictOverlap
    {
        try places(touching: geography.polygons, members: members)
    }
}
