import KumeData
import KumeGeo
import KumeGeography

/// The GeoJSON map of a cluster: its economic geography as one feature, then every member as a point.
///
/// Property columns are the same for every feature (absent values are `null`), each with one JSON type,
/// and codes (ids, NACE codes) are strings, so QGIS and GDAL read the layer as one table.
public enum ClusterMap {
    /// The features of the map.
    /// - Parameters:
    ///   - geography: The economic geography.
    ///   - members: The members, in roster order; those without a point get a `null` geometry.
    ///   - memberColumns: Extra columns per member id (for example `main_activity`), in a stable order of
    ///     keys, each of one JSON type; members absent from a column get `null`.
    package static func features(
        geography: EconomicGeography, members: [Member], memberColumns: [(key: String, values: [String: GeoJSONValue])] = []
    ) -> [GeoJSONFeature] {
        var features: [GeoJSONFeature] = []
        var geographyProperties: [(key: String, value: GeoJSONValue)] = [
            ("feature", .string("geography")),
            ("id", .null), ("name", .string("economic geography (\(geography.method))")),
            ("type", .null), ("nace", .null), ("committed", .null), ("employees", .null),
            ("inside", .null), ("distance_km", .null), ("outlier", .null), ("placement", .null),
            ("province", .null), ("district", .null),
        ]
        geographyProperties += memberColumns.map { ($0.key, GeoJSONValue.null) }
        geographyProperties += [
            ("method", .string(geography.method)),
            ("area_km2", .number(geography.areaSquareKilometres, decimals: 3)),
        ]
        geographyProperties += geography.parameters.map { ($0.name, value($0.value)) }
        geographyProperties += [("projection", .string(geography.projection))]
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
            properties += memberColumns.map { ($0.key, $0.values[member.id] ?? .null) }
            properties += [("method", .null), ("area_km2", .null)]
            properties += geography.parameters.map { ($0.name, GeoJSONValue.null) }
            properties += [("projection", .null)]
            let geometry: GeoJSONFeature.Geometry = member.location.map { .point($0) } ?? .none
            features.append(GeoJSONFeature(geometry: geometry, properties: properties))
        }
        return features
    }
}

extension ClusterMap {
    /// A geography parameter as a map value (numbers to 6 decimals).
    static func value(_ value: GeographyFacts.Value) -> GeoJSONValue {
        switch value {
        case .number(let number): return .number(number, decimals: 6)
        case .flag(let flag): return .bool(flag)
        case .text(let text): return .string(text)
        }
    }

    /// Each member's check results as map columns: `eligible_type` (the call accepts its type),
    /// `main_activity` (a firm whose NACE code is in the main activity), `counted` (a committed firm of the
    /// main activity, counted by the `committed_firms` check) and `relatedness` (a firm's NACE taxonomy
    /// relatedness to the main activity, 0–1).
    package static func checkColumns(for verdict: Verdict) -> [(key: String, values: [String: GeoJSONValue])] {
        var eligibleType: [String: GeoJSONValue] = [:]
        var mainActivity: [String: GeoJSONValue] = [:]
        var counted: [String: GeoJSONValue] = [:]
        var relatedness: [String: GeoJSONValue] = [:]
        for member in verdict.members {
            eligibleType[member.id] = .bool(verdict.call.accepts(member.type))
            let inMain = member.type == .firm && member.nace.map(verdict.mainActivity.contains) == true
            mainActivity[member.id] = .bool(inMain)
            counted[member.id] = .bool(inMain && member.committed == true)
            relatedness[member.id] = .number(member.mainActivityRelatedness, decimals: 2)
        }
        return [
            ("eligible_type", eligibleType), ("main_activity", mainActivity), ("counted", counted),
            ("relatedness", relatedness),
        ]
    }
}

extension ClusterMap {
    /// The map of a checked roster as GeoJSON text — the geography, then every member with its check
    /// columns — or `nil` when no geography could be built.
    /// - Throws: ``GeoJSONWriter/MixedTypeError`` (a programming error).
    public static func geoJSON(_ outcome: ClusterCheck.Outcome) throws -> String? {
        guard let geography = outcome.geography else { return nil }
        let features = features(
            geography: geography, members: outcome.roster.members, memberColumns: checkColumns(for: outcome.verdict))
        return try GeoJSONWriter().featureCollection(features)
    }
}
