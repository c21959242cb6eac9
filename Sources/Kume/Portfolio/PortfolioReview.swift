import KumeData

/// The programme's view of a portfolio for one year: the indicators programme-wide and per cluster, their
/// change from the year before, the entities behind them and the warnings.
package struct PortfolioReview: Sendable {
    /// One cluster's indicators.
    package struct ClusterResult: Sendable {
        /// The cluster's name (its roster's file name without the extension).
        package var name: String
        /// The roster file.
        package var source: String
        /// How many members its roster has.
        package var memberCount: Int
        /// The indicators of the year.
        package var indicators: PortfolioIndicators
        /// Their change from the year before.
        package var change: PortfolioChange
    }

    /// The year reviewed.
    package var year: Int
    /// The years the monitoring table covers; `nil` without one.
    package var monitoringYears: ClosedRange<Int>?
    /// The monitoring table's file; `nil` without one.
    package var monitoringSource: String?
    /// The indicators programme-wide, over distinct entities.
    package var indicators: PortfolioIndicators
    /// Their change from the year before.
    package var change: PortfolioChange
    /// Each cluster's, in name order.
    package var clusters: [ClusterResult]
    /// The distinct entities, merges and near-misses.
    package var matching: EntityMatching
    /// What a person should know: clusters without an accredited coordinator, rows that count nothing, …
    package var warnings: [InputWarning]

    /// The year before ``year``.
    package var previousYear: Int { year - 1 }
}

extension PortfolioReview {
    /// Reviews a portfolio.
    /// - Parameters:
    ///   - clusters: The clusters, in name order.
    ///   - monitoring: The monitoring table, if any.
    ///   - year: The year; `nil` for the latest year of the monitoring table.
    ///   - decisions: A person's `same`/`different` decisions on entities.
    /// - Throws: ``PortfolioError`` without clusters or without a year; ``InputError`` for a monitoring row
    ///   naming a cluster or member the rosters lack; ``EntityDecisionError`` for a decision kume cannot apply.
    package static func make(
        clusters: [PortfolioCluster], monitoring: MonitoringTable?, year: Int? = nil, decisions: [EntityDecision] = []
    ) async throws -> PortfolioReview {
        try await make(records: PortfolioRecords(clusters: clusters), memberCounts: clusters.map(\.roster.members.count),
                 monitoring: monitoring, year: year, decisions: decisions)
    }

    static func make(
        records: PortfolioRecords, memberCounts: [Int], monitoring: MonitoringTable?, year: Int?, decisions: [EntityDecision]
    ) async throws -> PortfolioReview {
        guard !records.clusterNames.isEmpty else {
            throw PortfolioError(problem: "the portfolio has no clusters", remedy: "give a folder with one roster per cluster")
        }
        // The entities are matched in a child task while the monitoring table is tied to the rosters.
        async let matched = EntityMatching.match(records.records, decisions: decisions)
        let ledger = try monitoring.map { table throws(InputError) in try MonitoringLedger(table: table, records: records) }
            ?? MonitoringLedger()
        guard let year = year ?? ledger.years?.upperBound else {
            throw PortfolioError(
                problem: "no year to review: there is no monitoring table",
                remedy: "give \(Setting.year.words), or add monitoring.csv to the folder")
        }
        let matching = try await matched
        let counter = PortfolioCounter(records: records, matching: matching, ledger: ledger)
        let current = counter.indicators(year: year)
        // A change is known for the monitoring's indicators when the table covers the year before.
        let previousKnown = ledger.years.map { $0.lowerBound <= year - 1 } ?? false
        let previous = previousKnown ? counter.indicators(year: year - 1) : nil
        let known: (PortfolioIndicator) -> Bool = { !$0.isFromRosters }
        var clusters: [ClusterResult] = []
        for (position, name) in records.clusterNames.enumerated() {
            clusters.append(ClusterResult(
                name: name, source: records.clusterSources[position], memberCount: memberCounts[position],
                indicators: current.clusters[position],
                change: PortfolioChange(current: current.clusters[position], previous: previous?.clusters[position], known: known)))
        }
        var warnings = PortfolioWarnings.roster(records: records, matching: matching)
        warnings += ledger.warnings
        warnings += PortfolioWarnings.monitoring(year: year, years: ledger.years, hasTable: monitoring != nil)
        warnings += PortfolioWarnings.products(counter.productsReportedTwice(year: year), year: year,
                                               records: records, matching: matching)
        return PortfolioReview(
            year: year, monitoringYears: ledger.years, monitoringSource: monitoring?.source,
            indicators: current.programme,
            change: PortfolioChange(current: current.programme, previous: previous?.programme, known: known),
            clusters: clusters, matching: matching, warnings: warnings)
    }
}
