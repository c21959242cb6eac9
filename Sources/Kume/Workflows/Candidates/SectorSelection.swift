import KumeData

/// Which sectors `kume detect` looks for clusters of.
package enum SectorSelection: Sendable, Hashable {
    /// One group of codes clustered together (`--sector 29,22.1,25`): a firm belongs when its code lies
    /// inside any of them.
    case group([NaceCode])
    /// Every code at one level, each clustered on its own (`--level division` without `--sector`).
    case each(NaceCode.Level)

    /// The groups of registry rows to cluster: a label and the codes of each group, with the rows whose
    /// NACE code falls in it (only firms with a point).
    func groups(of registry: Registry, rows: [Int]) -> [(label: String, codes: [NaceCode], rows: [Int])] {
        let table = NaceClassification.shared
        switch self {
        case .group(let codes):
            let selected = rows.filter { row in
                guard let code = registry.nace(at: row) else { return false }
                return codes.contains { table.code(code, isWithin: $0) }
            }
            return [(codes.map(\.code).joined(separator: ","), codes, selected)]
        case .each(let level):
            var byCode: [NaceCode: [Int]] = [:]
            for row in rows {
                guard let code = registry.nace(at: row) else { continue }
                let key = level == .section ? table.section(of: code) : code.truncated(to: level)
                if let key { byCode[key, default: []].append(row) }
            }
            return byCode.keys.sorted().map { ($0.code, [$0], byCode[$0] ?? []) }
        }
    }
}
