import Foundation
import KumeGeo
import Testing
@testable import KumeData
@testable import KumeGeography

/// Rosters whose firms GEOS 3.11's concave hull cannot handle as they are: on one line, within a metre of
/// one, all at one point, or in groups far apart.
@Suite("HullBufferBuilder on degenerate rosters")
struct DegenerateGeographyTests {
    static let ankara = Coordinate(longitude: 32.8541, latitude: 39.9208)
    static let eskisehir = Coordinate(longitude: 30.5206, latitude: 39.7767)

    func firm(_ id: String, _ location: Coordinate) -> Member {
        Member(id: id, name: "Firm \(id)", type: .firm, nace: NaceCode(canonical: "29.10"), location: location)
    }

    /// Firms at fractions `t` of the straight road from Ankara to Eskişehir — straight in a Lambert azimuthal
    /// equal-area projection centred half-way, as the builder measures — each moved `offsetMetres` across
    /// the road (alternately to either side).
    func road(_ fractions: [Double], offsetMetres: Double = 0) throws -> [Member] {
        let projection = try LocalProjection.equalArea(around: [Self.ankara, Self.eskisehir])
        let transformer = try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
        let a = try transformer.forward(Self.ankara), b = try transformer.forward(Self.eskisehir)
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let normal = Coordinate(x: -(b.y - a.y) / length, y: (b.x - a.x) / length)
        return try fractions.enumerated().map { index, t in
            let side = index.isMultiple(of: 2) ? offsetMetres : -offsetMetres
            let planar = Coordinate(x: a.x + t * (b.x - a.x) + side * normal.x, y: a.y + t * (b.y - a.y) + side * normal.y)
            return firm("F\(index)", try transformer.inverse(planar))
        }
    }

    /// 25 fractions in (0, 1) from a fixed linear congruential sequence (so the test needs no generator).
    static let randomFractions: [Double] = {
        var state: UInt64 = 20170811
        return (0..<25).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
    }()

    /// Area of a segment of length `length` buffered by `buffer` (km), as GEOS draws it: a rectangle 2·b·L and
    /// two half 32-gons, i.e. one 32-gon of area 16·b²·sin(π/16).
    func bufferedSegmentArea(lengthKilometres length: Double, bufferKilometres b: Double) -> Double {
        2 * b * length + 16 * b * b * sin(Double.pi / 16)
    }

    /// The distance in km between the outermost of the kept firms, measured as the builder measures (geodesic
    /// distance is within 0.1 % of the local projection's over 200 km).
    func spanKilometres(_ firms: [Member], kept: [String]) throws -> Double {
        let points = firms.filter { kept.contains($0.id) }.compactMap(\.location)
        var longest = 0.0
        for a in points { for b in points { longest = max(longest, Geodesic.distanceMetres(from: a, to: b) / 1000) } }
        return longest
    }

    func expectEveryKeptFirmInside(_ geography: EconomicGeography) {
        for id in geography.firmsUsed {
            #expect(geography.placements[id]?.inside == true, "kept firm \(id) is not inside")
            #expect(geography.placements[id]?.outlier == false)
        }
    }

    @Test("25 firms at random points on a straight road give a buffered line with every kept firm inside")
    func straightRoad() throws {
        let firms = try road(Self.randomFractions)
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "road.csv")
        expectEveryKeptFirmInside(geography)
        let expected = bufferedSegmentArea(
            lengthKilometres: try spanKilometres(firms, kept: geography.firmsUsed), bufferKilometres: 5)
        #expect(abs(geography.areaSquareKilometres - expected) / expected < 5e-3)
        #expect(geography.parts == 1)
        #expect(geography.polygons.count == 1)
    }

    @Test("The same firms 1 m off the road give the same buffered line")
    func nearlyStraightRoad() throws {
        let onRoad = try road(Self.randomFractions)
        let offRoad = try road(Self.randomFractions, offsetMetres: 1)
        let line = try HullBufferBuilder().build(firms: onRoad, members: onRoad, source: "road.csv")
        let nearLine = try HullBufferBuilder().build(firms: offRoad, members: offRoad, source: "road.csv")
        expectEveryKeptFirmInside(nearLine)
        #expect(nearLine.firmsUsed == line.firmsUsed)
        // 2 m of width over about 200 km adds at most 0.4 km² to some 2,000 km².
        #expect(abs(nearLine.areaSquareKilometres - line.areaSquareKilometres) < 0.5)
    }

    @Test("Evenly spaced firms on a road: nobody is an outlier, not even the two ends")
    func evenlySpacedRoad() throws {
        let firms = try road((0..<25).map { Double($0) / 24 })
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "road.csv")
        #expect(geography.outliers(in: firms).isEmpty)
        #expect(geography.firmsUsed.count == 25)
        expectEveryKeptFirmInside(geography)
        // The segment from Ankara to Eskişehir, buffered.
        let expected = bufferedSegmentArea(lengthKilometres: Self.ankara.distanceKilometres(to: Self.eskisehir), bufferKilometres: 5)
        #expect(abs(geography.areaSquareKilometres - expected) / expected < 5e-3)
    }

    @Test("Firms all at one point give the buffer's disc")
    func onePoint() throws {
        let firms = (0..<10).map { firm("F\($0)", Self.ankara) }
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "t")
        let disc = 16 * 25 * sin(Double.pi / 16)  // a 32-gon of radius 5 km
        #expect(abs(geography.areaSquareKilometres - disc) / disc < 1e-6)
        expectEveryKeptFirmInside(geography)
    }

    @Test("12 firms in İstanbul and 12 in Ankara give two parts and a note, and nothing in Kocaeli")
    func twoCities() throws {
        let istanbul = Coordinate(longitude: 28.9784, latitude: 41.0082)
        let grid = { (centre: Coordinate, prefix: String) -> [Member] in
            (0..<12).map { i in
                self.firm("\(prefix)\(i)", Coordinate(longitude: centre.x + Double(i % 4) * 0.03, latitude: centre.y + Double(i / 4) * 0.03))
            }
        }
        let firms = grid(istanbul, "I") + grid(Self.ankara, "A")
        let izmit = Member(id: "K", name: "Kocaeli", type: .university, location: Coordinate(longitude: 29.9187, latitude: 40.7654))
        let geography = try HullBufferBuilder().build(firms: firms, members: firms + [izmit], source: "t")
        #expect(geography.parts == 2)
        #expect(geography.polygons.count == 2)
        #expect(geography.notes.first == .separateGroups(firmsPerGroup: [12, 12], distanceKilometres: 50))
        #expect(geography.placements["K"]?.inside == false)
        // The two cities' own hull-buffers, far less than the 4,871 km² strip of one hull. Each city alone is
        // projected around itself, the pair around a point between them, where 5 km measure a little
        // differently: hence 1e-4, not rounding error.
        let alone = try [grid(istanbul, "I"), grid(Self.ankara, "A")].map {
            try HullBufferBuilder().build(firms: $0, members: $0, source: "t").areaSquareKilometres
        }
        #expect(abs(geography.areaSquareKilometres - alone.reduce(0, +)) / geography.areaSquareKilometres < 1e-4)
        expectEveryKeptFirmInside(geography)
    }

    @Test("Three far groups of two firms each give three stadiums")
    func threeGroups() throws {
        let centres = [Self.ankara, Self.eskisehir, Coordinate(longitude: 35.4787, latitude: 38.7312)]
        let firms = centres.enumerated().flatMap { index, centre in
            [firm("G\(index)a", centre), firm("G\(index)b", Coordinate(longitude: centre.x + 0.05, latitude: centre.y))]
        }
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "t")
        #expect(geography.parts == 3)
        #expect(geography.polygons.count == 3)
        expectEveryKeptFirmInside(geography)
    }

    @Test("One firm and two firms 10 km apart are inside their disc and stadium")
    func oneAndTwo() throws {
        let east = Coordinate(longitude: Self.ankara.x + 0.117, latitude: Self.ankara.y)
        for firms in [[firm("A", Self.ankara)], [firm("A", Self.ankara), firm("B", east)]] {
            let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "t")
            expectEveryKeptFirmInside(geography)
            #expect(geography.parts == 1)
        }
    }
}
