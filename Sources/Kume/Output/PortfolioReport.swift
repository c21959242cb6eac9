import KumeData

/// The reports of a ``PortfolioReview``: text for a terminal, CSV for a spreadsheet, JSON for programs.
package enum PortfolioReport {
    /// A member as the reports name it: `CLUSTER/ID name`.
    static func reference(_ record: EntityRecord) -> String { "\(record.reference) \(record.name)" }

    /// A change as people read it: `+3`, `-1`, `0`, or `—` when it cannot be known.
    static func signed(_ change: Int?) -> String {
        guard let change else { return "—" }
        return change > 0 ? "+\(change)" : "\(change)"
    }

    /// Why a near-miss was not merged, in a sentence.
    static func reason(_ miss: EntityMatching.NearMiss, _ matching: EntityMatching) -> String {
        let a = matching.records[miss.first], b = matching.records[miss.second]
        switch miss.reason {
        case .differentTaxIDs:
            return "the same name with different tax numbers (\(a.taxNumber ?? "") and \(b.taxNumber ?? "")): never merged"
        case .ambiguousName:
            return "\(a.reference) has no tax number and its name is also carried by other tax numbers: merged with none"
        case .differentType:
            return "the same name under different types (\(a.type.rawValue) and \(b.type.rawValue))"
        case .differentProvince:
            return "the same name and type in different provinces (\(a.province ?? "unknown") and \(b.province ?? "unknown"))"
        case .similarName:
            return "similar names (one letter apart, or one the first words of the other)"
        }
    }

    /// What a merge rested on, in words.
    static func basis(_ merge: EntityMatching.Merge, _ matching: EntityMatching) -> String {
        let record = matching.records[merge.second]
        switch merge.rule {
        case .taxNumber:
            return "tax number \(merge.basis)"
        case .name where record.type == .firm:
            return "name '\(merge.basis)'"
        case .name:
            return "name '\(merge.basis)', \(record.type.rawValue) in \(record.province ?? "an unknown province")"
        case .decision:
            return "decision \(merge.basis)"
        }
    }
}
