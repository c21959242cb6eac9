import KumeData

/// Lists the pairs of records kume did not merge but a person may want to look at (after every merge):
/// the same name under different types, an institution's name and type in another province, and names one
/// letter apart or one the start of the other (``SimilarNames``). One pair per pair of entities; pairs a
/// `different` decision settled are left out.
///
/// The candidates are found in parallel child tasks from the names alone; the merges then filter them in a
/// fixed order (same name, other type; other province; similar names), so the list is the same on any
/// number of cores.
struct NearMissFinder: Sendable {
    let records: [EntityRecord]
    let names: [EntityName]
    let firmStyleNames: [EntityName]

    private struct RootPair: Hashable {
        var low: Int
        var high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
    }

    /// The near-misses beyond `listed` (already found by the name matching), in a stable order.
    func find(union: inout EntityUnion, listed: [EntityMatching.NearMiss]) async -> [EntityMatching.NearMiss] {
        async let similar = SimilarNames.pairs(records: records, names: names)
        let sameName = sameNameCandidates()
        let similarPairs = await similar
        var seen: Set<RootPair> = []
        for miss in listed { seen.insert(RootPair(union.find(miss.first), union.find(miss.second))) }
        var found: [EntityMatching.NearMiss] = []
        func add(_ reason: EntityMatching.NearMiss.Reason, _ first: Int, _ second: Int) {
            let a = union.find(first), b = union.find(second)
            guard a != b, !union.areKeptApart(a, b), seen.insert(RootPair(a, b)).inserted else { return }
            found.append(EntityMatching.NearMiss(reason: reason, first: first, second: second))
        }
        for (reason, first, second) in sameName { add(reason, first, second) }
        for (first, second) in similarPairs { add(.similarName, first, second) }
        return found
    }

    /// Pairs with the same name (without legal-form words) under different types, then institutions of the
    /// same name and type in different provinces (unless both names say their own province).
    func sameNameCandidates() -> [(EntityMatching.NearMiss.Reason, Int, Int)] {
        var candidates: [(EntityMatching.NearMiss.Reason, Int, Int)] = []
        for group in groups(of: Array(records.indices), by: { firmStyleNames[$0].key }) {
            for (offset, first) in group.enumerated() {
                for second in group[(offset + 1)...] where records[first].type != records[second].type {
                    candidates.append((.differentType, first, second))
                }
            }
        }
        let institutions = records.indices.filter { records[$0].type != .firm }
        for group in groups(of: institutions, by: { "\(records[$0].type.rawValue)|\(names[$0].key)" }) {
            for (offset, first) in group.enumerated() {
                for second in group[(offset + 1)...] where records[first].province != records[second].province {
                    if names[first].mentionsProvince, names[second].mentionsProvince { continue }
                    candidates.append((.differentProvince, first, second))
                }
            }
        }
        return candidates
    }

    /// The records of `subset` grouped by a key: the groups of two or more, in order of first record.
    private func groups(of subset: [Int], by key: (Int) -> String) -> [[Int]] {
        var groups: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        groupOfKey.reserveCapacity(subset.count)
        for position in subset {
            let value = key(position)
            if let group = groupOfKey[value] {
                groups[group].append(position)
            } else {
                groupOfKey[value] = groups.count
                groups.append([position])
            }
        }
        return groups.filter { $0.count > 1 }
    }
}
