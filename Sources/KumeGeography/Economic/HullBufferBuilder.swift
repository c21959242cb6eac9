import KumeData
import KumeGeo

/// Builds the `hull-buffer` economic geography of a roster or of any group of firms.
///
/// Steps: project the firms' points to a Lambert azimuthal equal-area projection centred on them; name
/// outliers by ``OutlierRule``; split the remaining firms into groups that lie more than
/// ``GeographyParameters/groupDistanceKilometres`` apart (one part each, and a note that the roster is not
/// one concentration); take each group's concave hull (GEOS, ratio ``GeographyParameters/concavity``,
/// guarded against the thin point sets GEOS 3.11 cannot trace: see ``TriangulationCheck``); buffer by
/// ``GeographyParameters/bufferKilometres``; union. One firm gives a disc, two a stadium, collinear firms a
/// buffered line.
///
/// A member is inside when its distance to the hull is at most the buffer — the buffer's exact definition;
/// the polygon drawn is GEOS's buffer with 8 segments per quarter circle, whose chords lie inside that set
/// by at most 0.5 % of the buffer (24 m at 5 km). Its `distance_km` is the distance to the hull minus the buffer (0 inside),
/// so a member 2.4 km outside is inside from a buffer 2.4 km wider on. Every kept firm lies in the hull, so
/// it is always inside. Areas and distances are measured in the projection; the polygon is returned in WGS84
/// longitude, latitude rounded to 6 decimals, re-validated.
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
        try build(firms: firms, members: members, source: source, readingConcavities: [])
    }

    /// Builds the geography as ``build(firms:members:source:)`` does and, in the same projection with the same
    /// outliers and groups, each member's distance to the hull at every concavity of `readingConcavities`
    /// (``EconomicGeography/hullReadings``): one hull per concavity (the geography's own is reused), no
    /// buffer — a member is inside the hull buffered by b exactly when that distance is at most b.
    /// - Throws: ``GeographyError``.
    public func build(
        firms: [Member], members: [Member], source: String, readingConcavities: [Double]
    ) throws -> EconomicGeography {
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

            let frame = try PlanarHullBuffer(firms: planar, parameters: parameters, context: geometryContext)
            let hull = try frame.input.hull(concavity: parameters.concavity)
            let bufferMetres = parameters.bufferKilometres * 1000
            let area = try hull.buffered(metres: bufferMetres)

            var outlierByID: [String: Bool] = [:]
            for (index, firm) in located.enumerated() { outlierByID[firm.id] = frame.outliers[index] }
            let withPoint = members.filter { $0.location != nil }
            let memberPoints = try transformer.forward(withPoint.compactMap(\.location))
            let distances = try HullDistances.metres(from: memberPoints, to: hull.geometry, context: geometryContext)
            let placements = MembersInGeography.place(
                members, distanceToHullMetres: Dictionary(zip(withPoint.map(\.id), distances), uniquingKeysWith: { first, _ in first }),
                bufferMetres: bufferMetres, outliers: outlierByID)
            var readings: [HullReadings.Hull] = []
            for concavity in readingConcavities {
                let metres = concavity == parameters.concavity
                    ? distances
                    : try HullDistances.metres(
                        from: memberPoints, to: frame.input.hull(concavity: concavity).geometry, context: geometryContext)
                readings.append(HullReadings.Hull(
                    concavity: concavity,
                    distanceKm: Dictionary(zip(withPoint.map(\.id), metres.map { $0 / 1000 }), uniquingKeysWith: { first, _ in first })))
            }
            let notes = [frame.groupNote(distanceKilometres: parameters.groupDistanceKilometres)].compactMap { $0 } + hull.notes
            let polygons = try MembersInGeography.lonLatPolygons(of: area, transformer: transformer, context: geometryContext)
            var geography = EconomicGeography(
                method: Self.methodName,
                parameters: parameters.facts,
                projection: local.definition,
                areaSquareKilometres: try area.area() / 1_000_000,
                polygons: polygons,
                placements: placements,
                firmsUsed: frame.kept.map { located[$0].id },
                parts: frame.input.groups.count,
                notes: notes
            )
            if !readingConcavities.isEmpty { geography.hullReadings = HullReadings(hulls: readings) }
            return geography
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        } catch let error as ProjectionError {
            throw GeographyError.projection(error)
        }
    }
}
