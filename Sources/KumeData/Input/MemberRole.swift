/// A member's role in the cluster, from the roster's `role` column.
public enum MemberRole: String, CaseIterable, Sendable, Codable {
    /// The cluster's coordinating body (küme koordinatörü), the legal entity set up to run the cluster.
    case coordinator
    /// Any other member (the default when the column is empty).
    case member

    /// The words accepted for each role, compared after ``TurkishText/folded(_:)``.
    public var words: [String] {
        switch self {
        case .coordinator:
            return ["coordinator", "koordinatör", "koordinatör kuruluş", "küme koordinatörü", "coordinating body",
                    "yönetici kuruluş"]
        case .member: return ["member", "üye", "ortak", "partner"]
        }
    }

    private static let byWord: [String: MemberRole] = {
        var map: [String: MemberRole] = [:]
        for role in allCases { for word in role.words { map[TurkishText.folded(word)] = role } }
        return map
    }()

    /// The role a word names, or `nil`.
    public init?(word: String) {
        guard let role = Self.byWord[TurkishText.folded(word.trimmingSpaces)] else { return nil }
        self = role
    }
}
