/// What the economic-geography builder found, reduced to the plain values the checks and reports need.
///
/// The geography module fills this in (method name and parameters, area, the provinces and districts the
/// geography covers or touches, and each member's placement); the rules never see a geometry.
public struct GeographyFacts: Sendable, Hashable {
    /// One parameter of the method, in the order the method states them.
    public struct Parameter: Sendable, Hashable {
        /// The parameter's name as reported (`concavity`, `buffer_km`, `keep_outliers`).
        public var name: String
        /// The parameter's value.
        public var value: Value
        /// A text value in Turkish, for reports in Turkish (`nil`: the value reads the same in both).
        public var valueTR: String?

        /// Creates a parameter.
        public init(name: String, value: Value, valueTR: String? = nil) {
            self.name = name
            self.value = value
            self.valueTR = valueTR
        }
    }

    /// A parameter's value: a number, a flag or a text (a PROJ definition, for instance).
    public enum Value: Sendable, Hashable {
        /// A number (its unit is in the parameter's name).
        case number(Double)
        /// A yes/no setting.
        case flag(Bool)
        /// A text value.
        case text(String)
    }

    /// The method's name as written in every output (`hull-buffer`, `provinces`).
    public var method: String
    /// The method's parameters, in order.
    public var parameters: [Parameter]
    /// The geography's area in square kilometres.
    public var areaKm2: Double
    /// The official names of the provinces (il) the geography covers or touches.
    public var provinces: [String]
    /// The districts the geography covers or touches, as `Province/District` or district names.
    public var districts: [String]
    /// Each member's placement relative to the geography, keyed by member id.
    public var members: [String: MemberPlacement]
    /// What the builder wants the reader to know (separate groups of firms, a convex hull used).
    package var notes: [GeographyNote] = []
    /// Each member's province and district (through the polygons, or stated, or the nearest district point).
    package var memberPlaces = MemberPlaces(byID: [:])
    /// Per province: its share of the area and of the firms, and whether it counts for the chamber rule.
    package var provinceShares: [ProvinceShare] = []
    /// The share of the firms a province must hold to count for the chamber rule (`--min-share`).
    public var minimumShare = FirmShares.defaultMinimumShare
    /// Whether the district polygons were used; without them area shares are unknown and places come from
    /// the roster's stated places and district points.
    public var boundariesUsed = false
    /// Each member's distance to the firms' hull at the robustness grid's concavities; `nil` when not built.
    package var hullReadings: HullReadings?

    /// Creates the facts.
    public init(
        method: String, parameters: [Parameter], areaKm2: Double, provinces: [String], districts: [String] = [],
        members: [String: MemberPlacement]
    ) {
        self.method = method
        self.parameters = parameters
        self.areaKm2 = areaKm2
        self.provinces = provinces
        self.districts = districts
        self.members = members
    }

    /// The placement of a member, or an unknown placement when the builder did not report it.
    public func placement(of memberID: String) -> MemberPlacement {
        members[memberID] ?? MemberPlacement(inside: nil, distanceKm: nil, outlier: false)
    }
}

/// Where one member lies relative to the economic geography.
public struct MemberPlacement: Sendable, Hashable {
    /// Whether the geography covers the member's point; `nil` when the member has no point.
    public var inside: Bool?
    /// The distance from the member's point to the geography in kilometres (0 inside); `nil` without a point.
    public var distanceKm: Double?
    /// Whether the builder named the member a spatial outlier (firms only; institutions are never outliers).
    public var outlier: Bool

    /// Creates a placement.
    ///
    /// - Parameters:
    ///   - inside: Whether the geography covers the point; `nil` when there is no point.
    ///   - distanceKm: Distance to the geography in kilometres, 0 inside; `nil` when there is no point.
    ///   - outlier: Whether the member was named a spatial outlier.
    public init(inside: Bool?, distanceKm: Double?, outlier: Bool = false) {
        self.inside = inside
        self.distanceKm = distanceKm
        self.outlier = outlier
    }
}
