import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

@Suite("DistrictOverlap")
struct GeographyPlacesTests {
    /// A 15 km circle around 30.1567 E, 40.6978 N (on the Kocaeli–Sakarya border west of Lake Sapanca),
    /// 64 vertices placed by hand with the local spherical approximation
    /// lat = lat0 + (r/R)·cos θ, lon = lon0 + (r/(R cos lat0))·sin θ (degrees), R = 6371.0088 km.
    static func circle() -> [Coordinate] {
        let (lon0, lat0, radius, earth) = (30.1567, 40.6978, 15.0, 6371.0088)
        var ring = (0..<64).map { k -> Coordinate in
            let theta = 2 * Double.pi * Double(k) / 64
            return Coordinate(
                longitude: lon0 + (radius / (earth * cos(lat0 * .pi / 180)) * sin(theta)) * 180 / .pi,
                latitude: lat0 + (radius / earth * cos(theta)) * 180 / .pi)
        }
        ring.append(ring[0])
        return ring
    }

    @Test("The hand-built circle matches the reference script's vertices within 1e-12°")
    func circleMatchesReference() throws {
        let expected = try BoundaryTestSupport.fixtureRows("places_circle.csv")
        let ring = Self.circle()
        try #require(ring.count == expected.count)
        for (vertex, row) in zip(ring, expected) {
            #expect(abs(vertex.longitude - (Double(row["lon"] ?? "") ?? .nan)) < 1e-12)
            #expect(abs(vertex.latitude - (Double(row["lat"] ?? "") ?? .nan)) < 1e-12)
        }
    }

    @Test(
        "A circle across the Kocaeli–Sakarya border reports both provinces and their districts with shapely's shares",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func kocaeliSakarya() throws {
        let locator = try PlaceLocator(boundaries: try BoundaryTestSupport.administrativeBoundaries())
        let places = try locator.places(touching: [[Self.circle()]])
        #expect(places.provinces.map(\.province) == ["Kocaeli", "Sakarya"])
        // scripts/reference/boundaries_places.py: shapely intersections, pyproj geodesic areas.
        let rows = try BoundaryTestSupport.fixtureRows("places_sapanca.csv")
        let circleArea = try #require(Double(rows.first { $0["level"] == "circle" }?["area_km2"] ?? ""))
        #expect(abs(places.areaSquareKilometres - circleArea) / circleArea < 1e-3)
        let expectedDistricts = rows.filter { $0["level"] == "district" }
        #expect(Set(places.districts.compactMap(\.districtCode)) == Set(expectedDistricts.compactMap { $0["code"] }))
        for row in rows where row["level"] != "circle" {
            let share = try #require(Double(row["share"] ?? ""))
            let actual = row["level"] == "province"
                ? places.provinces.first { "TUR" + String(format: "%03d", $0.plate) == row["code"] }
                : places.districts.first { $0.districtCode == row["code"] }
            // Absolute tolerance 0.001 (0.1 % of the circle): straight edges in a projection vs geodesics.
            #expect(abs((actual?.areaShare ?? -1) - share) < 0.001, "\(row["name"] ?? "")")
        }
        #expect(places.provinces.allSatisfy { $0.firmShare == nil && $0.firms == 0 })
        #expect(places.projectionDefinition.contains("+proj=laea"))
    }

    @Test(
        "Firm shares count the members in each touched place, over all members given",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func firmShares() throws {
        let locator = try PlaceLocator(boundaries: try BoundaryTestSupport.administrativeBoundaries())
        let points = try BoundaryTestSupport.districtPoints()
        func point(_ pcode: String) throws -> Coordinate {
            let row = try #require(points.first { $0["pcode"] == pcode })
            return Coordinate(longitude: Double(row["pos_lon"] ?? "") ?? .nan, latitude: Double(row["pos_lat"] ?? "") ?? .nan)
        }
        // 3 in Kartepe (Kocaeli), 2 in Sapanca (Sakarya), 1 in the Black Sea: hand count.
        let kartepe = try point("TUR041011")
        let sapanca = try point("TUR054013")
        let members = [kartepe, kartepe, kartepe, sapanca, sapanca, Coordinate(longitude: 30.5, latitude: 41.5)]
        let places = try locator.places(touching: [[Self.circle()]], members: members)
        #expect(places.firmCount == 6)
        #expect(places.firmsOutsideTurkiye == 1)
        let kocaeli = try #require(places.provinces.first { $0.plate == 41 })
        let sakarya = try #require(places.provinces.first { $0.plate == 54 })
        #expect(kocaeli.firms == 3 && kocaeli.firmShare == 0.5)
        #expect(sakarya.firms == 2 && sakarya.firmShare == 2.0 / 6.0)
        #expect(places.districts.first { $0.districtCode == "TUR054013" }?.firms == 2)
    }

    @Test(
        "The provinces method unions the provinces holding the minimum share of firms",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func provinceGeography() throws {
        let boundaries = try BoundaryTestSupport.administrativeBoundaries()
        let locator = try PlaceLocator(boundaries: boundaries)
        let points = try BoundaryTestSupport.districtPoints()
        let coordinates = { (plate: String, count: Int) -> [Coordinate] in
            points.filter { $0["adm1"] == plate }.prefix(count).map {
                Coordinate(longitude: Double($0["pos_lon"] ?? "") ?? .nan, latitude: Double($0["pos_lat"] ?? "") ?? .nan)
            }
        }
        // 6 firms in Bursa (60 %), 3 in Kocaeli (30 %), 1 in Sakarya (10 %): hand count.
        let firms = coordinates("TUR016", 6) + coordinates("TUR041", 3) + coordinates("TUR054", 1)
        let geography = try locator.provinceGeography(firms: firms, minimumShare: 0.25)
        #expect(geography.provinces.map(\.province) == ["Bursa", "Kocaeli"])
        #expect(geography.provinces.map(\.firmShare) == [0.6, 0.3])
        // Expected area: pyproj geodesic areas of Bursa and Kocaeli (boundaries_provinces.csv).
        let reference = try BoundaryTestSupport.fixtureRows("boundaries_provinces.csv")
        let expected = reference.filter { ["16", "41"].contains($0["plate"]) }.compactMap { Double($0["area_km2"] ?? "") }
        #expect(abs(geography.areaSquareKilometres - expected.reduce(0, +)) / expected.reduce(0, +) < 0.0005)
        let context = try GeometryContext()
        let union = try geography.geometry(in: context)
        #expect(try union.isValid())
        // The union holds every firm of the two chosen provinces and not the Sakarya one.
        for firm in firms.prefix(9) {
            #expect(try union.covers(try Geometry.point(firm, in: context)))
        }
        #expect(try !union.covers(try Geometry.point(firms[9], in: context)))

        #expect(try locator.provinceGeography(firms: firms, minimumShare: 0.1).provinces.count == 3)
        let none = try #require(throws: BoundaryError.self) { _ = try locator.provinceGeography(firms: firms, minimumShare: 0.9) }
        #expect(none.description.contains("Bursa"))
        #expect(throws: BoundaryError.self) { _ = try locator.provinceGeography(firms: firms, minimumShare: 0) }
    }
}
