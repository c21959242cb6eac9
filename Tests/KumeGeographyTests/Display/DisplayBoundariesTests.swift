import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

@Suite("DisplayBoundaries")
struct DisplayBoundariesTests {
    @Test(
        "Simplified districts are valid after rounding to 6 decimals, with no gaps or overlaps between them",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func validAndGapless() throws {
        let original = try BoundaryTestSupport.administrativeBoundaries()
        let display = try original.simplifiedForDisplay()
        let boundaries = display.boundaries
        #expect(display.toleranceDegrees == 0.001)
        #expect(display.verticesAfter < display.verticesBefore / 3, "\(display.verticesBefore) → \(display.verticesAfter)")
        #expect(display.repairedDistrictCodes.isEmpty)
        #expect(boundaries.districts.count == 973 && boundaries.provinces.count == 81)

        let context = try GeometryContext()
        var geometries: [Geometry] = []
        for district in boundaries.districts {
            for ring in district.polygons.joined() {
                // Rounded: every coordinate is a whole number of millionths (within float error).
                #expect(ring.allSatisfy { abs($0.x * 1e6 - ($0.x * 1e6).rounded()) < 1e-6 })
            }
            let geometry = try BoundaryGeometry.geometry(district.polygons, in: context)
            #expect(try geometry.isValid(), "\(district.code)")
            geometries.append(geometry)
        }
        for province in boundaries.provinces {
            #expect(try BoundaryGeometry.geometry(province.polygons, in: context).isValid(), "\(province.name)")
        }
        // No overlaps: the districts' areas add up to their union's area (in squared degrees, planar).
        let union = try Geometry.collection(geometries, as: .geometryCollection, in: context).unaryUnion()
        let sum = try geometries.reduce(0) { $0 + (try $1.area()) }
        let unionArea = try union.area()
        #expect(abs(sum - unionArea) / sum < 1e-12, "overlap \(sum - unionArea) deg²")
        // No gaps: every original district interior point still lies in its own simplified district,
        // and the total area stays within 0.1 % of the original (780,230 km², data/README).
        let locator = try PlaceLocator(boundaries: boundaries)
        var misplaced: [String] = []
        for row in try BoundaryTestSupport.districtPoints() {
            let point = Coordinate(longitude: Double(row["pos_lon"] ?? "") ?? .nan, latitude: Double(row["pos_lat"] ?? "") ?? .nan)
            if try locator.place(at: point)?.districtCode != row["pcode"] { misplaced.append(row["pcode"] ?? "") }
        }
        // An interior point closer than the tolerance to a border may change sides; allow very few.
        #expect(misplaced.count <= 5, "\(misplaced)")
        let total = boundaries.provinces.reduce(0) { $0 + $1.areaSquareKilometres }
        #expect(abs(total - 780_230) / 780_230 < 0.001, "\(total) km²")
        let districtTotal = boundaries.districts.reduce(0) { $0 + $1.areaSquareKilometres }
        #expect(abs(districtTotal - total) / total < 1e-6)
    }

    @Test("Rounding keeps 6 decimals and drops repeated vertices")
    func rounding() {
        // Hand calculation: 30.1234564 → 30.123456, 30.1234566 → 30.123457; the repeat is dropped.
        let ring = [
            Coordinate(x: 30.1234564, y: 40.0000004), Coordinate(x: 30.1234562, y: 40.0000001),
            Coordinate(x: 30.1234566, y: 40.5), Coordinate(x: 30.1234564, y: 40.0000004),
        ]
        #expect(
            AdministrativeBoundaries.rounded(ring) == [
                Coordinate(x: 30.123456, y: 40), Coordinate(x: 30.123457, y: 40.5), Coordinate(x: 30.123456, y: 40),
            ])
    }

    @Test("Two squares sharing a jagged border keep one identical border after simplification")
    func sharedBorder() {
        // Left square 0…1 × 0…1 and right square 1…2 × 0…1 share the border x ≈ 1 with small zigzags
        // (0.0001 off the line), which a 0.001 tolerance removes — identically on both sides.
        let border = [Coordinate(x: 1, y: 0), Coordinate(x: 1.0001, y: 0.25), Coordinate(x: 0.9999, y: 0.5),
                      Coordinate(x: 1.0001, y: 0.75), Coordinate(x: 1, y: 1)]
        let left = [Coordinate(x: 0, y: 0)] + border + [Coordinate(x: 0, y: 1), Coordinate(x: 0, y: 0)]
        let right = border.reversed() + [Coordinate(x: 2, y: 0), Coordinate(x: 2, y: 1), Coordinate(x: 1, y: 1)]
        let result = CoverageSimplifier.simplify([[[left]], [[right]]], toleranceDegrees: 0.001).features
        let leftBorder = result[0][0][0].filter { $0.x > 0.5 && $0.x < 1.5 }
        let rightBorder = result[1][0][0].filter { $0.x > 0.5 && $0.x < 1.5 }
        // Each side keeps the border's ends and its farthest interior vertex (never fewer than 3 points).
        #expect(Set(leftBorder) == Set(rightBorder))
        #expect(Set(leftBorder) == [Coordinate(x: 1, y: 0), Coordinate(x: 1.0001, y: 0.25), Coordinate(x: 1, y: 1)])
        // The outer corners are nodes or chain ends and stay.
        #expect(result[1][0][0].contains(Coordinate(x: 2, y: 1)))
    }
}
