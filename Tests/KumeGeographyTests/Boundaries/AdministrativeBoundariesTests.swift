import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

@Suite("AdministrativeBoundaries")
struct AdministrativeBoundariesTests {
    @Test(
        "81 provinces cover 780,230 km² within 0.5 % in the equal-area projection",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func totalArea() throws {
        let boundaries = try BoundaryTestSupport.administrativeBoundaries()
        #expect(boundaries.provinces.count == 81)
        #expect(boundaries.provinces.map(\.plate) == Array(1...81))
        let total = boundaries.provinces.reduce(0) { $0 + $1.areaSquareKilometres }
        // 780,230 km²: data/README (pyproj geodesic area of the union by adm1).
        #expect(abs(total - 780_230) / 780_230 < 0.005, "total \(total) km²")
        let districtTotal = boundaries.districts.reduce(0) { $0 + $1.areaSquareKilometres }
        #expect(abs(districtTotal - total) / total < 1e-6, "districts \(districtTotal) km² vs provinces \(total) km²")
    }

    @Test(
        "Each province's area agrees with pyproj's geodesic area within 0.05 %",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func provinceAreas() throws {
        let boundaries = try BoundaryTestSupport.administrativeBoundaries()
        // scripts/reference/boundaries_reader.py: shapely union_all by adm1, pyproj Geod(WGS84) area.
        for row in try BoundaryTestSupport.fixtureRows("boundaries_provinces.csv") {
            let plate = try #require(Int(row["plate"] ?? ""))
            let expected = try #require(Double(row["area_km2"] ?? ""))
            let province = try #require(boundaries.province(plate: plate))
            #expect(province.code == row["adm1"])
            #expect(province.districtCodes.count == Int(row["districts"] ?? ""))
            #expect(province.polygons.count == Int(row["polygons"] ?? ""), "\(province.name)")
            #expect(abs(province.areaSquareKilometres - expected) / expected < 0.0005, "\(province.name)")
        }
    }

    @Test(
        "No district needs repair and every province is a valid polygon",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func validity() throws {
        let boundaries = try BoundaryTestSupport.administrativeBoundaries()
        // shapely 2.2 / GEOS 3.14 found 0 invalid districts (boundaries_summary.csv).
        let summary = try BoundaryTestSupport.fixtureRows("boundaries_summary.csv")
        let invalid = try #require(summary.first { $0["key"] == "invalid_districts" }?["value"])
        #expect(boundaries.repairedDistrictCodes.count == Int(invalid))
        let context = try GeometryContext()
        for province in boundaries.provinces {
            #expect(try BoundaryGeometry.geometry(province.polygons, in: context).isValid(), "\(province.name)")
        }
    }

    @Test(
        "Provinces carry their official names",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage),
        arguments: [(34, "İstanbul"), (46, "Kahramanmaraş"), (26, "Eskişehir"), (35, "İzmir"), (3, "Afyonkarahisar"),
                    (76, "Iğdır"), (1, "Adana"), (81, "Düzce"), (16, "Bursa"), (63, "Şanlıurfa")])
    func provinceNames(plate: Int, name: String) throws {
        #expect(try BoundaryTestSupport.administrativeBoundaries().province(plate: plate)?.name == name)
    }

    @Test(
        "Building on several tasks gives the same provinces as building on one",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func parallelBuild() async throws {
        let sequential = try BoundaryTestSupport.administrativeBoundaries()
        let parallel = try await AdministrativeBoundaries.build(records: try BoundaryTestSupport.readDistricts(), tasks: 3)
        #expect(parallel.provinces == sequential.provinces)
        #expect(parallel.districts == sequential.districts)
    }
}
