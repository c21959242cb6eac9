/// Union–find over records, with each component's tax number and the components a decision keeps apart.
///
/// Two components with different tax numbers are never joined, nor two that a `different` decision
/// separates; ``union(_:_:)`` says which of these stopped it.
struct EntityUnion {
    /// What ``union(_:_:)`` did.
    enum Outcome: Equatable {
        /// Two components became one.
        case joined
        /// The records were already one entity.
        case alreadyOne
        /// A `different` decision keeps the two components apart.
        case keptApart
        /// The components carry different tax numbers.
        case differentTaxIDs
    }

    private var parent: [Int]
    private var size: [Int]
    /// The tax number of each component, at its root.
    private var taxNumbers: [String?]
    /// Records a decision keeps apart from each component, at its root.
    private var apart: [[Int]]

    /// One component per record.
    init(taxNumbers: [String?]) {
        parent = Array(taxNumbers.indices)
        size = Array(repeating: 1, count: taxNumbers.count)
        self.taxNumbers = taxNumbers
        apart = Array(repeating: [], count: taxNumbers.count)
    }

    /// The root of `record`'s component (with path halving).
    mutating func find(_ record: Int) -> Int {
        var node = record
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// The tax number of `record`'s component.
    mutating func taxNumber(of record: Int) -> String? { taxNumbers[find(record)] }

    /// Keeps the components of `first` and `second` apart from now on.
    mutating func keepApart(_ first: Int, _ second: Int) {
        let a = find(first), b = find(second)
        apart[a].append(second)
        apart[b].append(first)
    }

    /// Whether a decision keeps the components of `first` and `second` apart.
    mutating func areKeptApart(_ first: Int, _ second: Int) -> Bool {
        let a = find(first), b = find(second)
        guard a != b else { return false }
        let (small, other) = apart[a].count <= apart[b].count ? (a, b) : (b, a)
        for record in apart[small] where find(record) == other { return true }
        return false
    }

    /// Joins the components of `first` and `second` unless tax numbers or a decision forbid it.
    mutating func union(_ first: Int, _ second: Int) -> Outcome {
        let a = find(first), b = find(second)
        if a == b { return .alreadyOne }
        if let x = taxNumbers[a], let y = taxNumbers[b], x != y { return .differentTaxIDs }
        if areKeptApart(a, b) { return .keptApart }
        let (root, child) = size[a] >= size[b] ? (a, b) : (b, a)
        parent[child] = root
        size[root] += size[child]
        taxNumbers[root] = taxNumbers[root] ?? taxNumbers[child]
        apart[root] += apart[child]
        apart[child] = []
        return .joined
    }
}
