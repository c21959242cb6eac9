/// The programme's progress indicators, by their JSON names.
package enum PortfolioIndicator: String, CaseIterable, Sendable {
    /// Legal entities set up to coordinate and run the clusters and accredited by the Ministry: the
    /// members with role `coordinator` and `accredited` yes.
    case coordinatingBodies = "coordinating_bodies"
    /// Universities taking an active part: members of type `university` that are active.
    case activeUniversities = "active_universities"
    /// Firms taking an active part: members of type `firm` that are active.
    case activeFirms = "active_firms"
    /// Firms that raised the level and quality of their cooperation in the year.
    case firmsMoreCooperation = "firms_more_cooperation"
    /// Shared-use facilities created up to the year.
    case sharedFacilities = "shared_facilities"
    /// Firms using shared-use facilities, from the first year they use one up to the year.
    case facilityUsers = "facility_users"
    /// New, renewed or improved products put on the market in the year.
    case newProducts = "new_products"

    /// Whether the indicator is counted from the rosters, which have no years (so it has no change from the
    /// year before), rather than from the monitoring table.
    package var isFromRosters: Bool {
        switch self {
        case .coordinatingBodies, .activeUniversities, .activeFirms: true
        default: false
        }
    }

    /// A short English label for tables.
    package var label: String {
        switch self {
        case .coordinatingBodies: "Accredited coordinating bodies"
        case .activeUniversities: "Active universities"
        case .activeFirms: "Active firms"
        case .firmsMoreCooperation: "Firms with more cooperation"
        case .sharedFacilities: "Shared-use facilities"
        case .facilityUsers: "Firms using them"
        case .newProducts: "New or improved products"
        }
    }
}

/// The seven counts of ``PortfolioIndicator`` for one scope (the programme or one cluster) and one year.
package struct PortfolioIndicators: Hashable, Sendable {
    private var values: [Int]

    /// All zero.
    package init() {
        values = Array(repeating: 0, count: PortfolioIndicator.allCases.count)
    }

    /// The count of one indicator.
    package subscript(indicator: PortfolioIndicator) -> Int {
        get { values[Self.position(indicator)] }
        set { values[Self.position(indicator)] = newValue }
    }

    private static func position(_ indicator: PortfolioIndicator) -> Int {
        PortfolioIndicator.allCases.firstIndex(of: indicator) ?? 0
    }
}

/// The change of each indicator from the year before; `nil` where it cannot be known (an indicator from
/// the rosters, or a year before the monitoring table starts).
package struct PortfolioChange: Hashable, Sendable {
    private var values: [PortfolioIndicator: Int]

    /// The change of `current` from `previous`, for the indicators `known` says are comparable.
    package init(current: PortfolioIndicators, previous: PortfolioIndicators?, known: (PortfolioIndicator) -> Bool) {
        values = [:]
        guard let previous else { return }
        for indicator in PortfolioIndicator.allCases where known(indicator) {
            values[indicator] = current[indicator] - previous[indicator]
        }
    }

    /// The change of one indicator, or `nil` when it cannot be known.
    package subscript(indicator: PortfolioIndicator) -> Int? { values[indicator] }
}
