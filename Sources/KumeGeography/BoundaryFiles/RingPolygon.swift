import KumeGeo

/// A polygon as plain rings: one shell and its holes, each closed, in longitude, latitude (WGS84).
package struct RingPolygon: Sendable, Hashable {
    /// The outer ring.
    package var shell: [Coordinate]
    /// The inner rings (holes).
    package var holes: [[Coordinate]]

    /// Creates a polygon from its shell and holes.
    package init(shell: [Coordinate], holes: [[Coordinate]]) {
        self.shell = shell
        self.holes = holes
    }
}
