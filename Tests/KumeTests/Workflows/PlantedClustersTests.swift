import Foundation
import Kume
import Testing

/// A registry with five clusters planted in sectors and places drawn at random (so neither is known to
/// the code in advance), and one with none: the planner's commands must find exactly what was planted.
@Suite("Planted clusters")
struct PlantedClustersTests {
    /// Five distinct NACE classes and five district points, drawn from `seed`.
    static func plan(seed: UInt64) -> [PlantedCluster] {
        var random = SeededGenerator(seed: seed, stream: 99)
        let classes = NaceClassification.shared.codes(at: .class)
        let districts = DistrictTable.shared.districts
        var chosen: [NaceCode] = [], places: [Int] = []
        while chosen.count < 5 {
            let code = classes[random.nextIndex(below: classes.count)]
            if !chosen.contains(code) { chosen.append(code) }
        }
        while places.count < 5 {
            let place = random.nextIndex(below: districts.count)
            // Distinct provinces, so no two plants share a province's row.
            if !places.contains(where: { districts[$0].province == districts[place].province }) { places.append(place) }
        }
        return (0..<5).map { k in
            let district = districts[places[k]]
            return PlantedCluster(name: "planted_\(k)", province: district.province,
                                  centreLongitude: district.interiorPoint.longitude,
                                  centreLatitude: district.interiorPoint.latitude,
                                  radiusKilometres: 8, naceClasses: [chosen[k]], share: 0.006)
        }
    }

    static func registry(firms: Int, seed: UInt64, planted: [PlantedCluster]) throws -> Registry {
        let places = DistrictTable.shared.districts.map { district in
            WeightedPlace(longitude: district.interiorPoint.longitude, latitude: district.interiorPoint.latitude,
                          weight: Double(max(district.population, 1)),
                          spreadKilometres: max(1, (district.areaSquareKilometres / Double.pi).squareRoot() / 2),
                          province: district.province, district: district.name)
        }
        let synthetic = try SyntheticRegistry.generate(
            firms: firms, seed: seed, places: places, plantedClusters: planted,
            naceClasses: NaceClassification.shared.codes(at: .class))
        return try RegistryReader.read(data: Array(synthetic.csv.utf8), name: "planted.csv")
    }

    @Test("The five planted sectors lead the default ranking at the class level", arguments: [3, 11])
    func rankLeads(seed: UInt64) throws {
        let planted = Self.plan(seed: seed)
        let registry = try Self.registry(firms: 40_000, seed: seed, planted: planted)
        let aggregation = try RegionSectorMatrix.aggregating(registry: registry, level: .class, weighting: .employment)
        let input = SectorRanking.Input(matrix: aggregation.matrix, firmCounts: aggregation.firmCounts,
                                        plantsBySector: aggregation.plantsBySector)
        // kume rank REGISTRY --level class at the defaults: Ellison–Glaeser γ, at least 10 firms.
        let (table, _) = try SectorRanking.table(input, measure: .eg, settings: SectorRanking.Settings())
        try #require(table.rows.count >= 5)
        let leaders = Set(table.rows.prefix(5).map { row -> String in
            if case .text(let label) = row[0] { return label }
            return ""
        })
        #expect(leaders == Set(planted.map { $0.naceClasses[0].code }), "\(table.rendered(.table))")
    }

    static func candidates(_ registry: Registry) async throws -> [Candidate] {
        let search = CandidateSearch(sectors: .each(.class), method: .dbscan(try DBSCAN(epsMetres: 2000, minPoints: 10)),
                                     call: try Call.builtIn(id: "2017-3"))
        return try await CandidateFinder.find(registry: registry, institutions: [], search: search)
    }

    @Test("kume detect's search finds each planted cluster, significant, in its sector and place")
    func detectFindsEach() async throws {
        let planted = Self.plan(seed: 3)
        let registry = try Self.registry(firms: 40_000, seed: 3, planted: planted)
        let found = try await Self.candidates(registry).filter(\.significant)
        for cluster in planted {
            let hit = found.first { candidate in
                guard candidate.sector == cluster.naceClasses[0].code else { return false }
                // The candidate's firms' mean point within 5 km of the planted centre (0.045° ≈ 5 km).
                let points = candidate.firmRows.map { registry.coordinates[$0] }
                let lon = points.map(\.x).reduce(0, +) / Double(points.count)
                let lat = points.map(\.y).reduce(0, +) / Double(points.count)
                return abs(lat - cluster.centreLatitude) < 0.045
                    && abs(lon - cluster.centreLongitude) * cos(cluster.centreLatitude * .pi / 180) < 0.045
            }
            #expect(hit != nil, "\(cluster.name) (\(cluster.naceClasses[0].code) in \(cluster.province)) not found")
        }
        #expect(found.allSatisfy { $0.adjustedPValue <= 0.05 })
    }

    @Test("A registry with no planted cluster gives no significant candidate")
    func noneWithoutPlanted() async throws {
        let registry = try Self.registry(firms: 40_000, seed: 3, planted: [])
        let all = try await Self.candidates(registry)
        #expect(all.filter(\.significant).isEmpty, "\(all.filter(\.significant).map { ($0.sector, $0.adjustedPValue) })")
    }
}
