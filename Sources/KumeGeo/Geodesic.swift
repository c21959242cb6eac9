internal import CPROJ

/// Distances on the WGS84 ellipsoid, by Karney's algorithm (`geod_inverse` from PROJ's `geodesic.h`),
/// accurate to about 15 nm.
public enum Geodesic {
    /// WGS84 semi-major axis in metres.
    static let semiMajorAxisMetres = 6_378_137.0
    /// WGS84 flattening.
    static let flattening = 1 / 298.257_223_563

    /// The geodesic (shortest) distance between two points on the WGS84 ellipsoid.
    ///
    /// - Parameters:
    ///   - from: Longitude, latitude in degrees (WGS84).
    ///   - to: Longitude, latitude in degrees (WGS84).
    /// - Returns: The distance in metres; NaN when a latitude lies outside ±90 or a value is not finite.
    public static func distanceMetres(from: Coordinate, to: Coordinate) -> Double {
        distancesMetres(from: from, to: [to])[0]
    }

    /// The geodesic distances from one point to many, initialising the ellipsoid once (`geod_init`).
    ///
    /// - Parameters:
    ///   - from: Longitude, latitude in degrees (WGS84).
    ///   - to: Longitudes, latitudes in degrees (WGS84).
    /// - Returns: One distance in metres per element of `to`, in order (NaN for an invalid coordinate).
    public static func distancesMetres(from: Coordinate, to: [Coordinate]) -> [Double] {
        var ellipsoid = geod_geodesic()
        geod_init(&ellipsoid, semiMajorAxisMetres, flattening)
        return to.map { point in
            guard abs(from.latitude) <= 90, abs(point.latitude) <= 90,
                  from.longitude.isFinite, point.longitude.isFinite else { return .nan }
            var metres = 0.0
            geod_inverse(&ellipsoid, from.latitude, from.longitude, point.latitude, point.longitude, &metres, nil, nil)
            return metres
        }
    }
}
