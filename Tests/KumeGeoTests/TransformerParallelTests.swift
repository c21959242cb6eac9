import KumeGeo
import Testing

@Suite("Transformer.transform in parallel")
struct TransformerParallelTests {
    static func points(_ count: Int) -> [Coordinate] {
        var random = SplitMix64(seed: 2017)
        return (0..<count).map { _ in Coordinate(longitude: 26 + random.unit() * 19, latitude: 36 + random.unit() * 6) }
    }

    @Test("Chunked parallel transforms equal one sequential bulk transform", arguments: [1, 2, 3, 7])
    func equalsSequential(tasks: Int) async throws {
        let points = Self.points(10_001)
        let sequential = try Transformer(from: .wgs84, to: .epsg(32636), in: try ProjectionContext()).forward(points)
        let parallel = try await Transformer.transform(points, from: .wgs84, to: .epsg(32636), tasks: tasks)
        #expect(parallel == sequential)
        let back = try await Transformer.transform(
            parallel, from: .wgs84, to: .epsg(32636), direction: .inverse, tasks: tasks)
        let inverse = try Transformer(from: .wgs84, to: .epsg(32636), in: try ProjectionContext()).inverse(sequential)
        #expect(back == inverse)
    }

    @Test("A bad coordinate in a later chunk is reported with its index in the whole array")
    func globalIndex() async throws {
        var points = Self.points(9_000)
        points[7_000] = Coordinate(longitude: 33, latitude: 95)
        points[8_500] = Coordinate(longitude: 33, latitude: -91)
        let error = try await #require(throws: ProjectionError.self) {
            try await Transformer.transform(points, from: .wgs84, to: .epsg(32636), tasks: 3)
        }
        #expect(error.index == 7_000)
        #expect(try await Transformer.transform([], from: .wgs84, to: .epsg(32636), tasks: 2) == [])
    }
}
