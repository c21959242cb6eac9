import KumeGeo

/// One GeoJSON feature: a geometry in WGS84 longitude, latitude and ordered properties.
package struct GeoJSONFeature: Sendable {
    /// The geometry of a feature (RFC 7946 types kume writes).
    package enum Geometry: Sendable {
        /// A point, longitude then latitude in degrees.
        case point(Coordinate)
        /// Polygons, each as rings (exterior first) of longitude, latitude degrees; one polygon is
        /// written as `Polygon`, several as `MultiPolygon`. Rings are written as given: orient them
        /// before (exterior counter-clockwise, holes clockwise).
        case polygons([[[Coordinate]]])
        /// No geometry (`null`).
        case none
    }

    /// The geometry.
    package var geometry: Geometry
    /// The properties in output order.
    package var properties: [(key: String, value: GeoJSONValue)]

    /// Creates a feature.
    package init(geometry: Geometry, properties: [(key: String, value: GeoJSONValue)]) {
        self.geometry = geometry
        self.properties = properties
    }
}
