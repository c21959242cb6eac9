import KumeGeo

/// A bounding box around Türkiye (longitude 25.5–45 °E, latitude 35.8–42.2 °N, WGS84), used to notice
/// points that lie far away and latitude/longitude pairs written the wrong way round.
package enum TurkiyeBounds {
    /// Longitudes of the box, degrees east.
    package static let longitudeDegrees: ClosedRange<Double> = 25.5...45.0
    /// Latitudes of the box, degrees north.
    package static let latitudeDegrees: ClosedRange<Double> = 35.8...42.2

    /// Whether a WGS84 point lies in the box.
    package static func contains(_ point: Coordinate) -> Bool {
        longitudeDegrees.contains(point.longitude) && latitudeDegrees.contains(point.latitude)
    }

    /// Whether a point outside the box lies inside once its latitude and longitude are exchanged.
    package static func isProbablySwapped(_ point: Coordinate) -> Bool {
        !contains(point) && contains(Coordinate(longitude: point.latitude, latitude: point.longitude))
    }
}
