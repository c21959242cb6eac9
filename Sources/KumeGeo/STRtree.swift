internal import CGEOS

/// A packed R-tree over geometries' envelopes (GEOS's Sort-Tile-Recursive tree), for fast envelope queries
/// and nearest-neighbour search. Items are the indices of the geometries passed to ``init(_:nodeCapacity:in:)``.
///
/// GEOS's tree is built on its first query and silently corrupted by inserting afterwards, so this class
/// inserts everything and runs one query in `init` (build, then freeze); it offers no insertion afterwards.
/// Owns the `GEOSSTRtree*` (freed with `GEOSSTRtree_destroy_r`) and keeps the geometries alive for distance
/// computations. Not `Sendable`.
public final class STRtree {
    let context: GeometryContext
    let handle: OpaquePointer
    /// The indexed geometries' handles, kept alive by `geometries`.
    private let geometries: [Geometry]

    /// Builds the tree over `geometries` (`GEOSSTRtree_create_r`, `GEOSSTRtree_insert_r`, then one query).
    ///
    /// - Parameters:
    ///   - geometries: The items; item `i` is `geometries[i]`. Empty geometries are never found.
    ///   - nodeCapacity: Children per node, at least 2.
    ///   - context: The context all geometries belong to.
    /// - Throws: ``GeometryError`` for a capacity below 2, a geometry from another context, or GEOS's message.
    public init(_ geometries: [Geometry], nodeCapacity: Int = 10, in context: GeometryContext) throws {
        guard nodeCapacity >= 2 else {
            throw GeometryError(operation: "GEOSSTRtree_create_r", message: "node capacity \(nodeCapacity) is below 2")
        }
        if let index = geometries.firstIndex(where: { $0.context !== context }) {
            throw GeometryError(operation: "STRtree", message: "geometry \(index) belongs to another GeometryContext")
        }
        self.context = context
        self.geometries = geometries
        self.handle = try context.object("GEOSSTRtree_create_r") { GEOSSTRtree_create_r($0, nodeCapacity) }
        context.clearMessage()
        for (index, geometry) in geometries.enumerated() {
            // The item is the index + 1 (never NULL); the tree copies the envelope.
            GEOSSTRtree_insert_r(context.handle, handle, geometry.handle, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
        try context.throwIfMessage("GEOSSTRtree_insert_r")
        // Build now, so nothing can be inserted after the first query.
        _ = try query(intersecting: (Coordinate(x: 0, y: 0), Coordinate(x: 0, y: 0)))
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, handle)
    }

    /// The indices of the geometries whose envelopes intersect `envelope` (`GEOSSTRtree_query_r`).
    ///
    /// - Parameter envelope: The query box's minimum and maximum corners, in the geometries' frame.
    /// - Returns: Matching indices in increasing order.
    /// - Throws: ``GeometryError`` with GEOS's message.
    public func query(intersecting envelope: (min: Coordinate, max: Coordinate)) throws -> [Int] {
        let box = try context.object("GEOSGeom_createRectangle_r") {
            GEOSGeom_createRectangle_r($0, envelope.min.x, envelope.min.y, envelope.max.x, envelope.max.y)
        }
        defer { GEOSGeom_destroy_r(context.handle, box) }
        var found: [Int] = []
        context.clearMessage()
        withUnsafeMutablePointer(to: &found) { found in
            GEOSSTRtree_query_r(context.handle, handle, box, { item, userdata in
                guard let userdata else { return }
                userdata.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
            }, found)
        }
        try context.throwIfMessage("GEOSSTRtree_query_r")
        return found.sorted()
    }

    /// The index of the geometry nearest to `geometry` by planar distance (`GEOSSTRtree_nearest_generic_r`
    /// with `GEOSDistance_r`), or nil when the tree has no non-empty geometry. Ties go to either.
    ///
    /// - Parameter geometry: A geometry in the tree's context and frame.
    /// - Throws: ``GeometryError`` for another context, or GEOS's message.
    public func nearest(to geometry: Geometry) throws -> Int? {
        guard geometry.context === context else {
            throw GeometryError(operation: "STRtree.nearest", message: "the geometry belongs to another GeometryContext")
        }
        var search = NearestSearch(
            context: context.handle, items: geometries.map(\.handle), query: geometry.handle)
        let queryItem = UnsafeRawPointer(bitPattern: geometries.count + 1)
        context.clearMessage()
        let result = withUnsafeMutablePointer(to: &search) { search in
            GEOSSTRtree_nearest_generic_r(context.handle, handle, queryItem, geometry.handle, { a, b, distance, userdata in
                guard let userdata, let distance else { return 0 }
                let search = userdata.assumingMemoryBound(to: NearestSearch.self)
                guard let first = search.pointee.geometry(a), let second = search.pointee.geometry(b) else { return 0 }
                // GEOS wants exactly 1 here (the header's "zero on success" is wrong); GEOSDistance_r returns
                // 1 on success and 0 on an exception.
                return GEOSDistance_r(search.pointee.context, first, second, distance)
            }, search)
        }
        try context.throwIfMessage("GEOSSTRtree_nearest_generic_r")
        guard let result else { return nil }
        return Int(bitPattern: result) - 1
    }
}

/// What the nearest-neighbour distance callback needs: handles only, no Swift objects.
private struct NearestSearch {
    let context: OpaquePointer
    let items: [OpaquePointer]
    let query: OpaquePointer

    /// The geometry for an item pointer: index + 1 for tree items, `items.count + 1` for the query.
    func geometry(_ item: UnsafeRawPointer?) -> OpaquePointer? {
        let index = Int(bitPattern: item) - 1
        if index == items.count { return query }
        return items.indices.contains(index) ? items[index] : nil
    }
}
