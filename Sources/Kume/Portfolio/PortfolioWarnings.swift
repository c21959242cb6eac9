import KumeData

/// The warnings of a portfolio review: what a person should know before relying on the counts.
enum PortfolioWarnings {
    /// Clusters without a coordinating body, with several, or with one not accredited; entities whose
    /// records disagree on their type.
    static func roster(records: PortfolioRecords, matching: EntityMatching) -> [InputWarning] {
        var warnings: [InputWarning] = []
        var coordinators = Array(repeating: [Int](), count: records.clusterNames.count)
        for (position, standing) in records.standings.enumerated() where standing.isCoordinator {
            coordinators[records.clusterOf[position]].append(position)
        }
        for (cluster, found) in coordinators.enumerated() {
            let name = records.clusterNames[cluster], source = records.clusterSources[cluster]
            if found.isEmpty {
                warnings.append(InputWarning(
                    location: source,
                    message: "\(name) names no coordinating body: write role coordinator (koordinatör) on the member that coordinates it"))
            } else if found.count > 1 {
                let list = found.map { "\(records.records[$0].name) (\(records.records[$0].id))" }.joined(separator: ", ")
                warnings.append(InputWarning(
                    location: source, message: "\(name) names \(found.count) coordinating bodies: \(list)"))
            }
            for position in found where !records.standings[position].isAccredited {
                let record = records.records[position]
                warnings.append(InputWarning(
                    memberID: record.id, location: source,
                    message: "\(name)'s coordinating body \(record.name) (\(record.id)) is not accredited: not counted among the accredited coordinating bodies"))
            }
        }
        var typesOfEntity: [Int: [Int]] = [:]
        for (position, entity) in matching.entityOf.enumerated() { typesOfEntity[entity, default: []].append(position) }
        for entity in 0..<matching.entityCount {
            guard let members = typesOfEntity[entity],
                  Set(members.map { records.records[$0].type }).count > 1 else { continue }
            let list = members.map { "\(records.records[$0].type.rawValue) in \(records.records[$0].reference)" }
                .joined(separator: ", ")
            warnings.append(InputWarning(
                message: "\(records.records[members[0]].name) is one entity but its rosters disagree on its type: \(list); each record counts as its own type"))
        }
        return warnings
    }

    /// A year the monitoring table does not cover.
    static func monitoring(year: Int, years: ClosedRange<Int>?, hasTable: Bool) -> [InputWarning] {
        guard hasTable else {
            return [InputWarning(message: "no monitoring table: firms with more cooperation, shared facilities, their users and new products are 0")]
        }
        guard let years, !years.contains(year) else { return [] }
        return [InputWarning(message: "the monitoring table covers \(years.lowerBound)–\(years.upperBound), not \(year): cooperation and products of \(year) are 0")]
    }

    /// Entities whose products of the year were reported more than once.
    static func products(_ reports: [Int: [(cluster: Int, count: Int)]], year: Int, records: PortfolioRecords,
                         matching: EntityMatching) -> [InputWarning] {
        guard !reports.isEmpty else { return [] }
        var firstRecord: [Int: Int] = [:]
        for (position, entity) in matching.entityOf.enumerated() where reports[entity] != nil && firstRecord[entity] == nil {
            firstRecord[entity] = position
        }
        return reports.keys.sorted().compactMap { entity in
            guard let list = reports[entity], let first = firstRecord[entity] else { return nil }
            let counts = list.map { "\($0.count) under \(records.clusterNames[$0.cluster])" }.joined(separator: ", ")
            let largest = list.map(\.count).max() ?? 0
            return InputWarning(
                message: "\(records.records[first].name) reported products more than once in \(year) (\(counts)): counted once, at the largest (\(largest))")
        }
    }
}
