import Foundation
import KumeGeo
import Testing
import KumeResources
@testable import KumeGeography

@Suite("PlaceLocator")
struct PlaceLocatorTests {
    @Test(
        "Each of the 973 district interior points is placed in its own district and province",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func districtPoints() throws {
        let locator = try PlaceLocator(boundaries: try BoundaryTestSupport.administrativeBoundaries())
        // data/tables/tr_district_points.csv: interior points (shapely point_on_surface) of each district.
        let rows = try BoundaryTestSupport.districtPoints()
        try #require(rows.count == 973)
        for row in rows {
            let point = Coordinate(
                longitude: try #require(Double(row["pos_lon"] ?? "")), latitude: try #require(Double(row["pos_lat"] ?? "")))
            let place = try #require(try locator.place(at: point), "\(row["pcode"] ?? "") not located")
            #expect(place.districtCode == row["pcode"])
            #expect(place.plate == Int((row["adm1"] ?? "").dropFirst(3)))
        }
    }

    @Test(
        "80 of 81 province centres lie in their own province; Giresun's lies offshore",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func provinceCentres() throws {
        let locator = try PlaceLocator(boundaries: try BoundaryTestSupport.administrativeBoundaries())
        let rows = BoundaryTestSupport.csvRows(EmbeddedData.trProvincesCsv)
        var outside: [String] = []
        for row in rows {
            let point = Coordinate(
                longitude: try #require(Double(row["lon"] ?? "")), latitude: try #require(Double(row["lat"] ?? "")))
            let place = try locator.place(at: point)
            if place?.plate != Int(row["plate"] ?? "") { outside.append(row["name"] ?? "") }
        }
        #expect(outside == ["Giresun"])
    }

    @Test(
        "Points at sea and abroad have no place",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage),
        arguments: [(33.0, 35.0) /* Cyprus */, (34.0, 42.5) /* Black Sea */, (28.0, 36.0) /* Mediterranean */,
                    (44.5, 40.5) /* Armenia */])
    func outside(longitude: Double, latitude: Double) throws {
        let locator = try PlaceLocator(boundaries: try BoundaryTestSupport.administrativeBoundaries())
        #expect(try locator.place(at: Coordinate(longitude: longitude, latitude: latitude)) == nil)
    }

    @Test(
        "Parallel location gives the same answers as one locator, whatever the number of tasks",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func parallel() async throws {
        let boundaries = try BoundaryTestSupport.administrativeBoundaries()
        var generator = BoundaryTestGenerator(seed: 7)
        let points = (0..<2_000).map { _ in
            Coordinate(longitude: 25.6 + 19.3 * generator.nextUnit(), latitude: 35.8 + 6.3 * generator.nextUnit())
        }
        let serial = try PlaceLocator(boundaries: boundaries).districtIndices(of: points)
        for tasks in [1, 2, 3] {
            #expect(try await PlaceLocator.locateInParallel(points, boundaries: boundaries, tasks: tasks) == serial)
        }
        // Roughly 60 % of Türkiye's bounding box is Türkiye: a sanity check, not a measure.
        #expect(serial.compactMap { $0 }.count > 800)
    }
}
