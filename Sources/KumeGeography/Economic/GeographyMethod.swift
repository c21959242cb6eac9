import KumeData

/// How a cluster's economic geography is drawn.
public enum GeographyMethod: Sendable, Hashable {
    /// The concave hull of the firms, buffered (``HullBufferBuilder``).
    case hullBuffer(GeographyParameters)
    /// The union of the provinces holding at least this share of the firms (``ProvincesBuilder``); needs
    /// the province polygons.
    case provinces(minimumShare: Double)
    /// The union of the provinces and districts an application declares (``DeclaredBuilder``); needs the
    /// province polygons.
    case declared(DeclaredGeography)

    /// Whether the method needs the province polygons (the provinces' unions, not only the districts).
    public var needsProvincePolygons: Bool {
        switch self {
        case .provinces, .declared: true
        case .hullBuffer: false
        }
    }

    /// Builds the geography.
    /// - Throws: ``GeographyError``; ``GeographyError/invalidParameter(_:)`` when `provinces` has no
    ///   boundaries.
    /// - Parameter readingConcavities: For `hull-buffer`, the concavities at which each member's distance to
    ///   the hull is also wanted (``EconomicGeography/hullReadings``); ignored by `provinces`.
    public func build(
        firms: [Member], members: [Member], source: String, boundaries: AdministrativeBoundaries?,
        readingConcavities: [Double] = []
    ) throws -> EconomicGeography {
        switch self {
        case .hullBuffer(let parameters):
            return try HullBufferBuilder(parameters: parameters).build(
                firms: firms, members: members, source: source, readingConcavities: readingConcavities)
        case .provinces(let share):
            guard let boundaries, !boundaries.provinces.isEmpty else {
                throw GeographyError.invalidParameter(
                    "the provinces method needs Türkiye's district polygons: run scripts/fetch-boundaries, or give hull-buffer as \(Setting.geography.words)")
            }
            guard share > 0, share <= 1 else {
                throw GeographyError.invalidParameter("\(Setting.minimumShare.words) must be above 0 and at most 1 (e.g. 0.1); got \(share)")
            }
            return try ProvincesBuilder(minimumShare: share).build(
                firms: firms, members: members, source: source, boundaries: boundaries)
        case .declared(let declared):
            guard let boundaries, !boundaries.provinces.isEmpty else {
                throw GeographyError.invalidParameter(
                    "drawing the declared geography needs Türkiye's district polygons: run scripts/fetch-boundaries")
            }
            return try DeclaredBuilder(declared: declared).build(
                firms: firms, members: members, source: source, boundaries: boundaries)
        }
    }
}
