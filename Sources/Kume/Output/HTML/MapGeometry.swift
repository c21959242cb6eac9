import KumeGeo

/// Areas and lines made ready to draw: clipped to a rectangle a little larger than the drawing (so clipped edges
/// fall outside it) and simplified with GEOS's topology-preserving Douglas–Peucker at a fraction of a pixel, so
/// the drawing keeps every visible bend and holes stay inside their shells, with far fewer vertices.
struct MapGeometry {
    let context: GeometryContext
    let clip: Geometry
    let clipBounds: PlanarBounds
    /// The simplification tolerance, in metres.
    let toleranceMetres: Double

    init(clipBounds: PlanarBounds, toleranceMetres: Double) throws(GeometryError) {
        do {
            context = try GeometryContext()
            let b = clipBounds
            clip = try Geometry.polygon(
                shell: [Coordinate(x: b.minX, y: b.minY), Coordinate(x: b.maxX, y: b.minY),
                        Coordinate(x: b.maxX, y: b.maxY), Coordinate(x: b.minX, y: b.maxY)],
                in: context)
        } catch let error as GeometryError {
            throw error
        } catch {
            throw GeometryError(operation: "map clip", message: "\(error)")
        }
        self.clipBounds = clipBounds
        self.toleranceMetres = toleranceMetres
    }

    /// The polygons (rings, exterior first) clipped and simplified; empty when none of them shows.
    func areas(_ polygons: [[[Coordinate]]]) throws(GeometryError) -> [[[Coordinate]]] {
        let usable = polygons.filter { ($0.first?.count ?? 0) >= 3 }
        guard let bounds = PlanarBounds(covering: usable.lazy.flatMap { $0.first ?? [] }),
              bounds.intersects(clipBounds) else { return [] }
        return try run("drawing an area") {
            let parts = try usable.map { rings in
                try Geometry.polygon(shell: rings[0], holes: rings.dropFirst().filter { $0.count >= 3 }, in: context)
            }
            var geometry = try Geometry.collection(parts, as: .multiPolygon, in: context)
            let clipped: Geometry
            do {
                clipped = try geometry.intersection(clip)
            } catch {
                // Input that is not valid (a bow-tie, a ring crossing its hole) is repaired before clipping.
                geometry = try geometry.makeValid()
                clipped = try geometry.intersection(clip)
            }
            guard !(try clipped.isEmpty) else { return [] }
            let simplified = try clipped.simplify(tolerance: toleranceMetres, preserveTopology: true)
            return try Self.polygonal(simplified)
        }
    }

    /// The line's parts clipped and simplified.
    func lines(_ parts: [[Coordinate]]) throws(GeometryError) -> [[Coordinate]] {
        let usable = parts.filter { $0.count >= 2 }
        guard let bounds = PlanarBounds(covering: usable.joined()), bounds.intersects(clipBounds) else { return [] }
        return try run("drawing a line") {
            let strings = try usable.map { try Geometry.lineString($0, in: context) }
            let geometry = try Geometry.collection(strings, as: .multiLineString, in: context)
            let simplified = try geometry.intersection(clip).simplify(tolerance: toleranceMetres, preserveTopology: true)
            return try Self.linear(simplified)
        }
    }

    private static func polygonal(_ geometry: Geometry) throws -> [[[Coordinate]]] {
        switch try geometry.type {
        case .polygon, .multiPolygon:
            return try geometry.polygons()
        case .geometryCollection:
            // An intersection can add lines or points where a polygon only touches the clip: keep the areas.
            return try (0..<geometry.count).flatMap { try polygonal(try geometry.part($0)) }
        default:
            return []
        }
    }

    private static func linear(_ geometry: Geometry) throws -> [[Coordinate]] {
        switch try geometry.type {
        case .lineString:
            return [try geometry.coordinates()]
        case .multiLineString, .geometryCollection:
            return try (0..<geometry.count).flatMap { try linear(try geometry.part($0)) }
        default:
            return []
        }
    }

    private func run<T>(_ operation: String, _ body: () throws -> T) throws(GeometryError) -> T {
        do {
            return try body()
        } catch let error as GeometryError {
            throw error
        } catch {
            throw GeometryError(operation: operation, message: "\(error)")
        }
    }
}
