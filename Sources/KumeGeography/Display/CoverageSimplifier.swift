import KumeGeo

/// Douglas–Peucker simplification of a polygon coverage (polygons that share borders) that simplifies each
/// shared border once, so neighbours keep identical borders: no gaps or overlaps open between them.
///
/// Simplifying each polygon on its own (even with GEOS's `TopologyPreserveSimplify`) moves a shared border
/// differently on its two sides and opens slivers; GEOS 3.11 has no coverage simplifier (that is 3.12's
/// `GEOSCoverageSimplifyVW`), hence this code. The district polygons are a clean coverage: a border vertex
/// appears, bit for bit, in both districts. A vertex is a *node* when its neighbours along all rings are not
/// exactly two points (a junction of three districts, or where a shared border meets the coast or the
/// frontier). Rings are cut at nodes into chains; each chain is simplified once in a canonical direction and
/// reused, reversed where needed, by every ring that holds it. A chain always keeps its end nodes and its
/// farthest interior vertex, so no ring collapses to a line. Chains listed in `kept` are left as they are:
/// the caller keeps the chains of polygons that came out invalid and simplifies again.
enum CoverageSimplifier {
    /// Simplifies every polygon of every feature with `toleranceDegrees` (longitude, latitude degrees).
    /// - Parameters:
    ///   - features: per feature, polygons, each a list of closed rings.
    ///   - kept: chains (in canonical direction) to leave unsimplified.
    /// - Returns: the simplified features, and per feature the canonical chains its rings are made of.
    static func simplify(
        _ features: [[[[Coordinate]]]], toleranceDegrees: Double, keeping kept: Set<[Coordinate]> = []
    ) -> (features: [[[[Coordinate]]]], chains: [Set<[Coordinate]>]) {
        let nodes = findNodes(features)
        var cache: [[Coordinate]: [Coordinate]] = [:]
        for chain in kept { cache[chain] = chain }
        var chainsByFeature: [Set<[Coordinate]>] = []
        let result = features.map { polygons in
            var used = Set<[Coordinate]>()
            let simplified = polygons.map { rings in
                rings.map { ring in
                    simplifyRing(ring, nodes: nodes, tolerance: toleranceDegrees, cache: &cache, used: &used)
                }
            }
            chainsByFeature.append(used)
            return simplified
        }
        return (result, chainsByFeature)
    }

    /// The vertices whose neighbours over all rings are not exactly two distinct points.
    static func findNodes(_ features: [[[[Coordinate]]]]) -> Set<Coordinate> {
        var neighbours: [Coordinate: (Coordinate, Coordinate?)] = [:]
        var nodes = Set<Coordinate>()
        for ring in features.joined().joined() {
            let unique = Array(ring.dropLast())
            let count = unique.count
            guard count >= 3 else { continue }
            for index in 0..<count {
                let vertex = unique[index]
                if nodes.contains(vertex) { continue }
                for neighbour in [unique[(index + count - 1) % count], unique[(index + 1) % count]] {
                    switch neighbours[vertex] {
                    case nil:
                        neighbours[vertex] = (neighbour, nil)
                    case let (first, nil)?:
                        if neighbour != first { neighbours[vertex] = (first, neighbour) }
                    case let (first, second?)?:
                        if neighbour != first && neighbour != second { nodes.insert(vertex) }
                    }
                }
            }
        }
        return nodes
    }

    /// One closed ring, simplified chain by chain.
    private static func simplifyRing(
        _ ring: [Coordinate], nodes: Set<Coordinate>, tolerance: Double, cache: inout [[Coordinate]: [Coordinate]],
        used: inout Set<[Coordinate]>
    ) -> [Coordinate] {
        var unique = Array(ring.dropLast())
        guard unique.count >= 4, ring.first == ring.last else { return ring }
        let nodePositions = unique.indices.filter { nodes.contains(unique[$0]) }
        guard let start = nodePositions.first else {
            // No node: the ring is one closed chain; start it at its smallest vertex so that every ring
            // holding it (an island and the hole around it) agrees.
            let smallest = unique.indices.min { less(unique[$0], unique[$1]) } ?? 0
            unique = Array(unique[smallest...] + unique[..<smallest])
            return chain(unique + [unique[0]], tolerance: tolerance, cache: &cache, used: &used)
        }
        let rotated = Array(unique[start...] + unique[..<start])
        let cuts = rotated.indices.filter { nodes.contains(rotated[$0]) } + [rotated.count]
        var result: [Coordinate] = [rotated[0]]
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let piece = Array(rotated[from..<to]) + [to < rotated.count ? rotated[to] : rotated[0]]
            result += chain(piece, tolerance: tolerance, cache: &cache, used: &used).dropFirst()
        }
        return result
    }

    /// A chain simplified once in its canonical direction (the smaller end first; for a closed chain, the
    /// smaller second vertex first), then returned in the direction asked.
    private static func chain(
        _ points: [Coordinate], tolerance: Double, cache: inout [[Coordinate]: [Coordinate]],
        used: inout Set<[Coordinate]>
    ) -> [Coordinate] {
        guard points.count > 2, let first = points.first, let last = points.last else { return points }
        let forward = first == last ? !less(points[points.count - 2], points[1]) : less(first, last)
        let canonical = forward ? points : points.reversed()
        used.insert(canonical)
        let simplified: [Coordinate]
        if let known = cache[canonical] {
            simplified = known
        } else {
            simplified = first == last ? closedChain(canonical, tolerance: tolerance) : openChain(canonical, tolerance: tolerance)
            cache[canonical] = simplified
        }
        return forward ? simplified : simplified.reversed()
    }

    /// A closed chain split at its vertex farthest from the start, each half simplified.
    private static func closedChain(_ points: [Coordinate], tolerance: Double) -> [Coordinate] {
        let origin = points[0]
        let far = points.indices.max { distanceSquared(points[$0], origin) < distanceSquared(points[$1], origin) } ?? 0
        guard far > 0, far < points.count - 1 else { return points }
        return openChain(Array(points[...far]), tolerance: tolerance)
            + openChain(Array(points[far...]), tolerance: tolerance).dropFirst()
    }

    /// Douglas–Peucker on an open chain, keeping the farthest interior vertex even within tolerance.
    private static func openChain(_ points: [Coordinate], tolerance: Double) -> [Coordinate] {
        guard points.count > 2 else { return points }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1, true)]
        while let (from, to, force) = stack.popLast() {
            guard to - from > 1 else { continue }
            var farthest = from + 1
            var largest = -1.0
            for index in (from + 1)..<to {
                let distance = segmentDistance(points[index], points[from], points[to])
                if distance > largest {
                    largest = distance
                    farthest = index
                }
            }
            if force || largest > tolerance {
                keep[farthest] = true
                stack.append((from, farthest, false))
                stack.append((farthest, to, false))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    private static func less(_ a: Coordinate, _ b: Coordinate) -> Bool {
        a.x < b.x || (a.x == b.x && a.y < b.y)
    }

    private static func distanceSquared(_ a: Coordinate, _ b: Coordinate) -> Double {
        (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)
    }

    /// The planar distance from `p` to the segment `a`–`b`.
    private static func segmentDistance(_ p: Coordinate, _ a: Coordinate, _ b: Coordinate) -> Double {
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        let length = dx * dx + dy * dy
        guard length > 0 else { return distanceSquared(p, a).squareRoot() }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
        return distanceSquared(p, Coordinate(x: a.x + t * dx, y: a.y + t * dy)).squareRoot()
    }
}
