import KumeData
import KumeGeography

/// The candidates of `kume detect` as a terminal table, a CSV table and GeoJSON features.
package enum CandidateReport {
    /// The headline: how many candidates were tested and how many are concentrations beyond chance.
    package static func headline(_ candidates: [Candidate], search: CandidateSearch, registry: Registry) -> String {
        let significant = candidates.filter(\.significant).count
        let level = NumberText.plain(search.alpha * 100)
        let settings = "(\(search.method); geography \(HullBufferBuilder.methodName), buffer "
            + "\(NumberText.plain(search.geography.bufferKilometres)) km; score = sector firms inside beyond the "
            + "registry's average mix; significant: Holm-adjusted binomial p ≤ \(level) % over \(candidates.count) tested)"
        if candidates.isEmpty { return "No candidate cluster in \(registry.source) \(settings)" }
        if significant == 0 {
            return "No concentration beyond chance in \(registry.source): none of \(candidates.count) candidate clusters "
                + "is significant \(settings)"
        }
        return "\(significant) of \(candidates.count) candidate clusters in \(registry.source) are concentrations beyond chance \(settings)"
    }

    /// One line per candidate, ranked, under the headline (which counts every candidate, shown or not).
    package static func text(_ candidates: [Candidate], all: [Candidate]? = nil, search: CandidateSearch,
                            registry: Registry) -> String {
        var lines = [
            headline(all ?? candidates, search: search, registry: registry),
            "",
            pad("rank", 4) + "  " + pad("sector", 10) + "  " + pad("firms", 6) + "  " + pad("employees", 9) + "  "
                + pad("LQ", 6) + "  " + pad("excess", 7) + "  " + pad("p (Holm)", 9) + "  " + pad("km²", 8) + "  "
                + pad("pre-eligible", 12) + "  provinces",
        ]
        if candidates.isEmpty { return lines[0] + "\n" }
        for candidate in candidates {
            lines.append(
                pad(String(candidate.rank), 4) + "  " + pad(candidate.sector, 10) + "  "
                    + pad(String(candidate.firmRows.count), 6) + "  " + pad(String(candidate.employment), 9) + "  "
                    + pad(NumberText.fixed(candidate.locationQuotient, decimals: 2), 6) + "  "
                    + pad(NumberText.fixed(candidate.excessFirms, decimals: 1), 7) + "  "
                    + pad(pText(candidate.adjustedPValue), 9) + "  "
                    + pad(NumberText.fixed(candidate.geography.areaSquareKilometres, decimals: 1), 8) + "  "
                    + pad(preEligibility(candidate), 12) + "  " + candidate.places.provinces.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The CSV table: one row per candidate, codes as text, decimal points.
    package static func csv(_ candidates: [Candidate]) -> String {
        var rows = [
            "rank,sector,firms,employees,dominant_codes,lq,excess_firms,p_value,p_value_holm,significant,firms_inside,"
                + "sector_firms_inside,area_km2,provinces,districts,chamber,university,committed_firms,pre_eligible,"
                + "institutions_near",
        ]
        for c in candidates {
            let eligible: String = preEligible(c).map { $0 ? "yes" : "no" } ?? "unknown"
            let significance: [String] = [pCSV(c.pValue), pCSV(c.adjustedPValue), c.significant ? "yes" : "no"]
            let fields: [String] = [
                String(c.rank), c.sector, String(c.firmRows.count), String(c.employment),
                c.dominantCodes.map { "\($0.code.code) (\($0.firms))" }.joined(separator: "; "),
                NumberText.fixed(c.locationQuotient, decimals: 4), NumberText.fixed(c.excessFirms, decimals: 2),
                significance[0], significance[1], significance[2],
                String(c.firmsInside), String(c.sectorFirmsInside),
                NumberText.fixed(c.geography.areaSquareKilometres, decimals: 3),
                c.places.provinces.joined(separator: "; "), c.places.districts.joined(separator: "; "),
                status(c, .chamber), status(c, .university), status(c, .committedFirms),
                eligible,
                c.institutions.map { "\($0.member.name) (\(NumberText.fixed($0.distanceKm, decimals: 1)) km)" }
                    .joined(separator: "; "),
            ]
            rows.append(fields.map(CSVText.field).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// GeoJSON features: one polygon per candidate, then (with `firms`) each candidate firm as a point
    /// with its candidate's rank.
    package static func features(_ candidates: [Candidate], registry: Registry, firms: Bool) -> [GeoJSONFeature] {
        var features = candidates.map { c in
            GeoJSONFeature(geometry: .polygons(c.geography.polygons), properties: [
                ("feature", .string("candidate")), ("rank", .integer(c.rank)), ("sector", .string(c.sector)),
                ("firms", .integer(c.firmRows.count)), ("employees", .integer(c.employment)),
                ("dominant_codes", .string(c.dominantCodes.map(\.code.code).joined(separator: ","))),
                ("lq", .number(c.locationQuotient, decimals: 4)), ("excess_firms", .number(c.excessFirms, decimals: 2)),
                ("p_value", .string(pCSV(c.pValue))), ("p_value_holm", .string(pCSV(c.adjustedPValue))),
                ("significant", .bool(c.significant)),
                ("area_km2", .number(c.geography.areaSquareKilometres, decimals: 3)),
                ("provinces", .string(c.places.provinces.joined(separator: ","))),
                ("chamber", .string(status(c, .chamber))), ("university", .string(status(c, .university))),
                ("pre_eligible", .bool(preEligible(c))),
                ("id", .null), ("name", .null), ("nace", .null),
            ])
        }
        guard firms else { return features }
        for c in candidates {
            for row in c.firmRows {
                features.append(GeoJSONFeature(geometry: .point(registry.coordinates[row]), properties: [
                    ("feature", .string("firm")), ("rank", .integer(c.rank)), ("sector", .string(c.sector)),
                    ("firms", .null), ("employees", .integer(registry.employees[row] < 0 ? nil : Int(registry.employees[row]))),
                    ("dominant_codes", .null), ("lq", .null), ("excess_firms", .null),
                    ("p_value", .null), ("p_value_holm", .null), ("significant", .null), ("area_km2", .null),
                    ("provinces", .null), ("chamber", .null), ("university", .null), ("pre_eligible", .null),
                    ("id", .string(registry.ids[row])), ("name", .string(registry.names[row])),
                    ("nace", .string(registry.nace(at: row)?.code)),
                ]))
            }
        }
        return features
    }

    /// A check's status; chamber and university are `unknown` when no institutions were given.
    private static func status(_ candidate: Candidate, _ id: CheckID) -> String {
        if !candidate.institutionsGiven, id == .chamber || id == .university { return CheckStatus.unknown.rawValue }
        return candidate.verdict.check(id)?.status.rawValue ?? "skipped"
    }

    /// Pre-eligible: true, false (a check fails), or nil (none fails but one is unknown).
    static func preEligible(_ candidate: Candidate) -> Bool? {
        let statuses = candidate.verdict.checks.map { status(candidate, $0.id) }
        if statuses.contains(CheckStatus.fail.rawValue) { return false }
        return statuses.contains(CheckStatus.unknown.rawValue) ? nil : true
    }

    private static func preEligibility(_ candidate: Candidate) -> String {
        let open = candidate.verdict.checks.filter {
            let status = status(candidate, $0.id)
            return status == CheckStatus.fail.rawValue || status == CheckStatus.unknown.rawValue
        }
        switch preEligible(candidate) {
        case true?: return "yes"
        case false?: return "no: " + open.filter { status(candidate, $0.id) == CheckStatus.fail.rawValue }.map(\.id.rawValue).joined(separator: ",")
        case nil: return "unknown: " + open.map(\.id.rawValue).joined(separator: ",")
        }
    }

    /// A p-value in the terminal table: 3 significant digits, `<1e-300` below what a double holds.
    static func pText(_ p: Double) -> String {
        p < 1e-300 ? "<1e-300" : p < 0.001 ? String(format: "%.1e", p) : String(format: "%.3f", p)
    }

    /// A p-value in CSV and GeoJSON (as text, so tiny values keep their exponent).
    private static func pCSV(_ p: Double) -> String { String(format: "%.3g", p) }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
