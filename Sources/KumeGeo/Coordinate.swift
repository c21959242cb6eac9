/// A pair of coordinates in one stated frame.
///
/// In a geographic frame `x` is the longitude and `y` the latitude, in degrees (WGS84 unless stated);
/// in a projected frame both are metres (easting, northing). Every API that takes or returns
/// coordinates says which frame it means. The layout (two `Double`s, `x` first) is what GEOS's and
/// PROJ's bulk buffers expect, so `[Coordinate]` is passed to C without copying point by point.
public struct Coordinate: Hashable, Sendable, Codable {
    /// Longitude in degrees (geographic frame) or easting in metres (projected frame).
    public var x: Double
    /// Latitude in degrees (geographic frame) or northing in metres (projected frame).
    public var y: Double

    /// Creates a coordinate from `x` (longitude or easting) and `y` (latitude or northing).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a geographic coordinate from a longitude and a latitude in degrees.
    public init(longitude: Double, latitude: Double) {
        self.x = longitude
        self.y = latitude
    }

    /// The longitude in degrees, when this coordinate is geographic.
    public var longitude: Double { x }
    /// The latitude in degrees, when this coordinate is geographic.
    public var latitude: Double { y }
}
