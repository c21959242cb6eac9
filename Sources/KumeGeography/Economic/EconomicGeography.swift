import KumeData
import KumeGeo

/// A cluster's economic geography: the polygon, how it was made, and where each member stands.
public struct EconomicGeography: Sendable {
    /// Where one member stands relative to the geography: `inside` (the geography covers its point),
    /// `distanceKm` (0 inside, else the distance to the geography in kilometres, measured in the local
    /// equal-area projection) and `outlier` (named by the outlier rule; always false for institutions).
    public typealias Placement = MemberPlacement

    /// The method's name, written in every output (`hull-buffer` or `provinces`).
    public var method: String
    /// The method's parameters by name, in output order (for `hull-buffer`: concavity, buffer_km,
    /// keep_outliers, outlier_rule; for `provinces`: min_share).
    public var parameters: [GeographyFacts.Parameter]
    /// The PROJ definition of the local equal-area projection the geometry was built in.
    public var projection: String
    /// The area in square kilometres (equal-area projection).
    public var areaSquareKilometres: Double
    /// The polygons in WGS84 longitude, latitude, rounded to 6 decimals and still valid, exterior rings
    /// counter-clockwise and holes clockwise (RFC 7946).
    public var polygons: [[[Coordinate]]]
    /// Each member's placement, keyed by member id.
    public var placements: [String: Placement]
    /// The ids of the firms the hull was built from.
    public var firmsUsed: [String]
    /// The number of separate parts the builder drew (one per group of firms far apart; 1 for a province
    /// union however many polygons it has).
    public var parts: Int = 1
    /// What the builder wants the reader to know (separate groups, a convex hull used instead of a concave one).
    package var notes: [GeographyNote] = []
    /// Each member's distance to the hull at the robustness grid's concavities, when the builder was asked for
    /// them (``HullBufferBuilder/build(firms:members:source:readingConcavities:)``).
    package var hullReadings: HullReadings? = nil

    /// The ids of the members named outliers, in roster order of `members`.
    public func outliers(in members: [Member]) -> [String] {
        members.filter { placements[$0.id]?.outlier == true }.map(\.id)
    }
}
