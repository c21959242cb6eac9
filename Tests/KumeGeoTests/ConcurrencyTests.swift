import KumeGeo
import Testing

/// Each task creates its own contexts from value inputs; the results must equal the sequential ones.
@Suite("Concurrency")
struct ConcurrencyTests {
    /// Work for one task: buffer a seeded cloud of points, union, hull; returns plain values.
    static func geometryWork(seed: UInt64) throws -> [Double] {
        let context = try GeometryContext()
        var random = SplitMix64(seed: seed)
        let points = (0..<200).map { _ in Coordinate(x: random.unit() * 20_000, y: random.unit() * 20_000) }
        let cloud = try Geometry.multiPoint(points, in: context)
        let merged = try cloud.buffer(distance: 1_500).unaryUnion()
        let hull = try cloud.concaveHull(ratio: 0.3, allowHoles: false)
        return [try merged.area(), try hull.area(), try cloud.convexHull().length()]
    }

    @Test("Sixteen tasks with their own GEOS contexts give the sequential results")
    func geometryTasks() async throws {
        let seeds = (1...16).map { UInt64($0) * 7919 }
        let sequential = try seeds.map { try Self.geometryWork(seed: $0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for (index, seed) in seeds.enumerated() {
                group.addTask { (index, try Self.geometryWork(seed: seed)) }
            }
            var results = [[Double]](repeating: [], count: seeds.count)
            for try await (index, values) in group { results[index] = values }
            return results
        }
        #expect(parallel == sequential)
    }

    /// Work for one task: project a seeded cloud in Türkiye to UTM 36N and a local equal-area projection.
    static func projectionWork(seed: UInt64) throws -> [Coordinate] {
        let context = try ProjectionContext()
        var random = SplitMix64(seed: seed)
        let points = (0..<500).map { _ in
            Coordinate(longitude: 26 + random.unit() * 19, latitude: 36 + random.unit() * 6)
        }
        let utm = try Transformer(from: .wgs84, to: .epsg(32636), in: context).forward(points)
        let local = try LocalProjection.equalArea(around: points)
        let laea = try Transformer(from: .wgs84, to: local.crs, in: context).forward(points)
        return utm + laea
    }

    @Test("Sixteen tasks with their own PROJ contexts give the sequential results")
    func projectionTasks() async throws {
        let seeds = (1...16).map { UInt64($0) * 104_729 }
        let sequential = try seeds.map { try Self.projectionWork(seed: $0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Coordinate]).self) { group in
            for (index, seed) in seeds.enumerated() {
                group.addTask { (index, try Self.projectionWork(seed: seed)) }
            }
            var results = [[Coordinate]](repeating: [], count: seeds.count)
            for try await (index, values) in group { results[index] = values }
            return results
        }
        #expect(parallel == sequential)
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator for test inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
