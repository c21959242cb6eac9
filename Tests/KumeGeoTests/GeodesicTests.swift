import KumeGeo
import Testing

@Suite("Geodesic")
struct GeodesicTests {
    @Test("One degree of longitude along the equator is 2πa/360 = 111,319.4908 m")
    func equatorDegree() {
        // Hand calculation: along the equator the geodesic is the equatorial arc, a = 6,378,137 m (WGS84).
        let expected = 2 * Double.pi * 6_378_137 / 360
        let metres = Geodesic.distanceMetres(
            from: Coordinate(longitude: 30, latitude: 0), to: Coordinate(longitude: 31, latitude: 0))
        #expect(abs(metres - expected) < 1e-6)
    }

    @Test("Many distances from one point equal the one-by-one distances")
    func bulk() {
        let bursa = Coordinate(longitude: 29.06111, latitude: 40.18222)
        let others = [Coordinate(longitude: 32.85411, latitude: 39.92077), Coordinate(longitude: 27.14283, latitude: 38.42372)]
        #expect(Geodesic.distancesMetres(from: bursa, to: others)
            == others.map { Geodesic.distanceMetres(from: bursa, to: $0) })
    }

    @Test("Distances between eight cities equal pyproj's Geod.inv to 1 µm",
          arguments: (try? ProjectionFixture.load().geodesics) ?? [])
    func matchesPyproj(_ row: ProjectionFixture.GeodesicCase) {
        let metres = Geodesic.distanceMetres(
            from: Coordinate(x: row.from[0], y: row.from[1]), to: Coordinate(x: row.to[0], y: row.to[1]))
        #expect(abs(metres - row.metres) < 1e-6, "\(row.pair)")
    }

    @Test("A latitude beyond 90 gives NaN, not a distance")
    func invalidLatitude() {
        #expect(Geodesic.distanceMetres(
            from: Coordinate(longitude: 30, latitude: 95), to: Coordinate(longitude: 30, latitude: 40)).isNaN)
    }
}
