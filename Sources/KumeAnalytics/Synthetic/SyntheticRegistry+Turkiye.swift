import Foundation
import KumeData
import KumeResources

extension SyntheticRegistry {
    /// A synthetic registry on Türkiye's real geography: background firms around the 973 districts'
    /// interior points in proportion to their population (spread over a radius of half the district's
    /// equivalent-circle radius), NACE classes from the real list, and, when `planted`, the clusters of
    /// `data/synthetic/planted_clusters.csv` (Türkiye's known cluster locations; invented sizes).
    /// - Parameters:
    ///   - firms: How many firms.
    ///   - seed: The seed; the same seed gives the same registry.
    ///   - planted: Whether to plant the clusters.
    /// - Throws: ``DetectionError`` for a negative firm count or a bad planted-cluster table.
    package static func turkiye(firms: Int, seed: UInt64, planted: Bool = true) throws -> SyntheticRegistry {
        let places = DistrictTable.shared.districts.map { district in
            WeightedPlace(
                longitude: district.interiorPoint.longitude, latitude: district.interiorPoint.latitude,
                weight: Double(max(district.population, 1)),
                spreadKilometres: max(1, (district.areaSquareKilometres / Double.pi).squareRoot() / 2),
                province: district.province, district: district.name)
        }
        let clusters = planted
            ? try PlantedCluster.parse(csv: EmbeddedData.plantedClustersCsv, file: "data/synthetic/planted_clusters.csv")
            : []
        return try generate(
            firms: firms, seed: seed, places: places, plantedClusters: clusters,
            naceClasses: NaceClassification.shared.codes(at: .class))
    }
}
