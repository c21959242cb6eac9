/// A person's decision on two portfolio entries: the same entity, or two different ones.
///
/// Each side names roster members: `CLUSTER/ID` (the roster's file name without its extension, a slash,
/// the member's id) or a name as a roster writes it (compared after Turkish case folding; it names every
/// member of that name).
package struct EntityDecision: Hashable, Sendable {
    /// What the decision says.
    package enum Kind: String, Sendable {
        /// The two sides are one entity.
        case same
        /// The two sides are different entities.
        case different
    }

    /// What the decision says.
    package var kind: Kind
    /// The first side, as written.
    package var first: String
    /// The second side, as written.
    package var second: String
    /// Where the decision was given: `--same`, `--different` or `FILE:LINE`.
    package var origin: String

    /// Creates a decision.
    package init(kind: Kind, first: String, second: String, origin: String) {
        self.kind = kind
        self.first = first
        self.second = second
        self.origin = origin
    }

    /// The separators accepted between the two sides, longest first.
    static func separators(for kind: Kind) -> [String] {
        switch kind {
        case .same: ["==", "="]
        case .different: ["!=", "<>", "≠"]
        }
    }

    /// Reads `A=B` (same) or `A≠B` (different; also `A!=B`, `A<>B`).
    /// - Parameters:
    ///   - text: The option's value.
    ///   - kind: Which decision it is.
    ///   - option: Where the value was given (a front end's option), named by the message and kept as the
    ///     decision's ``origin``.
    /// - Returns: The decision, or a message saying what to write.
    package static func parse(_ text: String, kind: Kind, option: String) -> Result<EntityDecision, DecisionSyntaxError> {
        for separator in separators(for: kind) {
            guard let range = text.range(of: separator) else { continue }
            let first = String(text[..<range.lowerBound]).trimmingSpaces
            let second = String(text[range.upperBound...]).trimmingSpaces
            guard !first.isEmpty, !second.isEmpty else { break }
            return .success(EntityDecision(kind: kind, first: first, second: second, origin: option))
        }
        let example = kind == .same ? "\"bursa-auto/U1=textile/U3\"" : "\"bursa-auto/F7≠textile/F2\" (or !=)"
        return .failure(DecisionSyntaxError(
            message: "'\(option) \(text)' is not two members joined by \(separators(for: kind).last ?? "=")",
            remedy: "write \(option) \(example): CLUSTER/ID or a member's name on each side"))
    }
}

/// A same or different decision that is not two sides joined by the separator.
package struct DecisionSyntaxError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    package var message: String
    /// What to write instead.
    package var remedy: String

    package var description: String { "\(message) — \(remedy)" }
}
