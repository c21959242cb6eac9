import KumeData
import KumeGeo

/// Builds the `provinces` economic geography: the union of the provinces that hold at least
/// ``minimumShare`` of the firms (Türkiye's province polygons, built from the district polygons).
///
/// Members are placed as in `hull-buffer`: inside when a province of the union covers their point, else
/// their distance to it in a local equal-area projection centred on the firms. Nobody is an outlier.
package struct ProvincesBuilder: Sendable {
    /// The method name written in outputs.
    package static let methodName = "provinces"
    /// The share of the firms (0, 1] a province must hold to be part of the geography.
    package var minimumShare: Double

    /// Creates a builder.
    package init(minimumShare: Double = 0.1) {
        self.minimumShare = minimumShare
    }

    /// Builds the geography of `firms` and places every member of `members`.
    /// - Parameters:
    ///   - firms: The firms whose points choose the provinces.
    ///   - members: Every member to place.
    ///   - source: The input's name, for messages.
    ///   - boundaries: The boundaries with their provinces (``AdministrativeBoundaries/load(directory:detail:)``).
    /// - Throws: ``GeographyError`` (``GeographyError/boundaries(_:)`` when no province reaches the share).
    package func build(
        firms: [Member], members: [Member], source: String, boundaries: AdministrativeBoundaries
    ) throws -> EconomicGeography {
        let located = firms.filter { $0.location != nil }
        let lonLat = located.compactMap(\.location)
        guard !lonLat.isEmpty else { throw GeographyError.noFirmWithPoint(source: source) }
        let union: ProvinceGeography
        do {
            union = try PlaceLocator(boundaries: boundaries).provinceGeography(firms: lonLat, minimumShare: minimumShare)
        } catch {
            throw GeographyError.boundaries(error)
        }
        return try Self.geography(
            polygons: union.polygons, areaSquareKilometres: union.areaSquareKilometres, method: Self.methodName,
            parameters: [.init(name: "min_share", value: .number(minimumShare))], firms: located, members: members)
    }

    /// An administrative geography from its WGS84 polygons: projected to a local equal-area projection centred
    /// on the located firms, each member placed (inside, or its distance), nobody an outlier.
    /// - Parameters:
    ///   - polygons: The union's polygons (rings, exterior first), longitude, latitude.
    ///   - firms: The firms with a point (at least one).
    static func geography(
        polygons: [[[Coordinate]]], areaSquareKilometres: Double, method: String,
        parameters: [GeographyFacts.Parameter], firms: [Member], members: [Member]
    ) throws(GeographyError) -> EconomicGeography {
        do {
            let context = try GeometryContext()
            let local = try LocalProjection.equalArea(around: firms.compactMap(\.location))
            let transformer = try Transformer(from: .wgs84, to: local.crs, in: try ProjectionContext())
            var parts: [Geometry] = []
            for rings in polygons {
                let planarRings = try rings.map { try transformer.forward($0) }
                guard let shell = planarRings.first else { continue }
                parts.append(try Geometry.polygon(shell: shell, holes: Array(planarRings.dropFirst()), in: context))
            }
            let area = try Geometry.collection(parts, as: .multiPolygon, in: context)
            let placements = try MembersInGeography.place(
                members, in: area, transformer: transformer, outliers: [:], context: context)
            return EconomicGeography(
                method: method, parameters: parameters, projection: local.definition,
                areaSquareKilometres: areaSquareKilometres,
                polygons: try MembersInGeography.lonLatPolygons(of: area, transformer: transformer, context: context),
                placements: placements,
                firmsUsed: firms.map(\.id))
        } catch let error as GeometryError {
            throw GeographyError.geometry(error)
        } catch let error as ProjectionError {
            throw GeographyError.projection(error)
        } catch let error as GeographyError {
            throw error
        } catch {
            throw GeographyError.invalidParameter(String(describing: error))
        }
    }
}
