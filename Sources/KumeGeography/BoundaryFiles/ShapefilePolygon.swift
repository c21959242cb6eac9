import KumeGeo

/// One polygon record of a shapefile: its rings exactly as stored.
///
/// The ESRI specification stores outer rings clockwise and holes counter-clockwise, each closed
/// (first point repeated last). `polygons()` groups them into shells with their holes.
public struct ShapefilePolygon: Sendable, Hashable {
    /// The record number from the record header (1-based in a valid file).
    public var recordNumber: Int
    /// The rings in file order, in the file's coordinates (here longitude, latitude, WGS84); empty for a
    /// null shape.
    public var rings: [[Coordinate]]
    /// The bounding box stored in the record (minimum and maximum corner); nil for a null shape.
    public var boundingBox: BoundingBox?

    /// A box given by its minimum (south-west) and maximum (north-east) corners.
    public struct BoundingBox: Sendable, Hashable {
        /// The corner with the smallest x and y.
        public var minimum: Coordinate
        /// The corner with the largest x and y.
        public var maximum: Coordinate

        /// Creates a box from its corners.
        public init(minimum: Coordinate, maximum: Coordinate) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// Creates a record from its number, rings and stored bounding box.
    public init(recordNumber: Int, rings: [[Coordinate]], boundingBox: BoundingBox?) {
        self.recordNumber = recordNumber
        self.rings = rings
        self.boundingBox = boundingBox
    }

    /// The number of vertices over all rings.
    public var vertexCount: Int { rings.reduce(0) { $0 + $1.count } }

    /// The rings grouped into polygons: each clockwise ring is a shell, and each counter-clockwise ring
    /// a hole of the smallest shell that contains its first vertex.
    ///
    /// A record with no clockwise ring (written by software that ignored the orientation rule) has each
    /// of its rings taken as a shell. A hole that lies in no shell is kept as a shell of its own, so no
    /// area is lost; GEOS validation then reports whatever is wrong.
    public func polygons() -> [RingPolygon] {
        let areas = rings.map(Self.signedArea)
        let shellIndices = rings.indices.filter { areas[$0] < 0 }
        if shellIndices.isEmpty {
            return rings.filter { !$0.isEmpty }.map { RingPolygon(shell: $0, holes: []) }
        }
        var result = shellIndices.map { RingPolygon(shell: rings[$0], holes: []) }
        for index in rings.indices where areas[index] >= 0 && !rings[index].isEmpty {
            let probe = rings[index][0]
            let containing = shellIndices.indices
                .filter { Self.contains(ring: rings[shellIndices[$0]], point: probe) }
                .min { abs(areas[shellIndices[$0]]) < abs(areas[shellIndices[$1]]) }
            if let owner = containing {
                result[owner].holes.append(rings[index])
            } else {
                result.append(RingPolygon(shell: rings[index], holes: []))
            }
        }
        return result
    }

    /// The signed planar (shoelace) area of a ring in squared input units, positive when
    /// counter-clockwise (x east, y north).
    static func signedArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y
        }
        sum += ring[ring.count - 1].x * ring[0].y - ring[0].x * ring[ring.count - 1].y
        return sum / 2
    }

    /// Whether `point` lies inside `ring` by the even–odd crossing rule.
    static func contains(ring: [Coordinate], point: Coordinate) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i]
            let b = ring[j]
            if (a.y > point.y) != (b.y > point.y),
                point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x
            {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
