/// Names and lists shared by the checks' English and Turkish messages (numbers go through ``NumberText``).
package enum RulesText {
    /// `Name (id)`.
    package static func member(_ member: Member) -> String { "\(member.name) (\(member.id))" }

    /// `a, b and c` (English) or `a, b ve c` (Turkish).
    package static func list(_ items: [String], turkish: Bool) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (turkish ? " ve " : " and ") + last
    }

    /// The first `limit` items of a list, then "… and N more" / "… ve N tane daha".
    package static func shortList(_ items: [String], limit: Int = 5, turkish: Bool) -> String {
        guard items.count > limit else { return list(items, turkish: turkish) }
        let shown = items.prefix(limit).joined(separator: ", ")
        return turkish ? "\(shown) ve \(items.count - limit) tane daha" : "\(shown) and \(items.count - limit) more"
    }
}
