import KumeGeo

extension Registry {
    /// The registry with planar `x`, `y` coordinates converted from `crs` to WGS84 longitude, latitude.
    ///
    /// A registry already in longitude, latitude is returned unchanged. Rows without a point stay without.
    /// - Parameter crs: The CRS of the `x`, `y` columns (any CRS PROJ knows, e.g. `EPSG:32636`).
    /// - Throws: ``ProjectionError`` with PROJ's message for an unknown CRS or a point PROJ cannot convert.
    public func convertedToLongitudeLatitude(from crs: CRS) throws -> Registry {
        guard coordinateFrame == .planar else { return self }
        let context = try ProjectionContext()
        let transformer = try Transformer(from: crs, to: .wgs84, in: context)
        let rows = coordinates.indices.filter { !coordinates[$0].x.isNaN }
        let converted = try transformer.forward(rows.map { coordinates[$0] })
        var result = self
        for (row, point) in zip(rows, converted) { result.coordinates[row] = point }
        result.coordinateFrame = .wgs84LongitudeLatitude
        return result
    }
}
