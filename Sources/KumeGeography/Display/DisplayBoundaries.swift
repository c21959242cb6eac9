import KumeGeo

/// Province and district polygons simplified for display (maps, GeoJSON), with what the simplification did.
///
/// Made by `AdministrativeBoundaries.simplifiedForDisplay(toleranceDegrees:)`: shared borders are simplified
/// once for both neighbours (`CoverageSimplifier`), so no gaps or overlaps open between districts or
/// provinces; every coordinate is then rounded to 6 decimals (about 10 cm, as kume writes GeoJSON) and every
/// polygon checked with GEOS after rounding.
package struct DisplayBoundaries: Sendable {
    /// The simplified districts and provinces (areas re-measured on the simplified polygons).
    package var boundaries: AdministrativeBoundaries
    /// The Douglas–Peucker tolerance in degrees of longitude and latitude.
    package var toleranceDegrees: Double
    /// The number of vertices before simplification (districts).
    package var verticesBefore: Int
    /// The number of vertices after simplification and rounding (districts).
    package var verticesAfter: Int
    /// The p-codes of districts GEOS found invalid after simplification and rounding and repaired with
    /// `GEOSMakeValid_r` and a 1e-6° precision grid (`GEOSGeom_setPrecision_r`); empty unless the
    /// rounds of keeping the offending borders unsimplified ran out.
    package var repairedDistrictCodes: [String]
    /// The number of border chains left unsimplified because simplifying them made a district invalid.
    package var unsimplifiedChains: Int

    /// The default tolerance: 0.001° (about 85 m east–west and 110 m north–south in Türkiye), below a
    /// pixel on a national or provincial map.
    package static let defaultToleranceDegrees = 0.001

    /// Creates the result.
    package init(
        boundaries: AdministrativeBoundaries, toleranceDegrees: Double, verticesBefore: Int, verticesAfter: Int,
        repairedDistrictCodes: [String], unsimplifiedChains: Int
    ) {
        self.unsimplifiedChains = unsimplifiedChains
        self.boundaries = boundaries
        self.toleranceDegrees = toleranceDegrees
        self.verticesBefore = verticesBefore
        self.verticesAfter = verticesAfter
        self.repairedDistrictCodes = repairedDistrictCodes
    }
}

extension AdministrativeBoundaries {
    /// The districts and provinces simplified for display, borders kept shared, valid after rounding to
    /// 6 decimals.
    ///
    /// Provinces are rebuilt as the GEOS unary union of their simplified districts, so province and
    /// district borders coincide on the map.
    /// - Parameter toleranceDegrees: the Douglas–Peucker tolerance in degrees (> 0).
    /// - Throws: `BoundaryError.geometry` when GEOS or PROJ fails or a polygon stays invalid after repair.
    package func simplifiedForDisplay(toleranceDegrees: Double = DisplayBoundaries.defaultToleranceDegrees)
        throws(BoundaryError) -> DisplayBoundaries
    {
        let (context, transformer) = try BoundaryGeometry.run("the equal-area projection") {
            (try GeometryContext(), try Transformer(from: .wgs84, to: equalAreaProjection.crs, in: try ProjectionContext()))
        }
        // Simplify, round, and check each district; keep the chains of invalid districts unsimplified and
        // repeat, so every repair is shared by both neighbours. The unsimplified, rounded coverage is valid,
        // so this ends; a few rounds suffice.
        var kept = Set<[Coordinate]>()
        var simplified: [[[[Coordinate]]]] = []
        for _ in 0..<Self.maximumSimplificationRounds {
            let attempt = CoverageSimplifier.simplify(districts.map(\.polygons), toleranceDegrees: max(0, toleranceDegrees), keeping: kept)
            simplified = attempt.features.map { $0.map { $0.map(Self.rounded) } }
            var invalid: [Int] = []
            for (index, polygons) in simplified.enumerated() {
                let valid = try BoundaryGeometry.run("district \(districts[index].code)") {
                    try BoundaryGeometry.geometry(polygons, in: context).isValid()
                }
                if !valid { invalid.append(index) }
            }
            if invalid.isEmpty { break }
            for index in invalid { kept.formUnion(attempt.chains[index]) }
        }
        var newDistricts: [AdministrativeDistrict] = []
        var repaired: [String] = []
        var geometriesByPlate: [Int: [Geometry]] = [:]
        for (district, polygons) in zip(districts, simplified) {
            let subject = "district \(district.code) (\(district.name), \(district.province))"
            let (geometry, rings, wasRepaired) = try BoundaryGeometry.run(subject) {
                () throws -> (Geometry, [[[Coordinate]]], Bool) in
                let built = try BoundaryGeometry.geometry(polygons, in: context)
                if try built.isValid() { return (built, polygons, false) }
                let fixed = try built.makeValid().snappedToGrid(gridSize: 1e-6)
                guard try fixed.isValid() else {
                    throw GeometryError(operation: "simplifiedForDisplay", message: try fixed.validityReason())
                }
                return (fixed, try BoundaryGeometry.polygonalRings(of: fixed), true)
            }
            if wasRepaired { repaired.append(district.code) }
            var copy = district
            copy.polygons = rings
            copy.areaSquareKilometres = try BoundaryGeometry.run(subject) {
                try BoundaryGeometry.areaSquareKilometres(rings, transformer: transformer)
            }
            newDistricts.append(copy)
            geometriesByPlate[district.plate, default: []].append(geometry)
        }
        var newProvinces: [AdministrativeProvince] = []
        for province in provinces {
            let subject = "province \(province.name)"
            var copy = province
            copy.polygons = try BoundaryGeometry.run(subject) { () throws -> [[[Coordinate]]] in
                let all = try Geometry.collection(geometriesByPlate[province.plate] ?? [], as: .geometryCollection, in: context)
                var union = try all.unaryUnion()
                // The union adds no vertices where borders coincide; round anyway and keep it valid.
                let rings = try BoundaryGeometry.polygonalRings(of: union).map { $0.map(Self.rounded) }
                union = try BoundaryGeometry.geometry(rings, in: context)
                guard try union.isValid() else {
                    return try BoundaryGeometry.polygonalRings(of: try union.makeValid().snappedToGrid(gridSize: 1e-6))
                }
                return rings
            }
            copy.areaSquareKilometres = try BoundaryGeometry.run(subject) {
                try BoundaryGeometry.areaSquareKilometres(copy.polygons, transformer: transformer)
            }
            newProvinces.append(copy)
        }
        let count = { (items: [AdministrativeDistrict]) in
            items.reduce(0) { $0 + $1.polygons.joined().reduce(0) { $0 + $1.count } }
        }
        return DisplayBoundaries(
            boundaries: AdministrativeBoundaries(
                districts: newDistricts, provinces: newProvinces, repairedDistrictCodes: repairedDistrictCodes,
                equalAreaProjection: equalAreaProjection),
            toleranceDegrees: toleranceDegrees, verticesBefore: count(districts), verticesAfter: count(newDistricts),
            repairedDistrictCodes: repaired, unsimplifiedChains: kept.count)
    }

    /// How many times simplification is retried with the offending borders kept.
    static let maximumSimplificationRounds = 8

    /// A ring with every coordinate rounded to 6 decimals and repeated consecutive vertices removed.
    static func rounded(_ ring: [Coordinate]) -> [Coordinate] {
        var result: [Coordinate] = []
        result.reserveCapacity(ring.count)
        for point in ring {
            let snapped = Coordinate(x: (point.x * 1e6).rounded() / 1e6, y: (point.y * 1e6).rounded() / 1e6)
            if snapped != result.last { result.append(snapped) }
        }
        return result
    }
}
