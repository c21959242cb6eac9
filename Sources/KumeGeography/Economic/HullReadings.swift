/// Each member's distance to the firms' hull at several concavities: everything the `hull-buffer` readings of
/// the robustness grid need.
///
/// A member lies inside the hull buffered by b exactly when its distance to the hull is at most b (the
/// buffer's definition), so one hull per concavity answers every buffer: the grid builds each hull once and
/// grows no buffer. The hulls share the plain geography's projection, outliers and groups
/// (``HullBufferBuilder/build(firms:members:source:readingConcavities:)``).
package struct HullReadings: Sendable, Hashable {
    /// One concavity's hull, as distances.
    package struct Hull: Sendable, Hashable {
        /// The concave-hull ratio (1: convex).
        package var concavity: Double
        /// Each member's distance to the unbuffered hull in kilometres (0 on or inside it), keyed by id;
        /// members without a point are absent.
        package var distanceKm: [String: Double]

        /// Creates a hull's distances.
        package init(concavity: Double, distanceKm: [String: Double]) {
            self.concavity = concavity
            self.distanceKm = distanceKm
        }
    }

    /// The hulls, in the order of the concavities asked for.
    package var hulls: [Hull]

    /// Creates the readings.
    package init(hulls: [Hull]) {
        self.hulls = hulls
    }
}
