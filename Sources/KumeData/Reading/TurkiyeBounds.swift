import KumeGeo

/// A bounding box around Türkiye (longitude 25.5–45 °E, latitude 35.8–42.2 °N, WGS84), used to notice
/// points that lie far away and latitude/longitude pairs written the wrong way round.
public enum TurkiyeBounds {
    /// Longitudes of the box, degrees east.
    public static let longitudeDegrees: ClosedRange<Double> = 25.5...45.0
    /// Latitudes of the box, degrees north.
    public static let latitudeDegrees: ClosedRange<Double> = 35.8...42.2

    /// Whether a WGS84 point lies in the box.
    public static func contains(_ point: Coordinate) -> Bool {
        longitudeDegrees.contains(point.longitude) && latitudeDegrees.contains(point.latitude)
    }

    /// Whether a point outside the box lies inside once its latitude and longitude are exchanged.
    public static func isProbablySwapped(_ point: Coordinate) -> Bool {
        !contains(point) && contains(Coordinate(longitude: point.latitude, latitude: point.longitude))
    }
}
