import KumeGeo

/// The GeoJSON map of a cluster: its economic geography as one feature, then every member as a point.
///
/// Property columns are the same for every feature (absent values are `null`), each with one JSON type,
/// and codes (ids, NACE codes) are strings, so QGIS and GDAL read the layer as one table.
public enum ClusterMap {
    /// The features of the map.
    /// - Parameters:
    ///   - geography: The economic geography.
    ///   - members: The members, in roster order; those without a point get a `null` geometry.
    ///   - memberFlags: Extra boolean columns per member id (for example `main_activity`), in a stable
    ///     order of keys.
    public static func features(
        geography: EconomicGeography, members: [Member], memberFlags: [(key: String, values: [String: Bool])] = []
    ) -> [GeoJSONFeature] {
        var features: [GeoJSONFeature] = []
        var geographyProperties: [(key: String, value: GeoJSONValue)] = [
            ("feature", .string("geography")),
            ("id", .null), ("name", .string("economic geography (\(geography.method))")),
            ("type", .null), ("nace", .null), ("committed", .null), ("employees", .null),
            ("inside", .null), ("distance_km", .null), ("outlier", .null), ("placement", .null),
            ("province", .null), ("district", .null),
        ]
        geographyProperties += memberFlags.map { ($0.key, GeoJSONValue.null) }
        geographyProperties += [
            ("method", .string(geography.method)),
            ("area_km2", .number(geography.areaSquareKilometres, decimals: 3)),
            ("concavity", .number(geography.parameters.concavity, decimals: 6)),
            ("buffer_km", .number(geography.parameters.bufferKilometres, decimals: 6)),
            ("keep_outliers", .bool(geography.parameters.keepOutliers)),
            ("projection", .string(geography.projection)),
        ]
        features.append(GeoJSONFeature(geometry: .polygons(geography.polygons), properties: geographyProperties))

        for member in members {
            let placement = geography.placements[member.id]
            var properties: [(key: String, value: GeoJSONValue)] = [
                ("feature", .string("member")),
                ("id", .string(member.id)), ("name", .string(member.name)), ("type", .string(member.type.rawValue)),
                ("nace", .string(member.nace?.code)), ("committed", .bool(member.committed)),
                ("employees", .integer(member.employees)),
                ("inside", .bool(placement?.inside)),
                ("distance_km", .number(placement?.distanceKm, decimals: 3)),
                ("outlier", .bool(placement?.outlier ?? false)),
                ("placement", .string(member.placement.rawValue)),
                ("province", .string(member.province)), ("district", .string(member.district)),
            ]
            properties += memberFlags.map { ($0.key, GeoJSONValue.bool($0.values[member.id])) }
            properties += [
                ("method", .null), ("area_km2", .null), ("concavity", .null), ("buffer_km", .null),
                ("keep_outliers", .null), ("projection", .null),
            ]
            let geometry: GeoJSONFeature.Geometry = member.location.map { .point($0) } ?? .none
            features.append(GeoJSONFeature(geometry: geometry, properties: properties))
        }
        return features
    }
}

extension ClusterMap {
    /// Each member's check results as map columns: `eligible_type` (the call accepts its type),
    /// `main_activity` (a firm whose NACE code is in the main activity) and `counted` (a committed firm of
    /// the main activity, counted by the `committed_firms` check).
    public static func checkColumns(for verdict: Verdict) -> [(key: String, values: [String: Bool])] {
        var eligibleType: [String: Bool] = [:]
        var mainActivity: [String: Bool] = [:]
        var counted: [String: Bool] = [:]
        for member in verdict.members {
            eligibleType[member.id] = verdict.call.accepts(member.type)
            let inMain = member.type == .firm && member.nace.map(verdict.mainActivity.contains) == true
            mainActivity[member.id] = inMain
            counted[member.id] = inMain && member.committed == true
        }
        return [("eligible_type", eligibleType), ("main_activity", mainActivity), ("counted", counted)]
    }
}
