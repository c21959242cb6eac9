import KumeGeo
import Testing

@Suite("RingOrientation")
struct RingOrientationTests {
    let square = [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 1),
                  Coordinate(x: 0, y: 0)]

    @Test("The unit square listed east then north has doubled signed area +2 (counter-clockwise)")
    func signedArea() {
        // Shoelace by hand: (0·0 − 1·0) + (1·1 − 1·0) + (1·1 − 0·1) + (0·0 − 0·1) = 2.
        #expect(RingOrientation.doubledSignedArea(square) == 2)
        #expect(RingOrientation.isCounterClockwise(square))
        #expect(RingOrientation.doubledSignedArea(square.reversed()) == -2)
    }

    @Test("GEOS's clockwise buffer shell becomes counter-clockwise and a counter-clockwise hole clockwise")
    func rfc7946() throws {
        let context = try GeometryContext()
        let disc = try Geometry.point(Coordinate(x: 0, y: 0), in: context).buffer(distance: 10)
        let shell = try #require(try disc.polygons().first?.first)
        #expect(!RingOrientation.isCounterClockwise(shell), "GEOS 3.11 buffers with a clockwise shell")
        let hole = [Coordinate(x: -1, y: -1), Coordinate(x: 1, y: -1), Coordinate(x: 1, y: 1), Coordinate(x: -1, y: -1)]
        let oriented = [[shell, hole]].orientedForRFC7946()
        #expect(RingOrientation.isCounterClockwise(oriented[0][0]))
        #expect(!RingOrientation.isCounterClockwise(oriented[0][1]))
        // Same ring set, same start, still closed.
        #expect(oriented[0][0].first == shell.first)
        #expect(oriented[0][0].last == shell.first)
        #expect(Set(oriented[0][0]) == Set(shell))
        #expect(oriented[0][1] == [hole[0], hole[2], hole[1], hole[0]])
        // The reoriented polygon is the same polygon.
        let rebuilt = try Geometry.polygon(shell: oriented[0][0], holes: [oriented[0][1]], in: context)
        #expect(try rebuilt.isValid())
        // The hole (-1,-1), (1,-1), (1,1) is a right triangle of area 2.
        #expect(Fixtures.close(try rebuilt.area(), try disc.area() - 2, relative: 1e-12))
    }

    @Test("A ring already in RFC 7946 order and a degenerate ring are left unchanged")
    func unchanged() {
        let flat = [Coordinate(x: 0, y: 0), Coordinate(x: 1, y: 1), Coordinate(x: 0, y: 0)]
        #expect(RingOrientation.rfc7946([[square], [flat]]) == [[square], [flat]])
    }
}
