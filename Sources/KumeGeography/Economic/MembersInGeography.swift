import KumeData
import KumeGeo

/// What every geography builder does once it has its area in the local projection: place the members
/// and return the polygons in WGS84.
package enum MembersInGeography {
    /// Places members: inside (covered) or the planar distance to the geography, in kilometres.
    static func place(
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

    /// Places members around a hull buffered by `bufferMetres`, from their distances to the hull: inside when
    /// the distance is at most the buffer (the buffer's exact definition, which the drawn polygon approximates
    /// from inside), and the distance beyond the buffer in kilometres otherwise. Members without a distance
    /// (no point) are placed nowhere.
    static func place(
        _ members: [Member], distanceToHullMetres: [String: Double], bufferMetres: Double, outliers: [String: Bool]
    ) -> [String: EconomicGeography.Placement] {
        var result: [String: EconomicGeography.Placement] = [:]
        for member in members {
            guard let distance = distanceToHullMetres[member.id] else {
                result[member.id] = .init(inside: nil, distanceKm: nil, outlier: false)
                continue
            }
            let inside = distance <= bufferMetres
            result[member.id] = .init(
                inside: inside, distanceKm: inside ? 0 : (distance - bufferMetres) / 1000, outlier: outliers[member.id] ?? false)
        }
        return result
    }

    /// The geography back in WGS84 longitude, latitude: rounded to 6 decimals, valid, RFC 7946 orientation.
    static func lonLatPolygons(
        of area: Geometry, transformer: Transformer, context: GeometryContext
    ) throws -> [[[Coordinate]]] {
        var parts: [Geometry] = []
        for rings in try area.polygons() {
            let lonLatRings = try rings.map { try transformer.inverse($0) }
            guard let shell = lonLatRings.first else { continue }
            parts.append(try Geometry.polygon(shell: shell, holes: Array(lonLatRings.dropFirst()), in: context))
        }
        return try forGeoJSON(Geometry.collection(parts, as: .multiPolygon, in: context))
    }

    /// WGS84 polygons as GeoJSON wants them: rounded to 6 decimals (about 10 cm), still valid (repaired
    /// after rounding if needed), exterior rings counter-clockwise and holes clockwise.
    static func forGeoJSON(_ lonLat: Geometry) throws -> [[[Coordinate]]] {
        var rounded = try lonLat.snappedToGrid(gridSize: 1e-6)
        if try !rounded.isValid() { rounded = try rounded.makeValid() }
        return RingOrientation.rfc7946(try rounded.polygons())
    }

    /// ``forGeoJSON(_:)`` for polygons given as rings (exterior first), WGS84 longitude, latitude.
    package static func forGeoJSON(_ polygons: [[[Coordinate]]], context: GeometryContext) throws -> [[[Coordinate]]] {
        let parts = try polygons.compactMap { rings -> Geometry? in
            guard let shell = rings.first else { return nil }
            return try Geometry.polygon(shell: shell, holes: Array(rings.dropFirst()), in: context)
        }
        return try forGeoJSON(Geometry.collection(parts, as: .multiPolygon, in: context))
    }
}
