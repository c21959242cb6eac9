import Foundation
import KumeGeo
import Testing

@Suite("STRtree")
struct STRtreeTests {
    /// 3000 seeded random points plus 500 small squares in a 10 km box, and their coordinates.
    static func items(in context: GeometryContext) throws -> (geometries: [Geometry], boxes: [(Coordinate, Coordinate)]) {
        var random = SplitMix64(seed: 42)
        var geometries: [Geometry] = []
        var boxes: [(Coordinate, Coordinate)] = []
        for index in 0..<3500 {
            let x = random.unit() * 10_000, y = random.unit() * 10_000
            if index < 3000 {
                geometries.append(try Geometry.point(Coordinate(x: x, y: y), in: context))
                boxes.append((Coordinate(x: x, y: y), Coordinate(x: x, y: y)))
            } else {
                let side = random.unit() * 200
                let shell = [Coordinate(x: x, y: y), Coordinate(x: x + side, y: y),
                             Coordinate(x: x + side, y: y + side), Coordinate(x: x, y: y + side)]
                geometries.append(try Geometry.polygon(shell: shell, in: context))
                boxes.append((Coordinate(x: x, y: y), Coordinate(x: x + side, y: y + side)))
            }
        }
        return (geometries, boxes)
    }

    @Test("Envelope queries return exactly the brute-force matches, sorted", arguments: [2, 10, 32])
    func queryEqualsBruteForce(nodeCapacity: Int) throws {
        let context = try GeometryContext()
        let (geometries, boxes) = try Self.items(in: context)
        let tree = try STRtree(geometries, nodeCapacity: nodeCapacity, in: context)
        var random = SplitMix64(seed: 7)
        for _ in 0..<100 {
            let x = random.unit() * 10_000, y = random.unit() * 10_000, w = random.unit() * 1_500
            let query = (min: Coordinate(x: x, y: y), max: Coordinate(x: x + w, y: y + w * 0.7))
            let expected = boxes.indices.filter { index in
                let (low, high) = boxes[index]
                return low.x <= query.max.x && high.x >= query.min.x && low.y <= query.max.y && high.y >= query.min.y
            }
            #expect(try tree.query(intersecting: query) == expected)
        }
    }

    @Test("The nearest point equals the brute-force nearest by Euclidean distance")
    func nearestEqualsBruteForce() throws {
        let context = try GeometryContext()
        var random = SplitMix64(seed: 11)
        let coordinates = (0..<2000).map { _ in Coordinate(x: random.unit() * 10_000, y: random.unit() * 10_000) }
        let tree = try STRtree(try coordinates.map { try Geometry.point($0, in: context) }, in: context)
        for _ in 0..<200 {
            let target = Coordinate(x: random.unit() * 12_000 - 1_000, y: random.unit() * 12_000 - 1_000)
            let expected = coordinates.indices.min { a, b in
                hypot(coordinates[a].x - target.x, coordinates[a].y - target.y)
                    < hypot(coordinates[b].x - target.x, coordinates[b].y - target.y)
            }
            #expect(try tree.nearest(to: try Geometry.point(target, in: context)) == expected)
        }
    }

    @Test("An empty tree finds nothing, and a capacity below 2 is refused")
    func emptyAndInvalid() throws {
        let context = try GeometryContext()
        let tree = try STRtree([], in: context)
        #expect(try tree.query(intersecting: (Coordinate(x: -1, y: -1), Coordinate(x: 1, y: 1))) == [])
        #expect(try tree.nearest(to: try Geometry.point(Coordinate(x: 0, y: 0), in: context)) == nil)
        #expect(throws: GeometryError.self) { try STRtree([], nodeCapacity: 1, in: context) }
    }
}
