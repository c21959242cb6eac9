internal import CGEOS

/// A geometry prepared for many predicate calls against it (`GEOSPrepare_r`): indexes its edges so that
/// point-in-polygon and intersection tests cost about O(log n) instead of O(n).
///
/// Owns the `GEOSPreparedGeometry*` (freed with `GEOSPreparedGeom_destroy_r`) and keeps its base geometry
/// alive, because GEOS's prepared geometry borrows it. Not thread-safe (the index is built lazily on first
/// use) and not `Sendable`.
public final class PreparedGeometry {
    /// The prepared geometry's base, kept alive.
    public let base: Geometry
    /// The `GEOSPreparedGeometry*`.
    let handle: OpaquePointer

    init(base: Geometry) throws {
        self.base = base
        self.handle = try base.context.object("GEOSPrepare_r") { GEOSPrepare_r($0, base.handle) }
    }

    deinit {
        GEOSPreparedGeom_destroy_r(base.context.handle, handle)
    }

    private var context: GeometryContext { base.context }

    /// True when `other` lies inside the base and touches its interior (`GEOSPreparedContains_r`).
    ///
    /// - Parameter other: A geometry in the base's context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2.
    public func contains(_ other: Geometry) throws -> Bool {
        try base.requireSameContext(other, "GEOSPreparedContains_r")
        return try context.predicate("GEOSPreparedContains_r") { GEOSPreparedContains_r($0, handle, other.handle) }
    }

    /// True when no point of `other` lies outside the base (`GEOSPreparedCovers_r`).
    ///
    /// - Parameter other: A geometry in the base's context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2.
    public func covers(_ other: Geometry) throws -> Bool {
        try base.requireSameContext(other, "GEOSPreparedCovers_r")
        return try context.predicate("GEOSPreparedCovers_r") { GEOSPreparedCovers_r($0, handle, other.handle) }
    }

    /// True when `other` and the base share a point (`GEOSPreparedIntersects_r`).
    ///
    /// - Parameter other: A geometry in the base's context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message when it returns 2.
    public func intersects(_ other: Geometry) throws -> Bool {
        try base.requireSameContext(other, "GEOSPreparedIntersects_r")
        return try context.predicate("GEOSPreparedIntersects_r") {
            GEOSPreparedIntersects_r($0, handle, other.handle)
        }
    }

    /// True when the point lies in the base's interior; a point on the boundary is not contained.
    ///
    /// GEOS 3.11 has no `GEOSPreparedContainsXY` (3.12), so a temporary point is created in C.
    /// - Parameter coordinate: The point, in the base's frame.
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func containsPoint(_ coordinate: Coordinate) throws -> Bool {
        try test([coordinate], "GEOSPreparedContains_r", GEOSPreparedContains_r)[0]
    }

    /// True when the point lies in the base or on its boundary (`GEOSPreparedCovers_r`).
    ///
    /// - Parameter coordinate: The point, in the base's frame.
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func coversPoint(_ coordinate: Coordinate) throws -> Bool {
        try test([coordinate], "GEOSPreparedCovers_r", GEOSPreparedCovers_r)[0]
    }

    /// ``containsPoint(_:)`` for many points, without a Swift object per point.
    ///
    /// - Parameter points: Points in the base's frame.
    /// - Returns: One answer per point, in order.
    /// - Throws: ``GeometryError`` with GEOS's message for the first point that fails.
    public func contains(points: [Coordinate]) throws -> [Bool] {
        try test(points, "GEOSPreparedContains_r", GEOSPreparedContains_r)
    }

    /// ``coversPoint(_:)`` for many points, without a Swift object per point.
    ///
    /// - Parameter points: Points in the base's frame.
    /// - Returns: One answer per point, in order.
    /// - Throws: ``GeometryError`` with GEOS's message for the first point that fails.
    public func covers(points: [Coordinate]) throws -> [Bool] {
        try test(points, "GEOSPreparedCovers_r", GEOSPreparedCovers_r)
    }

    private typealias Predicate = (OpaquePointer?, OpaquePointer?, OpaquePointer?) -> CChar

    /// Runs `predicate` against a point geometry created (and destroyed) in C for each coordinate.
    private func test(_ points: [Coordinate], _ operation: String, _ predicate: Predicate) throws -> [Bool] {
        let context = self.context
        var answers = [Bool]()
        answers.reserveCapacity(points.count)
        for (index, coordinate) in points.enumerated() {
            let point = try context.object("GEOSGeom_createPointFromXY_r") {
                GEOSGeom_createPointFromXY_r($0, coordinate.x, coordinate.y)
            }
            context.clearMessage()
            let answer = predicate(context.handle, handle, point)
            GEOSGeom_destroy_r(context.handle, point)
            guard answer == 0 || answer == 1 else {
                let error = context.failure(operation)
                throw GeometryError(operation: operation, message: "point \(index): \(error.message)")
            }
            answers.append(answer == 1)
        }
        return answers
    }
}

extension Geometry {
    /// This geometry prepared for repeated predicates (`GEOSPrepare_r`); the result keeps this geometry alive.
    ///
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func prepared() throws -> PreparedGeometry {
        try PreparedGeometry(base: self)
    }
}
