import KumeGeo

/// The observation window of a point pattern: a rectangle or a simple polygon, in metres.
///
/// Ripley's K needs its area and each point's distance to its boundary; Kd's default distances need its
/// diameter.
public struct PatternWindow: Sendable, Equatable {
    /// The window's outline.
    public enum Shape: Sendable, Equatable {
        /// An axis-aligned rectangle [xMin, xMax] × [yMin, yMax], in metres.
        case rectangle(xMin: Double, xMax: Double, yMin: Double, yMax: Double)
        /// A simple polygon given by its vertices (easting, northing in metres), not closed,
        /// in either orientation.
        case polygon([Coordinate])
    }

    /// The outline.
    public let shape: Shape

    /// A rectangle window.
    /// - Parameters: the bounds, in metres.
    /// - Throws: `DistanceMeasureError.invalidWindow` when a bound is not finite or the area is not positive.
    public static func rectangle(xMin: Double, xMax: Double, yMin: Double, yMax: Double)
        throws(DistanceMeasureError) -> PatternWindow {
        guard [xMin, xMax, yMin, yMax].allSatisfy(\.isFinite), xMax > xMin, yMax > yMin else {
            throw .invalidWindow("rectangle [\(xMin), \(xMax)] × [\(yMin), \(yMax)] has no area")
        }
        return PatternWindow(shape: .rectangle(xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax))
    }

    /// A polygon window.
    /// - Parameter vertices: at least 3 vertices (easting, northing in metres); a repeated closing vertex
    ///   is dropped.
    /// - Throws: `DistanceMeasureError.invalidWindow` for fewer than 3 vertices or a zero area.
    public static func polygon(_ vertices: [Coordinate]) throws(DistanceMeasureError) -> PatternWindow {
        var ring = vertices
        if ring.count > 1, ring.first == ring.last { ring.removeLast() }
        guard ring.count >= 3, ring.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw .invalidWindow("a polygon needs at least 3 finite vertices, \(ring.count) given")
        }
        let window = PatternWindow(shape: .polygon(ring))
        guard window.areaSquareMetres > 0 else { throw .invalidWindow("the polygon has zero area") }
        return window
    }

    /// The area, in square metres (shoelace formula for a polygon).
    public var areaSquareMetres: Double {
        switch shape {
        case let .rectangle(xMin, xMax, yMin, yMax):
            return (xMax - xMin) * (yMax - yMin)
        case let .polygon(ring):
            var twice = 0.0
            for i in ring.indices {
                let a = ring[i], b = ring[(i + 1) % ring.count]
                twice += a.x * b.y - b.x * a.y
            }
            return abs(twice) / 2
        }
    }

    /// The largest distance between two points of the window, in metres (spatstat's `diameter`).
    public var diameterMetres: Double {
        switch shape {
        case let .rectangle(xMin, xMax, yMin, yMax):
            return ((xMax - xMin) * (xMax - xMin) + (yMax - yMin) * (yMax - yMin)).squareRoot()
        case let .polygon(ring):
            var best = 0.0
            for i in ring.indices {
                for j in ring.indices where j > i {
                    let dx = ring[i].x - ring[j].x, dy = ring[i].y - ring[j].y
                    best = max(best, dx * dx + dy * dy)
                }
            }
            return best.squareRoot()
        }
    }

    /// The distance from a point inside the window to the window's boundary, in metres
    /// (spatstat's `bdist.points`).
    public func distanceToBoundary(xMetres x: Double, yMetres y: Double) -> Double {
        switch shape {
        case let .rectangle(xMin, xMax, yMin, yMax):
            return min(x - xMin, xMax - x, y - yMin, yMax - y)
        case let .polygon(ring):
            var best = Double.infinity
            for i in ring.indices {
                let a = ring[i], b = ring[(i + 1) % ring.count]
                best = min(best, PatternWindow.segmentDistance(x, y, a, b))
            }
            return best
        }
    }

    /// Whether the point lies inside or on the boundary (even–odd rule).
    public func contains(xMetres x: Double, yMetres y: Double) -> Bool {
        switch shape {
        case let .rectangle(xMin, xMax, yMin, yMax):
            return x >= xMin && x <= xMax && y >= yMin && y <= yMax
        case let .polygon(ring):
            if distanceToBoundary(xMetres: x, yMetres: y) == 0 { return true }
            var inside = false
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.y > y) != (b.y > y), x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x {
                    inside.toggle()
                }
                j = i
            }
            return inside
        }
    }

    private static func segmentDistance(_ x: Double, _ y: Double, _ a: Coordinate, _ b: Coordinate) -> Double {
        let vx = b.x - a.x, vy = b.y - a.y
        let length2 = vx * vx + vy * vy
        var t = length2 > 0 ? ((x - a.x) * vx + (y - a.y) * vy) / length2 : 0
        t = min(1, max(0, t))
        let px = a.x + t * vx - x, py = a.y + t * vy - y
        return (px * px + py * py).squareRoot()
    }
}
