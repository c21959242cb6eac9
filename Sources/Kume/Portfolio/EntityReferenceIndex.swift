import KumeData

/// Finds the records a decision's side names: `CLUSTER/ID`, or a name as a roster writes it.
struct EntityReferenceIndex {
    private var byReference: [String: Int] = [:]
    private var byName: [String: [Int]] = [:]

    init(_ records: [EntityRecord]) {
        for (index, record) in records.enumerated() {
            byReference[record.reference] = index
            byName[TurkishText.folded(record.name), default: []].append(index)
        }
    }

    /// The records `side` names.
    /// - Throws: ``EntityDecisionError`` when it names none.
    func records(_ side: String, of decision: EntityDecision) throws(EntityDecisionError) -> [Int] {
        if let index = byReference[side] { return [index] }
        if let found = byName[TurkishText.folded(side)] { return found }
        let hint = side.contains("/")
            ? "no roster has this cluster and id: the cluster is the roster's file name without its extension"
            : "no member has this name"
        throw EntityDecisionError(
            origin: decision.origin, problem: "'\(side)' names no member (\(hint))",
            remedy: "write CLUSTER/ID as the report lists them (e.g. bursa-automotive/K02), or a name exactly as a roster writes it")
    }
}
