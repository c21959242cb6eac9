import KumeData

extension EntityMatching {
    /// Finds the distinct entities behind `records`.
    ///
    /// 1. Records with the same tax number are one entity; two different tax numbers are never merged.
    /// 2. `same` decisions join their sides; `different` decisions keep them apart from every later rule.
    /// 3. Records are matched by name (``EntityName``): firms by their name without legal-form words,
    ///    institutions also by type and province. A record without a tax number joins the records of its
    ///    name when they carry at most one tax number; when they carry several, it joins none of them
    ///    (listed as an ``NearMiss/Reason/ambiguousName`` near-miss) and those stay apart
    ///    (``NearMiss/Reason/differentTaxIDs``).
    /// 4. Near-misses are listed (``NearMissFinder``, in parallel child tasks).
    /// - Parameters:
    ///   - records: The roster members, clusters in name order and members in roster order.
    ///   - decisions: A person's `same`/`different` decisions, applied in order.
    /// - Throws: ``EntityDecisionError`` for a decision that names no member, joins two tax numbers,
    ///   separates one tax number, or contradicts another decision.
    package static func match(_ records: [EntityRecord], decisions: [EntityDecision] = [])
        async throws(EntityDecisionError) -> EntityMatching
    {
        let both = records.map(\.names)
        let names = both.map(\.entity)
        var union = EntityUnion(taxNumbers: records.map(\.taxNumber))
        var merges: [Merge] = []
        var applied: [AppliedDecision] = []
        if !decisions.isEmpty {
            let index = EntityReferenceIndex(records)
            for decision in decisions {
                applied.append(AppliedDecision(
                    decision: decision, first: try index.records(decision.first, of: decision),
                    second: try index.records(decision.second, of: decision)))
            }
        }
        for decision in applied where decision.decision.kind == .different {
            try keepApart(decision, records: records, union: &union)
        }
        var firstWithTaxID: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            guard let taxNumber = record.taxNumber else { continue }
            guard let first = firstWithTaxID[taxNumber] else {
                firstWithTaxID[taxNumber] = position
                continue
            }
            if union.union(first, position) == .joined {
                merges.append(Merge(rule: .taxNumber, first: first, second: position, basis: taxNumber))
            }
        }
        for decision in applied where decision.decision.kind == .same {
            try join(decision, records: records, union: &union, merges: &merges)
        }
        var nearMisses: [NearMiss] = []
        matchNames(records: records, names: names, union: &union, merges: &merges, nearMisses: &nearMisses)
        let finder = NearMissFinder(records: records, names: names, firmStyleNames: both.map(\.firmStyle))
        nearMisses += await finder.find(union: &union, listed: nearMisses)
        var entityOfRoot: [Int: Int] = [:]
        var entityOf: [Int] = []
        entityOf.reserveCapacity(records.count)
        for position in records.indices {
            let root = union.find(position)
            if let entity = entityOfRoot[root] {
                entityOf.append(entity)
            } else {
                entityOfRoot[root] = entityOfRoot.count
                entityOf.append(entityOfRoot.count - 1)
            }
        }
        return EntityMatching(records: records, entityOf: entityOf, entityCount: entityOfRoot.count, merges: merges,
                              nearMisses: nearMisses, decisions: applied)
    }

    private static func keepApart(_ applied: AppliedDecision, records: [EntityRecord], union: inout EntityUnion)
        throws(EntityDecisionError)
    {
        let decision = applied.decision
        for first in applied.first {
            for second in applied.second {
                if first == second {
                    throw EntityDecisionError(
                        origin: decision.origin, problem: "both sides name \(records[first].reference)",
                        remedy: "name two different members")
                }
                if let taxNumber = records[first].taxNumber, taxNumber == records[second].taxNumber {
                    throw EntityDecisionError(
                        origin: decision.origin,
                        problem: "\(records[first].reference) and \(records[second].reference) have the same tax number \(taxNumber), so they are one entity",
                        remedy: "correct the tax number in the roster if they are different entities")
                }
                union.keepApart(first, second)
            }
        }
    }

    private static func join(_ applied: AppliedDecision, records: [EntityRecord], union: inout EntityUnion,
                             merges: inout [Merge]) throws(EntityDecisionError)
    {
        let decision = applied.decision
        let all = applied.first + applied.second
        guard let anchor = all.first else { return }
        for other in all.dropFirst() {
            switch union.union(anchor, other) {
            case .joined:
                merges.append(Merge(rule: .decision, first: anchor, second: other, basis: decision.origin))
            case .alreadyOne:
                continue
            case .differentTaxIDs:
                throw EntityDecisionError(
                    origin: decision.origin,
                    problem: "\(records[anchor].reference) and \(records[other].reference) belong to different tax numbers (\(union.taxNumber(of: anchor) ?? "") and \(union.taxNumber(of: other) ?? ""))",
                    remedy: "two different tax numbers are never one entity: correct the roster's tax number if they are")
            case .keptApart:
                throw EntityDecisionError(
                    origin: decision.origin,
                    problem: "\(records[anchor].reference) and \(records[other].reference) are also decided to be different",
                    remedy: "keep only one of the two decisions")
            }
        }
    }

    /// Step 3: joins records of the same match key, as ``match(_:decisions:)`` describes.
    private static func matchNames(records: [EntityRecord], names: [EntityName], union: inout EntityUnion,
                                   merges: inout [Merge], nearMisses: inout [NearMiss])
    {
        var groups: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            let key = record.matchKey(name: names[position])
            if let group = groupOfKey[key] {
                groups[group].append(position)
            } else {
                groupOfKey[key] = groups.count
                groups.append([position])
            }
        }
        for group in groups where group.count > 1 {
            // The tax numbers the group's components carry, each with its first record.
            var taxed: [(taxNumber: String, record: Int)] = []
            for position in group {
                if let taxNumber = union.taxNumber(of: position), !taxed.contains(where: { $0.taxNumber == taxNumber }) {
                    taxed.append((taxNumber, position))
                }
            }
            let ambiguous = taxed.count > 1
            var representatives: [Int] = []
            for position in group {
                if ambiguous, union.taxNumber(of: position) != nil { continue }
                var placed = false
                for representative in representatives {
                    switch union.union(representative, position) {
                    case .joined:
                        merges.append(Merge(rule: .name, first: representative, second: position, basis: names[position].key))
                        placed = true
                    case .alreadyOne:
                        placed = true
                    case .keptApart, .differentTaxIDs:
                        continue
                    }
                    if placed { break }
                }
                if !placed { representatives.append(position) }
            }
            guard ambiguous else { continue }
            for (offset, first) in taxed.enumerated() {
                // A person who decided they are different has settled it: no longer a near-miss.
                for second in taxed[(offset + 1)...] where !union.areKeptApart(first.record, second.record) {
                    nearMisses.append(NearMiss(reason: .differentTaxIDs, first: first.record, second: second.record))
                }
            }
            for untaxed in representatives {
                for tax in taxed where !union.areKeptApart(untaxed, tax.record) {
                    nearMisses.append(NearMiss(reason: .ambiguousName, first: untaxed, second: tax.record))
                }
            }
        }
    }
}

extension EntityRecord {
    /// ``matchKey`` from an ``EntityName`` already computed.
    func matchKey(name: EntityName) -> String {
        type == .firm
            ? "firm|" + name.key
            : "\(type.rawValue)|\(province.map(TurkishText.folded) ?? "")|\(name.key)"
    }
}
