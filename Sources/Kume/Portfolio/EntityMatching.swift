import KumeData

/// The distinct entities behind the portfolio's roster members, with how each was found.
package struct EntityMatching: Sendable {
    /// One union of two records' entities: the records that met and the rule that joined them.
    package struct Merge: Hashable, Sendable {
        /// The rule that joined two records.
        package enum Rule: String, Sendable {
            /// The same tax number.
            case taxNumber = "tax_id"
            /// The same name without legal-form words (for institutions also the same type and province).
            case name
            /// A person's `--same` decision.
            case decision
        }

        /// The rule.
        package var rule: Rule
        /// The record already in the entity (an index into ``EntityMatching/records``).
        package var first: Int
        /// The record joined to it.
        package var second: Int
        /// What matched: the tax number, the name's words, or where the decision was given.
        package var basis: String
    }

    /// Two records of different entities that a person may want to confirm as different, or settle.
    package struct NearMiss: Hashable, Sendable {
        /// Why the pair is listed.
        package enum Reason: String, Sendable {
            /// The same name, different tax numbers: never merged.
            case differentTaxIDs = "different_tax_ids"
            /// A name without a tax number that several tax numbers carry: not merged with any of them.
            case ambiguousName = "ambiguous_name"
            /// The same name (without legal-form words), different member types.
            case differentType = "different_type"
            /// An institution of the same name and type in another province.
            case differentProvince = "different_province"
            /// Names one letter apart, or one name the start of the other.
            case similarName = "similar_name"
        }

        /// Why.
        package var reason: Reason
        /// One record (an index into ``EntityMatching/records``).
        package var first: Int
        /// The other record.
        package var second: Int
    }

    /// A person's decision as applied: what it said and the records each side named.
    package struct AppliedDecision: Hashable, Sendable {
        /// The decision as given.
        package var decision: EntityDecision
        /// The records the first side named.
        package var first: [Int]
        /// The records the second side named.
        package var second: [Int]
    }

    /// Every roster member of the portfolio, clusters in name order and members in roster order.
    package var records: [EntityRecord]
    /// The entity of each record: 0, 1, 2, … in order of first appearance.
    package var entityOf: [Int]
    /// How many distinct entities there are.
    package var entityCount: Int
    /// Every union made, in the order made (rules by tax number, then decisions, then names).
    package var merges: [Merge]
    /// Pairs not merged that a person may want to look at, one per pair of entities.
    package var nearMisses: [NearMiss]
    /// The decisions applied.
    package var decisions: [AppliedDecision]
}
