import KumeData

/// The portfolio's members flattened: one record per roster member, clusters in name order and members in
/// roster order, with each member's cluster and standing.
struct PortfolioRecords: Sendable {
    /// The clusters' names, in order.
    var clusterNames: [String]
    /// Each cluster's roster file, for messages.
    var clusterSources: [String]
    /// One record per member.
    var records: [EntityRecord]
    /// The cluster of each record (an index into ``clusterNames``).
    var clusterOf: [Int]
    /// The standing of each record.
    var standings: [MemberStanding]

    /// The records of every cluster's roster.
    init(clusters: [PortfolioCluster]) {
        clusterNames = clusters.map(\.name)
        clusterSources = clusters.map(\.roster.source)
        records = []
        clusterOf = []
        standings = []
        let districts = DistrictTable.shared
        for (position, cluster) in clusters.enumerated() {
            for member in cluster.roster.members {
                // An institution's province matters for matching: stated, else the nearest district point's.
                var province = member.province
                if province == nil, member.type != .firm, let point = member.location {
                    province = districts.nearest(to: point)?.province
                }
                records.append(EntityRecord(cluster: cluster.name, id: member.id, name: member.name,
                                            type: member.type, taxNumber: member.taxNumber?.digits, province: province))
                clusterOf.append(position)
                standings.append(MemberStanding(member))
            }
        }
    }

    /// Records given directly (for tests and callers that match their own members).
    init(clusterNames: [String], records: [EntityRecord], standings: [MemberStanding]) {
        self.clusterNames = clusterNames
        clusterSources = clusterNames
        self.records = records
        let position = Dictionary(clusterNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        clusterOf = records.map { position[$0.cluster] ?? 0 }
        self.standings = standings
    }
}
