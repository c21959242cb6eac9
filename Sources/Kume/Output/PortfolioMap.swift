import KumeData
import KumeGeography

/// The map of a portfolio: each cluster's economic geography (kume check's default `hull-buffer`) as one
/// feature, with the cluster's indicators of the reviewed year and their change from the year before.
///
/// Columns: `cluster`, `roster`, `year`, `members`, `firms`, the seven indicators by their JSON names,
/// `change_` and each name (`null` where the change cannot be known), then `method`, `area_km2`, the
/// method's parameters and `projection` (`null`, with a `null` geometry, for a cluster with no firm that
/// has a point). One JSON type per column; GeoJSON as every kume map (RFC 7946, 6 decimals).
package enum PortfolioMap {
    /// Builds each cluster's `hull-buffer` geography in parallel child tasks; `nil` for a cluster with no firm
    /// that has a point.
    /// - Parameters:
    ///   - clusters: The clusters.
    ///   - parameters: The `hull-buffer` parameters.
    /// - Returns: The geographies in cluster order.
    /// - Throws: ``GeographyError`` when GEOS or PROJ fail.
    package static func geographies(
        _ clusters: [PortfolioCluster], parameters: GeographyParameters = GeographyParameters()
    ) async throws -> [EconomicGeography?] {
        try await ParallelJobs.mapThrowing(count: clusters.count, workers: clusters.count) { position in
            do {
                let roster = clusters[position].roster
                return try HullBufferBuilder(parameters: parameters).build(
                    firms: roster.firms, members: roster.members, source: roster.source)
            } catch GeographyError.noFirmWithPoint {
                return nil
            }
        }
    }

    /// The features: one per cluster, in the review's order.
    /// - Parameters:
    ///   - review: The review whose indicators the features carry.
    ///   - clusters: The clusters, in the review's order.
    ///   - geographies: Their geographies (``geographies(_:parameters:)``).
    package static func features(
        _ review: PortfolioReview, clusters: [PortfolioCluster], geographies: [EconomicGeography?]
    ) -> [GeoJSONFeature] {
        let parameterNames = geographies.lazy.compactMap { $0 }.first?.parameters.map(\.name) ?? []
        return zip(review.clusters, zip(clusters, geographies)).map { result, pair in
            let (cluster, geography) = pair
            var properties: [(key: String, value: GeoJSONValue)] = [
                ("cluster", .string(result.name)), ("roster", .string(result.source)), ("year", .integer(review.year)),
                ("members", .integer(cluster.roster.members.count)), ("firms", .integer(cluster.roster.firms.count)),
            ]
            properties += PortfolioIndicator.allCases.map { ($0.rawValue, .integer(result.indicators[$0])) }
            properties += PortfolioIndicator.allCases.map { ("change_" + $0.rawValue, .integer(result.change[$0])) }
            properties += [
                ("method", .string(geography?.method)),
                ("area_km2", .number(geography?.areaSquareKilometres, decimals: 3)),
            ]
            for name in parameterNames {
                let value = geography?.parameters.first { $0.name == name }?.value
                properties.append((name, value.map(ClusterMap.value) ?? .null))
            }
            properties.append(("projection", .string(geography?.projection)))
            return GeoJSONFeature(geometry: geography.map { .polygons($0.polygons) } ?? .none, properties: properties)
        }
    }

    /// The map as GeoJSON text.
    /// - Throws: ``GeoJSONWriter/MixedTypeError`` (a programming error).
    package static func geoJSON(
        _ review: PortfolioReview, clusters: [PortfolioCluster], geographies: [EconomicGeography?]
    ) throws -> String {
        try GeoJSONWriter().featureCollection(features(review, clusters: clusters, geographies: geographies))
    }
}
