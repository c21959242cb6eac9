import KumeGeo

/// The hull of the kept firms at one concavity, in the local equal-area projection (metres): one part per
/// group of firms (``FirmGroups``), each GEOS's concave hull where GEOS 3.11 can trace it
/// (``TriangulationCheck``) and the convex hull otherwise. A group of one firm is a point, of collinear
/// firms a line; buffering then gives a disc, a stadium or a buffered line.
///
/// Every firm of a group lies in its part (checked: a concave hull that leaves a firm out is replaced by
/// the convex hull), so every kept firm lies inside the geography whatever the buffer.
struct FirmHull {
    /// How one part's hull was made.
    enum Shape: Sendable, Hashable {
        /// GEOS's concave hull at the concavity.
        case concave
        /// The convex hull, because the concave hull could not be used.
        case convex(GeographyNote.ConvexReason)
        /// One distinct point.
        case point
        /// Collinear points: the segment through them.
        case line
    }

    /// One part: its firms (indices into the kept points) and how its hull was made.
    struct Part {
        var firms: [Int]
        var shape: Shape
    }

    /// The parts' hulls as one geometry (a collection of polygons, lines or points).
    let geometry: Geometry
    /// The parts, in the order of their first firm.
    let parts: [Part]
    /// The concavity asked for.
    let concavity: Double

    /// The geography at `buffer` metres: the union of the buffered parts.
    /// - Throws: ``GeometryError``.
    func buffered(metres buffer: Double) throws -> Geometry {
        try geometry.buffer(distance: buffer).unaryUnion()
    }

    /// A note per part whose concave hull was replaced by its convex hull.
    var notes: [GeographyNote] {
        parts.compactMap { part in
            if case .convex(let reason) = part.shape { return .convexHull(firms: part.firms.count, reason: reason) }
            return nil
        }
    }
}
