import KumeGeo

/// A polygon as plain rings: one shell and its holes, each closed, in longitude, latitude (WGS84).
public struct RingPolygon: Sendable, Hashable {
    /// The outer ring.
    public var shell: [Coordinate]
    /// The inner rings (holes).
    public var holes: [[Coordinate]]

    /// Creates a polygon from its shell and holes.
    public init(shell: [Coordinate], holes: [[Coordinate]]) {
        self.shell = shell
        self.holes = holes
    }
}
