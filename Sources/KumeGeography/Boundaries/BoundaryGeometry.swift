import KumeGeo

/// Conversions between plain rings and GEOS geometries, and equal-area measurement, for the boundaries.
///
/// Rings are `[[[Coordinate]]]`: polygons, each a list of closed rings, exterior first.
enum BoundaryGeometry {
    /// A multipolygon built from `polygons` in `context`.
    static func geometry(_ polygons: [[[Coordinate]]], in context: GeometryContext) throws -> Geometry {
        let parts = try polygons.compactMap { rings -> Geometry? in
            guard let shell = rings.first else { return nil }
            return try Geometry.polygon(shell: shell, holes: Array(rings.dropFirst()), in: context)
        }
        return try Geometry.collection(parts, as: .multiPolygon, in: context)
    }

    /// The polygons of a district record as rings.
    static func rings(_ polygons: [RingPolygon]) -> [[[Coordinate]]] {
        polygons.map { [$0.shell] + $0.holes }
    }

    /// The area enclosed by `polygons` (longitude, latitude) in km², measured after projecting every vertex
    /// with `transformer` (to an equal-area CRS in metres). Edges are straight in the projected plane.
    static func areaSquareKilometres(_ polygons: [[[Coordinate]]], transformer: Transformer) throws -> Double {
        var total = 0.0
        for rings in polygons {
            for (index, ring) in rings.enumerated() {
                let area = abs(RingOrientation.doubledSignedArea(try transformer.forward(ring))) / 2
                total += index == 0 ? area : -area
            }
        }
        return total / 1e6
    }

    /// Runs a KumeGeo call, turning its error into `BoundaryError.geometry` about `subject`.
    static func run<T>(_ subject: @autoclosure () -> String, _ body: () throws -> T) throws(BoundaryError) -> T {
        do {
            return try body()
        } catch {
            throw .geometry(subject: subject(), message: String(describing: error))
        }
    }
}

extension BoundaryGeometry {
    /// The polygons of `geometry` as rings, skipping the points and lines a repair may leave in a collection.
    static func polygonalRings(of geometry: Geometry) throws -> [[[Coordinate]]] {
        switch try geometry.type {
        case .polygon, .multiPolygon:
            return try geometry.polygons()
        case .geometryCollection:
            var result: [[[Coordinate]]] = []
            for index in 0..<(try geometry.count) {
                result += try polygonalRings(of: try geometry.part(index))
            }
            return result
        default:
            return []
        }
    }
}
