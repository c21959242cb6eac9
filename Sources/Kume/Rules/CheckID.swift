/// The checks of `kume check`, by the ids written in every output.
public enum CheckID: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every member's type is one the call accepts.
    case memberTypes = "member_types"
    /// A chamber of industry (or, where none exists, a chamber of commerce and industry) is inside.
    case chamber
    /// A university is inside.
    case university
    /// Enough committed firms of the main activity.
    case committedFirms = "committed_firms"
    /// The business plans respect the grant limits.
    case budget
    /// The application was made by the deadline.
    case deadline
}
