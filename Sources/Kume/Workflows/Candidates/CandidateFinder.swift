import KumeData
import KumeGeo
import KumeGeography

/// The planner's path: candidate clusters from a firm registry.
///
/// Steps: the registry's firms with a point are projected to one Lambert azimuthal equal-area projection
/// centred on them (over Türkiye's extent its scale departs from true by well under 1 %); each sector group
/// is clustered (DBSCAN or HDBSCAN); every cluster becomes a candidate with the same `hull-buffer`
/// geography as `kume check`, its strength against the whole registry and whether that is beyond chance
/// (``ConcentrationTest``, Holm-adjusted over all candidates), the institutions inside or near, and the
/// call's checks.
package enum CandidateFinder {
    /// Finds and ranks the candidates.
    /// - Parameters:
    ///   - registry: The firms (WGS84 longitude, latitude).
    ///   - institutions: Chambers, universities, zones… to place against each candidate.
    ///   - search: The settings.
    ///   - progress: Called after each sector group with (groups done, groups in all).
    /// - Throws: ``DetectionError`` for bad parameters or a planar registry, ``GeographyError`` when GEOS
    ///   or PROJ fail.
    package static func find(
        registry: Registry, institutions: [Member], search: CandidateSearch,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> [Candidate] {
        guard registry.coordinateFrame == .wgs84LongitudeLatitude else {
            throw CandidateSearchError.planarRegistry(source: registry.source)
        }
        let rows = registry.types.indices.filter { registry.types[$0] == .firm && !registry.coordinates[$0].x.isNaN }
        guard !rows.isEmpty else { return [] }
        let planar = search.engine == .kume ? try project(rows.map { registry.coordinates[$0] }) : []
        var planarByRow: [Int: Int] = [:]
        for (position, row) in rows.enumerated() { planarByRow[row] = position }

        let groups = search.sectors.groups(of: registry, rows: rows)
        let index = LongitudeIndex(rows: rows, coordinates: registry.coordinates)
        // The groups partition the rows (one group, or one per code at a level): a row's group number
        // tells whether it belongs to a candidate's sector.
        var groupOf = [Int32](repeating: -1, count: registry.count)
        var jobs: [(group: Int, rows: [Int])] = []
        // With the PostGIS engine every group is clustered in the database at once, in kume's projection.
        var inDatabase: [[[Int]]]?
        if case .postgis(let conninfo) = search.engine {
            guard case .dbscan(let dbscan) = search.method else { throw CandidateSearchError.engineMethod("HDBSCAN") }
            let projection = try localProjection(rows.map { registry.coordinates[$0] })
            inDatabase = try PostGISDBSCAN(conninfo: conninfo, dbscan: dbscan)
                .cluster(groups: groups.map(\.rows), coordinates: registry.coordinates, projection: projection).clusters
        }
        for (number, group) in groups.enumerated() {
            for row in group.rows { groupOf[row] = Int32(number) }
            if let inDatabase {
                for cluster in inDatabase[number] where cluster.count >= search.minimumFirms { jobs.append((number, cluster)) }
                progress(number + 1, groups.count)
                continue
            }
            let xs = group.rows.map { planar[planarByRow[$0] ?? 0].x }
            let ys = group.rows.map { planar[planarByRow[$0] ?? 0].y }
            let clusters: [[Int]]
            switch search.method {
            case .dbscan(let dbscan): clusters = try await dbscan.cluster(xMetres: xs, yMetres: ys).clustering.members
            case .hdbscan(let hdbscan): clusters = try await hdbscan.cluster(xMetres: xs, yMetres: ys).clustering.members
            }
            for cluster in clusters where cluster.count >= search.minimumFirms {
                jobs.append((number, cluster.map { group.rows[$0] }))
            }
            progress(number + 1, groups.count)
        }
        let membership = groupOf
        let work = jobs
        let workers = max(1, min(search.workers, work.count))
        // Candidates are independent: each task builds every workers-th one with its own GEOS and PROJ
        // contexts (and its own place locator); the ranking below fixes the order.
        var candidates = try await ParallelJobs.mapThrowing(count: workers, workers: workers) { worker in
            let locator = try search.boundaries.map(PlaceLocator.make)
            return try stride(from: worker, to: work.count, by: workers).map { position in
                let job = work[position]
                return try candidate(
                    rows: job.rows, group: groups[job.group], allRows: rows, registry: registry,
                    institutions: institutions, search: search, locator: locator, index: index
                ) { membership[$0] == Int32(job.group) }
            }
        }.flatMap { $0 }
        // Each candidate's concentration against the registry's mix, Holm-adjusted over all of them.
        let adjusted = ConcentrationTest.holmAdjusted(candidates.map(\.pValue))
        for index in candidates.indices {
            candidates[index].adjustedPValue = adjusted[index]
            candidates[index].significant = adjusted[index] <= search.alpha
            candidates[index].institutionsGiven = search.institutionsGiven
        }
        candidates.sort { a, b in
            if a.significant != b.significant { return a.significant }
            if a.excessFirms != b.excessFirms { return a.excessFirms > b.excessFirms }
            if a.firmRows.count != b.firmRows.count { return a.firmRows.count > b.firmRows.count }
            if a.sector != b.sector { return a.sector < b.sector }
            return (a.firmRows.first ?? 0) < (b.firmRows.first ?? 0)
        }
        for index in candidates.indices { candidates[index].rank = index + 1 }
        return candidates
    }

    private static func project(_ lonLat: [Coordinate]) throws -> [Coordinate] {
        do {
            let context = try ProjectionContext()
            let local = try localProjection(lonLat)
            return try Transformer(from: .wgs84, to: local.crs, in: context).forward(lonLat)
        } catch let error as ProjectionError {
            throw GeographyError.projection(error)
        }
    }

    /// The projection the firms are clustered in: equal-area, centred on all of them.
    private static func localProjection(_ lonLat: [Coordinate]) throws -> LocalProjection {
        do {
            return try LocalProjection.equalArea(around: lonLat)
        } catch let error as ProjectionError {
            throw GeographyError.projection(error)
        }
    }

    private static func candidate(
        rows: [Int], group: (label: String, codes: [NaceCode], rows: [Int]), allRows: [Int], registry: Registry,
        institutions: [Member], search: CandidateSearch, locator: PlaceLocator?, index: LongitudeIndex,
        inGroup: (Int) -> Bool
    ) throws -> Candidate {
        let firms = rows.map { row in
            var firm = registry.member(at: row)
            firm.committed = true  // pre-eligibility: every firm of the sector is a potential committed member
            return firm
        }
        let geography = try HullBufferBuilder(parameters: search.geography)
            .build(firms: firms, members: firms + institutions, source: registry.source)
        let nearby = institutions.compactMap { member -> (member: Member, distanceKm: Double)? in
            guard let distance = geography.placements[member.id]?.distanceKm,
                  distance <= search.institutionsWithinKilometres else { return nil }
            return (member, distance)
        }
        let counts = try FirmsInGeography(geography: geography, registry: registry, index: index, inSector: inGroup)
        let share = Double(group.rows.count) / Double(allRows.count)
        let lq = counts.all > 0 ? (Double(counts.sector) / Double(counts.all)) / share : 0
        let roster = Roster(source: registry.source, members: firms + nearby.map(\.member))
        let places = try TouchedPlaces(geography: geography, members: roster.members, locator: locator)
        let verdict = Rules.evaluate(CheckInput(
            roster: roster, geography: GeographyFacts(geography: geography, places: places), call: search.call,
            mainActivity: group.codes, provincesWithChamberOfIndustry: ChambersOfIndustry.shared.byProvince))
        return Candidate(
            rank: 0, sector: group.label, firmRows: rows,
            employment: firms.reduce(0) { $0 + ($1.employees ?? 0) },
            dominantCodes: dominantCodes(firms), geography: geography, places: places,
            firmsInside: counts.all, sectorFirmsInside: counts.sector, locationQuotient: lq,
            excessFirms: Double(counts.sector) - Double(counts.all) * share,
            institutions: nearby.sorted { ($0.distanceKm, $0.member.id) < ($1.distanceKm, $1.member.id) },
            verdict: verdict,
            pValue: ConcentrationTest.binomialUpperTail(atLeast: counts.sector, of: counts.all, probability: share))
    }

    private static func dominantCodes(_ firms: [Member]) -> [(code: NaceCode, firms: Int)] {
        var counts: [NaceCode: Int] = [:]
        for firm in firms { if let code = firm.nace { counts[code, default: 0] += 1 } }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map { ($0.key, $0.value) }
    }
}
