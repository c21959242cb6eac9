/// A local metric projection chosen around a set of points, for measuring and buffering in metres.
///
/// ``equalArea(around:)`` gives a Lambert azimuthal equal-area projection on WGS84 centred on the points, so
/// areas are exact and distances and shapes are close to true within a few hundred kilometres of the centre.
/// Report ``definition`` with any result computed in it.
public struct LocalProjection: Sendable {
    /// The projected CRS (easting, northing in metres).
    public let crs: CRS
    /// The centre, longitude and latitude in degrees (WGS84).
    public let centre: Coordinate

    /// The PROJ string of ``crs``, for reports.
    public var definition: String { crs.definition }

    /// A Lambert azimuthal equal-area projection (`+proj=laea`, WGS84) centred on `lonLat`.
    ///
    /// Centre rule: the median longitude and the median latitude of the points (the mean of the two middle
    /// values for an even count), rounded to 4 decimals (about 10 m) so the definition is short and stable.
    /// The median is robust to outliers: fewer than half of the points, however far, cannot move it out of
    /// the range of the others. Longitudes are taken as given, so points must not straddle the ±180° meridian.
    /// - Parameter lonLat: Longitude, latitude in degrees (WGS84); at least one.
    /// - Throws: ``ProjectionError`` when there are no points or a coordinate is not a finite longitude in
    ///   ±180 and latitude in ±90 (the error's `index` names the first bad one).
    public static func equalArea(around lonLat: [Coordinate]) throws -> LocalProjection {
        guard !lonLat.isEmpty else {
            throw ProjectionError(
                operation: "LocalProjection.equalArea", code: 0,
                message: "no points to centre the projection on; pass at least one longitude, latitude")
        }
        if let bad = lonLat.firstIndex(where: { !(abs($0.longitude) <= 180 && abs($0.latitude) <= 90) }) {
            let point = lonLat[bad]
            throw ProjectionError(
                operation: "LocalProjection.equalArea", code: 0,
                message: "longitude \(point.longitude), latitude \(point.latitude) is not a WGS84 position",
                index: bad)
        }
        let centre = Coordinate(
            longitude: rounded(median(lonLat.map(\.longitude))), latitude: rounded(median(lonLat.map(\.latitude))))
        return LocalProjection(centre: centre)
    }

    /// The Lambert azimuthal equal-area projection on WGS84 centred at `centre`.
    ///
    /// - Parameter centre: Longitude, latitude in degrees (WGS84).
    public init(centre: Coordinate) {
        self.centre = centre
        self.crs = CRS.projString(
            "+proj=laea +lat_0=\(Self.text(centre.latitude)) +lon_0=\(Self.text(centre.longitude)) "
                + "+x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs")
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }

    /// A decimal without a trailing `.0` for whole numbers.
    private static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
