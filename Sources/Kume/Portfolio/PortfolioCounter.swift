/// Counts the programme's indicators for any year, programme-wide and per cluster, over distinct entities.
///
/// The counting rules:
/// - coordinating bodies, active universities and active firms come from the rosters (the same in every
///   year): the distinct entities that are a cluster's accredited coordinator, an active member of type
///   `university`, an active member of type `firm`;
/// - firms with more cooperation: the distinct firms with a `cooperation` row in the year;
/// - shared facilities: the facilities whose first row is in the year or before, each counted for the
///   cluster of that first row; facility users: the distinct firms using any of them from the first year
///   they use it up to the year, counted for the cluster that owns the facility (a firm once, however many
///   facilities it uses);
/// - new products: the products of the year, summed over entities; the same entity reported under two
///   clusters or ids in one year counts once, at the larger number.
struct PortfolioCounter: Sendable {
    private let clusterCount: Int
    private let entityOf: [Int]
    private let clusterOf: [Int]
    /// Year-independent counts from the rosters: per cluster, and for the programme.
    private let rosterSets: [[Set<Int>]]
    private let rosterProgramme: [Set<Int>]
    private let cooperation: [Int: [(cluster: Int, entity: Int)]]
    private let products: [Int: [(cluster: Int, entity: Int, count: Int)]]
    private let facilities: [MonitoringLedger.Facility]
    /// Each facility's users: the entity and the first year it used the facility.
    private let firstUses: [(facility: Int, entity: Int, year: Int)]

    init(records: PortfolioRecords, matching: EntityMatching, ledger: MonitoringLedger) {
        clusterCount = records.clusterNames.count
        entityOf = matching.entityOf
        clusterOf = records.clusterOf
        var sets = Array(repeating: Array(repeating: Set<Int>(), count: 3), count: clusterCount)
        for (position, record) in records.records.enumerated() {
            let standing = records.standings[position], entity = matching.entityOf[position]
            let cluster = records.clusterOf[position]
            if standing.isCoordinator, standing.isAccredited { sets[cluster][0].insert(entity) }
            if standing.isActive, record.type == .university { sets[cluster][1].insert(entity) }
            if standing.isActive, record.type == .firm { sets[cluster][2].insert(entity) }
        }
        rosterSets = sets
        rosterProgramme = (0..<3).map { kind in sets.reduce(into: Set<Int>()) { $0.formUnion($1[kind]) } }
        var cooperation: [Int: [(cluster: Int, entity: Int)]] = [:]
        var products: [Int: [(cluster: Int, entity: Int, count: Int)]] = [:]
        var firstUse: [FacilityUser: Int] = [:]
        var order: [FacilityUser] = []
        for row in ledger.rows {
            let entity = matching.entityOf[row.record], cluster = records.clusterOf[row.record]
            switch row.entry {
            case .cooperation:
                cooperation[row.year, default: []].append((cluster, entity))
            case .products(let count):
                products[row.year, default: []].append((cluster, entity, count))
            case .facilityUse(let facility):
                let user = FacilityUser(facility: facility, entity: entity)
                if let year = firstUse[user] {
                    firstUse[user] = min(year, row.year)
                } else {
                    firstUse[user] = row.year
                    order.append(user)
                }
            }
        }
        self.cooperation = cooperation
        self.products = products
        facilities = ledger.facilities
        firstUses = order.map { ($0.facility, $0.entity, firstUse[$0] ?? 0) }
    }

    private struct FacilityUser: Hashable {
        var facility: Int
        var entity: Int
    }

    /// The indicators of `year`: programme-wide, and per cluster in cluster order.
    func indicators(year: Int) -> (programme: PortfolioIndicators, clusters: [PortfolioIndicators]) {
        var programme = PortfolioIndicators()
        var clusters = Array(repeating: PortfolioIndicators(), count: clusterCount)
        let rosterIndicators: [PortfolioIndicator] = [.coordinatingBodies, .activeUniversities, .activeFirms]
        for (kind, indicator) in rosterIndicators.enumerated() {
            programme[indicator] = rosterProgramme[kind].count
            for cluster in 0..<clusterCount { clusters[cluster][indicator] = rosterSets[cluster][kind].count }
        }
        // Cooperation in the year.
        var programmeSet = Set<Int>()
        var clusterSets = Array(repeating: Set<Int>(), count: clusterCount)
        for (cluster, entity) in cooperation[year] ?? [] {
            programmeSet.insert(entity)
            clusterSets[cluster].insert(entity)
        }
        programme[.firmsMoreCooperation] = programmeSet.count
        for cluster in 0..<clusterCount { clusters[cluster][.firmsMoreCooperation] = clusterSets[cluster].count }
        // Facilities and their users, cumulative up to the year, by the facility's cluster.
        for facility in facilities where facility.firstYear <= year {
            programme[.sharedFacilities] += 1
            clusters[facility.cluster][.sharedFacilities] += 1
        }
        programmeSet.removeAll(keepingCapacity: true)
        for index in clusterSets.indices { clusterSets[index].removeAll(keepingCapacity: true) }
        for use in firstUses where use.year <= year {
            programmeSet.insert(use.entity)
            clusterSets[facilities[use.facility].cluster].insert(use.entity)
        }
        programme[.facilityUsers] = programmeSet.count
        for cluster in 0..<clusterCount { clusters[cluster][.facilityUsers] = clusterSets[cluster].count }
        // Products in the year: each entity once per scope, at its largest report.
        var largest: [Int: Int] = [:]
        var largestInCluster: [Int64: Int] = [:]
        for (cluster, entity, count) in products[year] ?? [] {
            largest[entity] = max(largest[entity] ?? 0, count)
            let key = Int64(cluster) << 32 | Int64(entity)
            largestInCluster[key] = max(largestInCluster[key] ?? 0, count)
        }
        programme[.newProducts] = largest.values.reduce(0, +)
        for (key, count) in largestInCluster { clusters[Int(key >> 32)][.newProducts] += count }
        return (programme, clusters)
    }

    /// The entities reported with products under more than one cluster or id in `year`, with the reports.
    func productsReportedTwice(year: Int) -> [Int: [(cluster: Int, count: Int)]] {
        var reports: [Int: [(cluster: Int, count: Int)]] = [:]
        for (cluster, entity, count) in products[year] ?? [] { reports[entity, default: []].append((cluster, count)) }
        return reports.filter { $0.value.count > 1 }
    }
}
