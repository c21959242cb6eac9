import KumeData
import KumeGeo

/// Builds the `declared` economic geography: the union of the provinces and districts an application declares
/// (``DeclaredGeography``), from Türkiye's province and district polygons; members are placed as in `provinces`
/// (inside, or their distance to the union in a local equal-area projection centred on the firms).
package struct DeclaredBuilder: Sendable {
    /// The method name written in outputs.
    package static let methodName = "declared"
    /// The declaration.
    package var declared: DeclaredGeography

    /// Creates a builder.
    package init(declared: DeclaredGeography) {
        self.declared = declared
    }

    /// Builds the declared geography and places every member of `members`.
    /// - Parameters:
    ///   - firms: The firms (those with a point centre the projection).
    ///   - boundaries: The boundaries with their provinces (``AdministrativeBoundaries/load(directory:detail:)``).
    /// - Throws: ``GeographyError``.
    package func build(
        firms: [Member], members: [Member], source: String, boundaries: AdministrativeBoundaries,
        districtTable: DistrictTable = .shared
    ) throws -> EconomicGeography {
        let located = firms.filter { $0.location != nil }
        guard !located.isEmpty else { throw GeographyError.noFirmWithPoint(source: source) }
        var pieces: [(polygons: [[[Coordinate]]], km2: Double)] = []
        for area in declared.areas {
            if let id = area.districtID {
                // Skip a district whose whole province is declared too: the union would count its area twice.
                if declared.areas.contains(where: { $0.plate == area.plate && $0.district == nil }) { continue }
                guard let district = boundaries.districts.first(where: {
                    $0.plate == area.plate && districtTable.district(named: $0.name, inProvince: $0.plate)?.id == id
                }) else {
                    throw GeographyError.invalidParameter("the district polygons have no \(area.name): check the boundaries folder")
                }
                pieces.append((district.polygons, district.areaSquareKilometres))
            } else {
                guard let province = boundaries.province(plate: area.plate) else {
                    throw GeographyError.invalidParameter(
                        "the declared geography needs the province polygons, and \(area.name) has none: run scripts/fetch-boundaries")
                }
                pieces.append((province.polygons, province.areaSquareKilometres))
            }
        }
        let polygons: [[[Coordinate]]]
        do {
            let context = try GeometryContext()
            polygons = try BoundaryGeometry.run("the declared geography") { () throws -> [[[Coordinate]]] in
                let parts = try pieces.map { try BoundaryGeometry.geometry($0.polygons, in: context) }
                let all = try Geometry.collection(parts, as: .geometryCollection, in: context)
                return try BoundaryGeometry.polygonalRings(of: try all.unaryUnion())
            }
        } catch let error as BoundaryError {
            throw GeographyError.boundaries(error)
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        }
        return try ProvincesBuilder.geography(
            polygons: polygons, areaSquareKilometres: pieces.reduce(0) { $0 + $1.km2 }, method: Self.methodName,
            parameters: [.init(name: "areas", value: .text(declared.description))], firms: located, members: members)
    }
}
