import KumeData
import KumeGeo
import KumeGeography

/// The map of a cluster as two layers: the members (points) and the economic geography (one polygon feature).
///
/// Each layer has a fixed set of columns, the same for every feature and every run (absent values are `null`,
/// only in columns that can be absent), each of one JSON type (reals always written with a decimal point),
/// and codes (ids, NACE codes, tax numbers) as strings, so QGIS and GDAL read each layer as one table and
/// `ogr2ogr` converts it to a Shapefile or GeoPackage. The members layer carries every column of the roster
/// that kume reads (`id`, `name`, `type`, `nace`, `committed`, `employees`, `role`, `accredited`, `active`,
/// `tax_id`, the point, and the located `province` and `district`), so `kume check` reads it back as a roster.
package enum ClusterMap {
    /// The members layer's name (GeoPackage table; the GeoJSON file given).
    package static let membersLayer = "members"
    /// The geography layer's name (GeoPackage table; `NAME-geography.geojson` beside the GeoJSON file).
    package static let geographyLayer = "geography"

    /// The map's layers: the members, then the geography.
    /// - Parameters:
    ///   - geography: The economic geography.
    ///   - members: The members, in roster order; those without a point get a `null` geometry.
    ///   - places: Every member's located province and district (``MemberPlaces``).
    ///   - memberColumns: Extra columns per member id (for example `main_activity`), in a stable order of
    ///     keys, each of one JSON type; members absent from a column get `null`.
    package static func layers(
        geography: EconomicGeography, members: [Member], places: MemberPlaces,
        memberColumns: [(key: String, values: [String: GeoJSONValue])] = []
    ) -> [FeatureLayer] {
        [
            FeatureLayer(name: membersLayer, features: memberFeatures(
                members: members, placements: geography.placements, places: places, memberColumns: memberColumns)),
            FeatureLayer(name: geographyLayer, features: [geographyFeature(geography)]),
        ]
    }

    /// The geography as one feature: `name`, `method`, `area_km2`, its parameters and its projection.
    package static func geographyFeature(_ geography: EconomicGeography) -> GeoJSONFeature {
        var properties: [(key: String, value: GeoJSONValue)] = [
            ("name", .string("economic geography (\(geography.method))")),
            ("method", .string(geography.method)),
            ("area_km2", .number(geography.areaSquareKilometres, decimals: 3)),
        ]
        properties += geography.parameters.map { ($0.name, value($0.value)) }
        properties += [("projection", .string(geography.projection))]
        return GeoJSONFeature(geometry: .polygons(geography.polygons), properties: properties)
    }

    /// One point feature per member (a `null` geometry without a point), with its roster columns, its
    /// placement relative to the geography and its located province and district.
    package static func memberFeatures(
        members: [Member], placements: [String: EconomicGeography.Placement], places: MemberPlaces,
        memberColumns: [(key: String, values: [String: GeoJSONValue])] = []
    ) -> [GeoJSONFeature] {
        members.map { member in
            let placement = placements[member.id]
            let place = places[member.id]
            let stated = places.statedDisagreement(of: member)
            var properties: [(key: String, value: GeoJSONValue)] = [
                ("id", .string(member.id)), ("name", .string(member.name)), ("type", .string(member.type.rawValue)),
                ("nace", .string(member.nace?.code)), ("committed", .bool(member.committed)),
                ("employees", .integer(member.employees)),
                ("role", .string(member.role?.rawValue)), ("accredited", .bool(member.accredited)),
                ("active", .bool(member.isActive)), ("tax_id", .string(member.taxNumber?.digits)),
                ("inside", .bool(placement?.inside)),
                ("distance_km", .number(placement?.distanceKm, decimals: 3)),
                ("outlier", .bool(placement?.outlier ?? false)),
                ("placement", .string(member.placement.rawValue)),
                ("province", .string(place?.province)), ("district", .string(place?.district)),
                ("stated_province", .string(stated.province)), ("stated_district", .string(stated.district)),
                ("place_source", .string(place?.source.rawValue)),
            ]
            properties += memberColumns.map { ($0.key, $0.values[member.id] ?? .null) }
            let geometry: GeoJSONFeature.Geometry = member.location.map { .point($0) } ?? .none
            return GeoJSONFeature(geometry: geometry, properties: properties)
        }
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
    /// The map layers of a checked roster — the members with their check columns, then the geography — or
    /// `nil` when no geography could be built.
    package static func layers(_ outcome: ClusterCheck.Outcome) -> [FeatureLayer]? {
        guard let geography = outcome.geography else { return nil }
        return layers(
            geography: geography, members: outcome.roster.members,
            places: outcome.verdict.geography?.memberPlaces ?? MemberPlaces(byID: [:]),
            memberColumns: checkColumns(for: outcome.verdict))
    }
}
