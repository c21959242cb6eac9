import KumeGeo

/// Builds the `hull-buffer` economic geography of a roster or of any group of firms.
///
/// Steps: project the firms' points to a Lambert azimuthal equal-area projection centred on them; name
/// outliers by ``OutlierRule``; take the concave hull (GEOS, ratio ``GeographyParameters/concavity``) of
/// the remaining firms; buffer it by ``GeographyParameters/bufferKilometres``; union. One firm gives a
/// disc, two a stadium, collinear firms a buffered line. Areas and distances are measured in the
/// projection; the polygon is returned in WGS84 longitude, latitude rounded to 6 decimals, re-validated.
///
/// Each call creates its own GEOS and PROJ contexts, so builders may run in parallel tasks.
public struct HullBufferBuilder: Sendable {
    /// The method name written in outputs.
    public static let methodName = "hull-buffer"
    /// The parameters.
    public var parameters: GeographyParameters

    /// Creates a builder.
    public init(parameters: GeographyParameters = GeographyParameters()) {
        self.parameters = parameters
    }

    /// Builds the geography of `firms` and places every member of `members` relative to it.
    /// - Parameters:
    ///   - firms: The firms whose points make the geography (members without a point are skipped).
    ///   - members: Every member to place (firms and institutions).
    ///   - source: The input's name, for messages.
    /// - Throws: ``GeographyError``.
    public func build(firms: [Member], members: [Member], source: String) throws -> EconomicGeography {
        try parameters.validate()
        let located = firms.filter { $0.location != nil }
        let lonLat = located.compactMap(\.location)
        guard !lonLat.isEmpty else { throw GeographyError.noFirmWithPoint(source: source) }
        do {
            let geometryContext = try GeometryContext()
            let projectionContext = try ProjectionContext()
            let local = try LocalProjection.equalArea(around: lonLat)
            let transformer = try Transformer(from: .wgs84, to: local.crs, in: projectionContext)
            let planar = try transformer.forward(lonLat)

            let outlierFlags = parameters.outlierRule.outliers(among: planar)
            let kept = planar.indices.filter { parameters.keepOutliers || !outlierFlags[$0] }
            let hullPoints = try Geometry.multiPoint(kept.map { planar[$0] }, in: geometryContext)
            let hull = try hullPoints.concaveHull(ratio: parameters.concavity, allowHoles: false)
            let area = try hull.buffer(distance: parameters.bufferKilometres * 1000).unaryUnion()

            var outlierByID: [String: Bool] = [:]
            for (index, firm) in located.enumerated() { outlierByID[firm.id] = outlierFlags[index] }
            let placements = try place(
                members, in: area, transformer: transformer, outliers: outlierByID, context: geometryContext)

            let polygons = try lonLatPolygons(of: area, transformer: transformer, context: geometryContext)
            return EconomicGeography(
                method: Self.methodName,
                parameters: parameters,
                projection: local.definition,
                areaSquareKilometres: try area.area() / 1_000_000,
                polygons: polygons,
                placements: placements,
                firmsUsed: kept.map { located[$0].id }
            )
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        } catch let error as ProjectionError {
            throw GeographyError.projection(error)
        }
    }

    /// Places members: inside (covered) or the planar distance to the geography, in kilometres.
    private func place(
        _ members: [Member], in area: Geometry, transformer: Transformer, outliers: [String: Bool],
        context: GeometryContext
    ) throws -> [String: EconomicGeography.Placement] {
        let prepared = try area.prepared()
        let withPoint = members.filter { $0.location != nil }
        let planar = try transformer.forward(withPoint.compactMap(\.location))
        var result: [String: EconomicGeography.Placement] = [:]
        for member in members where member.location == nil {
            result[member.id] = .init(inside: nil, distanceKm: nil, outlier: false)
        }
        for (member, point) in zip(withPoint, planar) {
            let geometry = try Geometry.point(point, in: context)
            let inside = try prepared.covers(geometry)
            let distance = inside ? 0 : try area.distance(to: geometry) / 1000
            result[member.id] = .init(inside: inside, distanceKm: distance, outlier: outliers[member.id] ?? false)
        }
        return result
    }

    /// The geography back in WGS84 longitude, latitude: rounded to 6 decimals, valid, RFC 7946 orientation.
    private func lonLatPolygons(
        of area: Geometry, transformer: Transformer, context: GeometryContext
    ) throws -> [[[Coordinate]]] {
        var parts: [Geometry] = []
        for rings in try area.polygons() {
            let lonLatRings = try rings.map { try transformer.inverse($0) }
            guard let shell = lonLatRings.first else { continue }
            parts.append(try Geometry.polygon(shell: shell, holes: Array(lonLatRings.dropFirst()), in: context))
        }
        var lonLat = try Geometry.collection(parts, as: .multiPolygon, in: context).snappedToGrid(gridSize: 1e-6)
        if try !lonLat.isValid() { lonLat = try lonLat.makeValid() }
        return RingOrientation.rfc7946(try lonLat.polygons())
    }
}
