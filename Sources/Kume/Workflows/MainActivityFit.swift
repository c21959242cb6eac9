import KumeAnalytics
import KumeData
import KumeGeography

/// How each firm of a roster relates to the cluster's main activity.
///
/// Always the NACE taxonomy relatedness (1 for a firm inside a main-activity code, else ``NaceTaxonomy``'s
/// scale against the nearest main-activity code); with a reference registry also the
/// co-location proximity φ of the firm's division and the main activity's divisions across the registry's
/// provinces (Hidalgo et al. 2007). A firm whose code lies in another NACE section than every main-activity
/// code (taxonomy relatedness 0) is named unrelated in the warnings.
enum MainActivityFit {
    /// The registry firms inside the geography, as the location quotient counts them.
    struct FirmsInside: Sendable {
        /// Their rows in the registry, ascending.
        var rows: [Int]
        /// For each of ``rows``, whether the firm's NACE code lies inside a main-activity code.
        var isMainActivity: [Bool]
    }

    /// Fills the members' relatedness figures and, given a registry, the reference concentration; adds a
    /// warning per unrelated firm.
    /// - Returns: the registry firms inside the geography, when a registry and a geography were given.
    @discardableResult
    static func annotate(_ verdict: inout Verdict, geography: EconomicGeography?, reference: Registry?) throws
        -> FirmsInside? {
        let main = verdict.mainActivity.codes
        guard !main.isEmpty else { return nil }
        let proximity = try reference.map {
            try RegionSectorMatrix.aggregating(registry: $0, level: .division, weighting: .firms).matrix.proximity()
        }
        let mainDivisions = Set(main.compactMap(\.division))
        for index in verdict.members.indices where verdict.members[index].type == .firm {
            guard let code = verdict.members[index].nace else { continue }
            let relatedness = main.contains { $0.contains(code) } ? 1 : main.map { NaceTaxonomy.relatedness(code, $0) }.max() ?? 0
            verdict.members[index].mainActivityRelatedness = relatedness
            if let proximity, let division = code.division {
                verdict.members[index].mainActivityProximity = mainDivisions
                    .compactMap { proximity.value(row: division, column: $0) }.max()
            }
            if relatedness == 0 {
                let member = verdict.members[index]
                verdict.warnings.append(InputWarning(
                    memberID: member.id,
                    message: "\(member.id) (\(member.name), NACE \(code.code)) is in another NACE section than the "
                        + "main activity \(main.map(\.code).joined(separator: ",")): unrelated to it",
                    messageTR: "\(member.id) (\(member.name), NACE \(code.code)) ana faaliyet alanı "
                        + "\(main.map(\.code).joined(separator: ",")) ile başka bir NACE kısmında: onunla ilişkisiz"))
            }
        }
        if let reference, let geography {
            let rows = reference.types.indices.filter { reference.types[$0] == .firm && !reference.coordinates[$0].x.isNaN }
            let mainRows = rows.filter { row in reference.nace(at: row).map { code in main.contains { $0.contains(code) } } ?? false }
            var inMain = [Bool](repeating: false, count: reference.count)
            for row in mainRows { inMain[row] = true }
            let index = LongitudeIndex(rows: rows, coordinates: reference.coordinates)
            let counts = try FirmsInGeography(geography: geography, registry: reference, index: index) { inMain[$0] }
            verdict.reference = ReferenceConcentration(
                source: reference.source, firmsInside: counts.all, mainActivityFirmsInside: counts.sector,
                firms: rows.count, mainActivityFirms: mainRows.count)
            return FirmsInside(rows: counts.insideRows, isMainActivity: counts.insideRows.map { inMain[$0] })
        }
        return nil
    }
}
