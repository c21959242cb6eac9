/// The members read from one input file, with the warnings reading raised.
public struct Roster: Sendable {
    /// The file the members came from, as the user named it.
    public var source: String
    /// The members in file order.
    public var members: [Member]
    /// Warnings raised while reading (placements, swapped coordinates, …).
    public var warnings: [InputWarning]

    /// Creates a roster.
    public init(source: String, members: [Member], warnings: [InputWarning] = []) {
        self.source = source
        self.members = members
        self.warnings = warnings
    }

    /// The firms, in file order.
    public var firms: [Member] { members.filter { $0.type == .firm } }
    /// The institutions (every member that is not a firm), in file order.
    public var institutions: [Member] { members.filter { $0.type != .firm } }
}
