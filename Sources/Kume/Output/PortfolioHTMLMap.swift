import KumeData
import KumeGeo
import KumeGeography

/// The portfolio's map for its HTML page: every cluster's economic geography, hatched, and a labelled point
/// for each cluster (the geographies are small on a map of the country), in one equal-area projection centred
/// on all of them.
enum PortfolioHTMLMap {
    /// The map, or `nil` when no cluster has a geography.
    /// - Throws: ``ProjectionError`` or ``GeometryError``.
    static func svg(_ review: PortfolioReview, geographies: [EconomicGeography?]) throws -> SVGMarkup? {
        let vertices = geographies.compactMap { $0 }.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } }
        guard !vertices.isEmpty else { return nil }
        let projection = try LocalProjection.equalArea(around: vertices)
        let context = try ProjectionContext()
        let transformer = try Transformer(from: .wgs84, to: projection.crs, in: context)
        var areas: [MapArea] = []
        var points: [MapPoint] = []
        for (cluster, geography) in zip(review.clusters, geographies) {
            guard let geography else { continue }
            let polygons = try geography.polygons.map { polygon in try polygon.map { try transformer.forward($0) } }
            let title = "\(cluster.name): \(cluster.indicators[.activeFirms]) active firms, "
                + "\(cluster.indicators[.sharedFacilities]) shared facilities"
            areas.append(MapArea(id: cluster.name, polygons: polygons, title: title))
            if let centre = PlanarBounds(covering: polygons.flatMap { $0.flatMap { $0 } }) {
                points.append(MapPoint(id: cluster.name + "-point",
                                       point: Coordinate(x: (centre.minX + centre.maxX) / 2, y: (centre.minY + centre.maxY) / 2),
                                       label: cluster.name, title: title))
            }
        }
        let map = SVGMap(
            layers: [
                MapLayer(key: "economic-geography", legend: "Cluster's economic geography", features: .areas(areas),
                         style: MapStyle(stroke: "#000", strokeWidthPixels: 1,
                                         fill: .hatched("#000", angleDegrees: 45, spacingPixels: 4))),
                MapLayer(key: "clusters", legend: "Cluster", features: .points(points),
                         style: MapStyle(symbol: MapSymbol(.circle, filled: true, sizePixels: 7))),
            ],
            words: SVGMap.Words(title: "The portfolio's clusters"), idPrefix: "portfolio-map")
        return try map.render()
    }
}
