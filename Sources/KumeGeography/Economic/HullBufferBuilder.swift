import KumeData
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
            let placements = try GeographyPlacing.place(
                members, in: area, transformer: transformer, outliers: outlierByID, context: geometryContext)

            let polygons = try GeographyPlacing.lonLatPolygons(of: area, transformer: transformer, context: geometryContext)
            return EconomicGeography(
                method: Self.methodName,
                parameters: parameters.facts,
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
}
