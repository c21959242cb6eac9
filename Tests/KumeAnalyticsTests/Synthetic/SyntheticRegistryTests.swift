import Foundation
import KumeData
import KumeAnalytics
import KumeResources
import Testing

/// The synthetic registry generator: determinism, the shape of what it draws (checked against hand
/// calculations), the CSV contract, and that DBSCAN recovers the planted clusters and nothing else.
@Suite("SyntheticRegistry")
struct SyntheticRegistryTests {
    static func places() throws -> [WeightedPlace] {
        let table = try DetectionFixture.table("dbscan/tr_district_places.csv")
        let longitudes = try table.doubles("lon"), latitudes = try table.doubles("lat")
        let populations = try table.doubles("population"), areas = try table.doubles("area_km2")
        let provinces = try table.column("province"), districts = try table.column("district")
        return longitudes.indices.map { index in
            // Scatter: half the radius of a disc with the district's area, at least 1 km.
            WeightedPlace(
                longitude: longitudes[index], latitude: latitudes[index], weight: populations[index],
                spreadKilometres: max(1, (areas[index] / Double.pi).squareRoot() / 2),
                province: provinces[index], district: districts[index])
        }
    }

    static func classes() throws -> [NaceCode] {
        try DetectionFixture.table("dbscan/nace_rev2_classes.csv").column("code").map { NaceCode(canonical: $0) }
    }

    static func plantedSpec() throws -> [PlantedCluster] {
        let url = DetectionFixture.folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/synthetic/planted_clusters.csv")
        return try PlantedCluster.parse(csv: try String(contentsOf: url, encoding: .utf8), file: "planted_clusters.csv")
    }

    /// Equirectangular projection about 35° E, 39° N (km → m); over Türkiye its east–west scale is off by
    /// at most 5 %, so eps 2.5 km acts as 2.4–2.6 km.
    static func project(_ members: [Member]) -> (x: [Double], y: [Double]) {
        let metresPerDegree = 6_371_008.8 * Double.pi / 180
        let xs = members.map { (($0.location?.longitude ?? 0) - 35) * metresPerDegree * cos(39 * Double.pi / 180) }
        let ys = members.map { (($0.location?.latitude ?? 0) - 39) * metresPerDegree }
        return (xs, ys)
    }

    @Test("The embedded planted clusters are the 9 of data/synthetic/planted_clusters.csv")
    func embeddedPlantedClusters() throws {
        let embedded = try PlantedCluster.parse(csv: EmbeddedData.plantedClustersCsv, file: "planted_clusters.csv")
        #expect(embedded.count == 9)
        #expect(embedded == (try Self.plantedSpec()))
    }

    @Test("The same seed gives the same registry; another seed another one")
    func determinism() throws {
        let places = try Self.places(), classes = try Self.classes(), spec = try Self.plantedSpec()
        let a = try SyntheticRegistry.generate(firms: 3000, seed: 7, places: places, plantedClusters: spec, naceClasses: classes)
        let b = try SyntheticRegistry.generate(firms: 3000, seed: 7, places: places, plantedClusters: spec, naceClasses: classes)
        let c = try SyntheticRegistry.generate(firms: 3000, seed: 8, places: places, plantedClusters: spec, naceClasses: classes)
        #expect(a == b)
        #expect(a.csv == b.csv)
        #expect(a != c)
    }

    @Test("Planted clusters get round(share × firms) firms of their classes within their radius")
    func plantedCounts() throws {
        let spec = try Self.plantedSpec()
        #expect(spec.count == 9)
        let registry = try SyntheticRegistry.generate(
            firms: 10_000, seed: 1, places: try Self.places(), plantedClusters: spec, naceClasses: try Self.classes())
        #expect(registry.members.count == 10_000)
        for cluster in spec {
            let members = registry.members.indices.filter { registry.plantedClusterName[$0] == cluster.name }
            // e.g. share 0.006 × 10,000 = 60 firms.
            #expect(members.count == Int((cluster.share * 10_000).rounded()), "\(cluster.name)")
            for index in members {
                let member = registry.members[index]
                #expect(cluster.naceClasses.contains(try #require(member.nace)))
                let location = try #require(member.location)
                let north = (location.latitude - cluster.centreLatitude) * 111.195
                let east = (location.longitude - cluster.centreLongitude) * 111.195 * cos(cluster.centreLatitude * Double.pi / 180)
                #expect((east * east + north * north).squareRoot() <= cluster.radiusKilometres * 1.001)
            }
        }
    }

    @Test("Background firms follow population: İstanbul's share of firms is its share of people within 1 point")
    func populationShare() throws {
        let places = try Self.places()
        let registry = try SyntheticRegistry.generate(
            firms: 40_000, seed: 3, places: places, plantedClusters: [], naceClasses: try Self.classes())
        let istanbulPeople = places.filter { $0.province == "İstanbul" }.reduce(0) { $0 + $1.weight }
        let people = places.reduce(0) { $0 + $1.weight }
        let firms = registry.members.filter { $0.province == "İstanbul" }.count
        // Binomial sd at p ≈ 0.18, n = 40,000: 0.0019, so ±0.01 is over 5 sd.
        #expect(abs(Double(firms) / 40_000 - istanbulPeople / people) <= 0.01)
    }

    @Test("Employees are lognormal: median 3, and about 0.97 % of background firms have 50 or more")
    func employees() throws {
        let registry = try SyntheticRegistry.generate(
            firms: 40_000, seed: 4, places: try Self.places(), plantedClusters: [], naceClasses: try Self.classes())
        let counts = registry.members.compactMap(\.employees).sorted()
        #expect(counts.count == 40_000)
        #expect(counts[20_000] == 3)
        // P(round(exp(ln 3 + 1.2 Z)) ≥ 50) = P(Z ≥ (ln 49.5 − ln 3) / 1.2 = 2.336) = 0.00975; sd of the share
        // over 40,000 firms 0.00049, so [0.0075, 0.0120] is over 4 sd each side.
        let share = Double(counts.filter { $0 >= 50 }.count) / 40_000
        #expect(share >= 0.0075 && share <= 0.0120)
    }

    @Test("The CSV has the input contract's columns and one line per firm")
    func csv() throws {
        let registry = try SyntheticRegistry.generate(
            firms: 50, seed: 5, places: try Self.places(), plantedClusters: try Self.plantedSpec(), naceClasses: try Self.classes())
        let lines = registry.csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,type,nace,lat,lon,employees,province,district")
        #expect(lines.count == 51)
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields.count == 9)
        #expect(fields[0] == "S000001")
        #expect(fields[2] == "firm")
        #expect(fields[1].hasSuffix("San. ve Tic. A.Ş.") || fields[1].hasSuffix("San. ve Tic. Ltd. Şti."))
    }

    @Test("DBSCAN (eps 2.5 km, min 10) per sector finds every planted cluster within 5 km of its centre")
    func recovery() async throws {
        let spec = try Self.plantedSpec()
        let registry = try SyntheticRegistry.generate(
            firms: 50_000, seed: 2017, places: try Self.places(), plantedClusters: spec, naceClasses: try Self.classes())
        let dbscan = try DBSCAN(epsMetres: 2500, minPoints: 10)
        for cluster in spec {
            let sector = Set(cluster.naceClasses)
            let firms = registry.members.filter { $0.nace.map(sector.contains) ?? false }
            let (x, y) = Self.project(firms)
            let result = try await dbscan.cluster(xMetres: x, yMetres: y)
            let (cx, cy) = Self.project([Member(
                id: "c", name: "c", type: .firm,
                location: .init(longitude: cluster.centreLongitude, latitude: cluster.centreLatitude))])
            let nearest = result.clustering.members.map { members -> Double in
                let mx = members.reduce(0) { $0 + x[$1] } / Double(members.count)
                let my = members.reduce(0) { $0 + y[$1] } / Double(members.count)
                return ((mx - cx[0]) * (mx - cx[0]) + (my - cy[0]) * (my - cy[0])).squareRoot()
            }.min() ?? .infinity
            #expect(nearest <= 5000, "\(cluster.name): nearest detected centroid \(nearest) m away")
        }
    }

    @Test("With no planted clusters, DBSCAN (eps 2.5 km, min 10) finds no cluster of 20 or more firms in any planted sector")
    func noFalseClusters() async throws {
        let spec = try Self.plantedSpec()
        let registry = try SyntheticRegistry.generate(
            firms: 50_000, seed: 2017, places: try Self.places(), plantedClusters: [], naceClasses: try Self.classes())
        let dbscan = try DBSCAN(epsMetres: 2500, minPoints: 10)
        for sector in Set(spec.map { Set($0.naceClasses) }) {
            let firms = registry.members.filter { $0.nace.map(sector.contains) ?? false }
            #expect(firms.count >= 30, "the sector is represented in the background")
            let (x, y) = Self.project(firms)
            let result = try await dbscan.cluster(xMetres: x, yMetres: y)
            #expect((result.clustering.sizes.max() ?? 0) < 20, "\(sector.map(\.code).sorted())")
        }
    }

    @Test("Bad inputs are refused with what to do")
    func validation() throws {
        let places = try Self.places(), classes = try Self.classes()
        #expect(throws: DetectionError.self) {
            try SyntheticRegistry.generate(firms: -1, seed: 0, places: places, plantedClusters: [], naceClasses: classes)
        }
        #expect(throws: DetectionError.self) {
            try SyntheticRegistry.generate(firms: 10, seed: 0, places: [], plantedClusters: [], naceClasses: classes)
        }
        let greedy = PlantedCluster(
            name: "all", province: "Bursa", centreLongitude: 29, centreLatitude: 40, radiusKilometres: 5,
            naceClasses: [NaceCode(canonical: "29.10")], share: 0.7)
        #expect(throws: DetectionError.self) {
            try SyntheticRegistry.generate(firms: 10, seed: 0, places: places, plantedClusters: [greedy, greedy], naceClasses: classes)
        }
        #expect(throws: DetectionError.self) {
            try PlantedCluster.parse(csv: "name,province,centre_lon,centre_lat,radius_km,nace,share\nx,B,29,40,-1,29.10,0.1\n", file: "p.csv")
        }
        do {
            _ = try PlantedCluster.parse(csv: "name,province,centre_lon,centre_lat,radius_km,nace,share\nx,B,29,40,5,2910,0.1\n", file: "p.csv")
            Issue.record("a four-digit code was accepted")
        } catch {
            #expect(error.description.hasPrefix("p.csv:2:6: nace is '2910'"))
        }
    }
}
