internal import CGEOS

/// A GEOS geometry: owns one `GEOSGeometry*` (freed with `GEOSGeom_destroy_r`) and keeps its context alive.
///
/// A geometry obtained from ``part(_:)`` is borrowed from its parent: it keeps the parent alive and is never
/// freed itself, as GEOS requires for `GEOSGetGeometryN_r` results. Geometries are not `Sendable`: they
/// belong to the task that owns their ``GeometryContext``. Binary operations need both geometries in the
/// same context.
///
/// Coordinates are in whatever frame the caller chose; GEOS is planar, so lengths, areas and distances are in
/// the units of that frame (degrees for longitude, latitude; metres for a projected CRS). Project first (see
/// ``Transformer`` and ``LocalProjection``) before measuring or buffering in metres.
public final class Geometry {
    /// The context every call on this geometry goes through.
    let context: GeometryContext
    /// The `GEOSGeometry*`.
    let handle: OpaquePointer
    /// The geometry that owns `handle` when this one is borrowed (a part); nil when this object owns it.
    private let owner: Geometry?

    /// Takes ownership of a geometry GEOS just created in `context`.
    init(owning handle: OpaquePointer, in context: GeometryContext) {
        self.context = context
        self.handle = handle
        self.owner = nil
    }

    /// Wraps a geometry owned by `owner` (a borrowed child): never freed here, keeps `owner` alive.
    init(borrowing handle: OpaquePointer, from owner: Geometry) {
        self.context = owner.context
        self.handle = handle
        self.owner = owner
    }

    deinit {
        if owner == nil {
            GEOSGeom_destroy_r(context.handle, handle)
        }
    }

    /// Runs a GEOS call returning a new geometry owned by the caller (NULL on an exception).
    func derived(_ operation: String, _ call: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> Geometry {
        let result = try context.object(operation) { call($0, handle) }
        return Geometry(owning: result, in: context)
    }

    /// Throws unless `other` lives in this geometry's context (GEOS contexts are not shared across tasks).
    func requireSameContext(_ other: Geometry, _ operation: String) throws {
        guard other.context === context else {
            throw GeometryError(
                operation: operation,
                message: "the two geometries belong to different GeometryContexts; create both in one context")
        }
    }

    /// A deep copy owned by the caller (`GEOSGeom_clone_r`).
    ///
    /// - Throws: ``GeometryError`` with GEOS's message if the copy fails.
    public func clone() throws -> Geometry {
        try derived("GEOSGeom_clone_r") { GEOSGeom_clone_r($0, $1) }
    }

    /// The geometry's type (`GEOSGeomTypeId_r`).
    ///
    /// - Throws: ``GeometryError`` when GEOS reports an exception or an unknown type id.
    public var type: GeometryType {
        get throws {
            let id = try context.count("GEOSGeomTypeId_r") { GEOSGeomTypeId_r($0, handle) }
            guard let type = GeometryType(geosTypeID: Int32(id)) else {
                throw GeometryError(operation: "GEOSGeomTypeId_r", message: "unknown GEOS geometry type id \(id)")
            }
            return type
        }
    }

    /// True when the geometry has no coordinates (`GEOSisEmpty_r`).
    ///
    /// - Throws: ``GeometryError`` when GEOS reports an exception.
    public var isEmpty: Bool {
        get throws { try context.predicate("GEOSisEmpty_r") { GEOSisEmpty_r($0, handle) } }
    }

    /// The number of parts: the members of a collection, 1 for a non-empty single geometry
    /// (`GEOSGetNumGeometries_r`).
    ///
    /// - Throws: ``GeometryError`` when GEOS reports an exception.
    public var count: Int {
        get throws { try context.count("GEOSGetNumGeometries_r") { GEOSGetNumGeometries_r($0, handle) } }
    }

    /// The part at `index` (0-based), borrowed from this geometry (`GEOSGetGeometryN_r`).
    ///
    /// The part keeps this geometry alive and is never freed on its own.
    /// - Parameter index: 0 ..< ``count``.
    /// - Throws: ``GeometryError`` when `index` is out of range or GEOS reports an exception.
    public func part(_ index: Int) throws -> Geometry {
        let parts = try count
        guard index >= 0, index < parts else {
            throw GeometryError(operation: "part", message: "index \(index) is outside 0..<\(parts)")
        }
        let child = try context.object("GEOSGetGeometryN_r") {
            // Borrowed: owned by `handle`, never destroyed by the caller.
            GEOSGetGeometryN_r($0, handle, Int32(index))
        }
        return Geometry(borrowing: child, from: self)
    }
}
