internal import CPROJ

/// A coordinate transformation between two CRSs, in longitude, latitude / easting, northing order.
///
/// Created with `proj_create_crs_to_crs` and normalised with `proj_normalize_for_visualization`, so a
/// geographic CRS is always longitude first and a projected CRS easting first, whatever the EPSG axis order
/// (EPSG:4326 is latitude first and EPSG:3035 northing first in the registry). Owns the `PJ*` and keeps its
/// ``ProjectionContext`` alive; not `Sendable`, like its context.
///
/// A transform never returns a silent infinity: every result that PROJ marks as failed (`HUGE_VAL`, a
/// non-finite value or a set `proj_errno`) throws a ``ProjectionError`` naming the first bad coordinate.
public final class Transformer {
    /// The context every call goes through.
    let context: ProjectionContext
    /// The normalised `PJ*`.
    let handle: OpaquePointer
    /// The CRS coordinates are transformed from by ``forward(_:)-(Coordinate)``.
    public let source: CRS
    /// The CRS coordinates are transformed to by ``forward(_:)-(Coordinate)``.
    public let target: CRS

    /// Creates the transformation from `source` to `target`.
    ///
    /// - Parameters:
    ///   - source: The CRS of the input coordinates.
    ///   - target: The CRS of the output coordinates.
    ///   - context: The PROJ context the transformation will belong to.
    /// - Throws: ``ProjectionError`` with PROJ's message and log, for example for an unknown EPSG code.
    public init(from source: CRS, to target: CRS, in context: ProjectionContext) throws {
        context.clearLog()
        guard let raw = proj_create_crs_to_crs(context.handle, source.definition, target.definition, nil) else {
            throw context.failure("proj_create_crs_to_crs(\(source), \(target))")
        }
        defer { proj_destroy(raw) }
        guard let normalised = proj_normalize_for_visualization(context.handle, raw) else {
            throw context.failure("proj_normalize_for_visualization(\(source), \(target))")
        }
        self.context = context
        self.handle = normalised
        self.source = source
        self.target = target
    }

    deinit {
        proj_destroy(handle)
    }

    /// Transforms one coordinate from ``source`` to ``target``.
    ///
    /// - Parameter coordinate: Longitude, latitude in degrees or easting, northing in metres, in ``source``.
    /// - Returns: The coordinate in ``target``, in the same order convention.
    /// - Throws: ``ProjectionError`` when PROJ cannot transform it (for example latitude 95).
    public func forward(_ coordinate: Coordinate) throws -> Coordinate {
        try transform([coordinate], PJ_FWD)[0]
    }

    /// Transforms one coordinate from ``target`` back to ``source``.
    ///
    /// - Parameter coordinate: A coordinate in ``target``.
    /// - Returns: The coordinate in ``source``.
    /// - Throws: ``ProjectionError`` when PROJ cannot transform it.
    public func inverse(_ coordinate: Coordinate) throws -> Coordinate {
        try transform([coordinate], PJ_INV)[0]
    }

    /// Transforms many coordinates from ``source`` to ``target`` in one `proj_trans_generic` call.
    ///
    /// - Parameter coordinates: Coordinates in ``source``.
    /// - Returns: The coordinates in ``target``, in input order.
    /// - Throws: ``ProjectionError`` with the index of the first coordinate PROJ could not transform.
    public func forward(_ coordinates: [Coordinate]) throws -> [Coordinate] {
        try transform(coordinates, PJ_FWD)
    }

    /// Transforms many coordinates from ``target`` back to ``source`` in one `proj_trans_generic` call.
    ///
    /// - Parameter coordinates: Coordinates in ``target``.
    /// - Returns: The coordinates in ``source``, in input order.
    /// - Throws: ``ProjectionError`` with the index of the first coordinate PROJ could not transform.
    public func inverse(_ coordinates: [Coordinate]) throws -> [Coordinate] {
        try transform(coordinates, PJ_INV)
    }

    private func transform(_ coordinates: [Coordinate], _ direction: PJ_DIRECTION) throws -> [Coordinate] {
        var result = coordinates
        guard !result.isEmpty else { return result }
        let operation = direction == PJ_FWD ? "proj_trans_generic (forward)" : "proj_trans_generic (inverse)"
        context.clearLog()
        proj_errno_reset(handle)
        let stride = MemoryLayout<Coordinate>.stride
        let count = result.count
        let done = result.withUnsafeMutableBufferPointer { points in
            points.withMemoryRebound(to: Double.self) { values -> Int in
                guard let base = values.baseAddress else { return 0 }
                // x and y interleaved: x at offset 0 and y at offset 1 of every Coordinate.
                return proj_trans_generic(
                    handle, direction, base, stride, count, base + 1, stride, count,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        let code = proj_errno(handle)
        let firstBad = result.firstIndex { !$0.x.isFinite || !$0.y.isFinite }
        if done != count || code != 0 || firstBad != nil {
            throw context.failure(operation, code: code, index: firstBad)
        }
        return result
    }
}
