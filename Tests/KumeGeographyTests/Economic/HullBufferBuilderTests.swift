import Foundation
import KumeGeo
import Testing
@testable import KumeData
@testable import KumeGeography

@Suite("HullBufferBuilder")
struct HullBufferBuilderTests {
    static let bursa = Coordinate(longitude: 29.06111, latitude: 40.18222)

    func firm(_ id: String, _ location: Coordinate?) -> Member {
        Member(id: id, name: "Firm \(id)", type: .firm, nace: NaceCode(canonical: "29.10"), location: location)
    }

    /// A buffer of a point with 8 segments per quadrant is a regular 32-gon inscribed in the circle:
    /// area = ½·32·r²·sin(2π/32) = 16·r²·sin(π/16). The projection is equal-area, so this is exact.
    func discAreaSquareKilometres(radiusKilometres r: Double) -> Double {
        16 * r * r * sin(Double.pi / 16)
    }

    @Test("One firm's geography is its 5 km buffer: a 32-gon of 78.036 km²")
    func oneFirm() throws {
        let geography = try HullBufferBuilder().build(firms: [firm("1", Self.bursa)], members: [firm("1", Self.bursa)], source: "t")
        let expected = discAreaSquareKilometres(radiusKilometres: 5)  // 78.036128806…
        #expect(abs(geography.areaSquareKilometres - expected) / expected < 1e-6)
        #expect(geography.method == "hull-buffer")
        #expect(geography.projection.contains("+proj=laea"))
        #expect(geography.placements["1"] == .init(inside: true, distanceKm: 0, outlier: false))
    }

    @Test("Two firms 10 km apart make a stadium: 2·r·L plus the disc")
    func twoFirms() throws {
        let north = Coordinate(longitude: 29.06111, latitude: 40.18222 + 10 / 111.0)
        let firms = [firm("1", Self.bursa), firm("2", north)]
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "t")
        let lengthKilometres = Geodesic.distanceMetres(from: Self.bursa, to: north) / 1000
        let expected = 2 * 5 * lengthKilometres + discAreaSquareKilometres(radiusKilometres: 5)
        // Distances in the local projection are within 0.1 % of geodesic ones this close to its centre.
        #expect(abs(geography.areaSquareKilometres - expected) / expected < 1e-3)
    }

    @Test("An institution 20 km east of a lone firm is 15 km outside a 5 km buffer")
    func distanceOutside() throws {
        let university = Member(
            id: "U", name: "University", type: .university, location: Coordinate(longitude: 29.06111 + 0.2349, latitude: 40.18222))
        let firms = [firm("1", Self.bursa)]
        let geography = try HullBufferBuilder().build(firms: firms, members: firms + [university], source: "t")
        let geodesicKilometres = try #require(university.location).distanceKilometres(to: Self.bursa)
        let placement = try #require(geography.placements["U"])
        #expect(placement.inside == false)
        // 32-gon chord sagitta r·(1 − cos(π/32)) = 0.024 km bounds the polygon's departure from the circle.
        #expect(abs(try #require(placement.distanceKm) - (geodesicKilometres - 5)) < 0.03)
    }

    @Test("A firm 60 km from a tight cluster is named an outlier and left out of the hull unless kept")
    func outliers() throws {
        var firms: [Member] = []
        for i in 0..<5 {
            for j in 0..<4 {
                firms.append(firm("\(i)-\(j)", Coordinate(longitude: 29.0 + Double(i) * 0.01, latitude: 40.2 + Double(j) * 0.01)))
            }
        }
        let far = firm("far", Coordinate(longitude: 29.7, latitude: 40.2))
        let all = firms + [far]
        let geography = try HullBufferBuilder().build(firms: all, members: all, source: "t")
        #expect(geography.outliers(in: all) == ["far"])
        #expect(geography.placements["far"]?.inside == false)
        #expect(!geography.firmsUsed.contains("far"))

        // Kept, the far firm is more than 50 km from the others: a part of its own, a 5 km disc (a 32-gon).
        let kept = try HullBufferBuilder(parameters: GeographyParameters(keepOutliers: true)).build(firms: all, members: all, source: "t")
        #expect(kept.outliers(in: all) == ["far"])
        #expect(kept.placements["far"]?.inside == true)
        #expect(kept.parts == 2)
        let disc = discAreaSquareKilometres(radiusKilometres: 5)
        #expect(abs(kept.areaSquareKilometres - geography.areaSquareKilometres - disc) / disc < 1e-6)
    }

    @Test("The polygon comes back in lon/lat, counter-clockwise, valid after rounding to 6 decimals")
    func outputPolygon() throws {
        let firms = (0..<12).map { firm("\($0)", Coordinate(longitude: 29 + Double($0 % 4) * 0.05, latitude: 40 + Double($0 / 4) * 0.04)) }
        let geography = try HullBufferBuilder().build(firms: firms, members: firms, source: "t")
        let context = try GeometryContext()
        for rings in geography.polygons {
            let shell = try #require(rings.first)
            #expect(RingOrientation.isCounterClockwise(shell))
            #expect(shell.allSatisfy { abs(($0.x * 1e6).rounded() - $0.x * 1e6) < 1e-6 && abs(($0.y * 1e6).rounded() - $0.y * 1e6) < 1e-6 })
            let polygon = try Geometry.polygon(shell: shell, holes: Array(rings.dropFirst()), in: context)
            #expect(try polygon.isValid())
            #expect(shell.allSatisfy { (28.8...29.4).contains($0.x) && (39.9...40.2).contains($0.y) })
        }
    }

    @Test("A member without a point has no placement values")
    func noPoint() throws {
        let firms = [firm("1", Self.bursa)]
        let chamber = Member(id: "C", name: "Chamber", type: .chamberOfIndustry)
        let geography = try HullBufferBuilder().build(firms: firms, members: firms + [chamber], source: "t")
        #expect(geography.placements["C"] == .init(inside: nil, distanceKm: nil, outlier: false))
    }

    @Test("No firm with a point, or parameters out of range, are errors saying what to do")
    func errors() {
        #expect(throws: GeographyError.self) {
            try HullBufferBuilder().build(firms: [firm("1", nil)], members: [], source: "roster.csv")
        }
        #expect(throws: GeographyError.self) {
            try HullBufferBuilder(parameters: GeographyParameters(concavity: 1.5)).build(firms: [firm("1", Self.bursa)], members: [], source: "t")
        }
        #expect(throws: GeographyError.self) {
            try HullBufferBuilder(parameters: GeographyParameters(bufferKilometres: 0)).build(firms: [firm("1", Self.bursa)], members: [], source: "t")
        }
    }
}

extension Coordinate {
    /// Geodesic distance on WGS84 in kilometres (PROJ's geodesic, independent of the builder).
    func distanceKilometres(to other: Coordinate) -> Double {
        Geodesic.distanceMetres(from: self, to: other) / 1000
    }
}
