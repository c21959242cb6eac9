import KumeData

/// A roster member's part in the programme's roster indicators: whether it is the cluster's coordinating
/// body, accredited by the Ministry, and taking an active part.
package struct MemberStanding: Hashable, Sendable {
    /// The member is the cluster's coordinating body (role `coordinator`).
    package var isCoordinator: Bool
    /// The member is accredited by the Ministry.
    package var isAccredited: Bool
    /// The member takes an active part.
    package var isActive: Bool

    /// Creates a standing.
    package init(isCoordinator: Bool = false, isAccredited: Bool = false, isActive: Bool = false) {
        self.isCoordinator = isCoordinator
        self.isAccredited = isAccredited
        self.isActive = isActive
    }
}
