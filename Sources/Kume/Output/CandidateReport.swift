import KumeData
import KumeGeography

/// The candidates of `kume detect` as a terminal table, a CSV table and GeoJSON features.
public enum CandidateReport {
    /// One line per candidate, ranked, with a header.
    public static func text(_ candidates: [Candidate], search: CandidateSearch, registry: Registry) -> String {
        var lines = [
            "\(candidates.count) candidate clusters in \(registry.source) (\(search.method); geography "
                + "\(HullBufferBuilder.methodName), buffer \(NumberText.plain(search.geography.bufferKilometres)) km; "
                + "score = sector firms inside beyond the registry's average mix)",
            "",
            pad("rank", 4) + "  " + pad("sector", 10) + "  " + pad("firms", 6) + "  " + pad("employees", 9) + "  "
                + pad("LQ", 6) + "  " + pad("excess", 7) + "  " + pad("km²", 8) + "  " + pad("pre-eligible", 12) + "  provinces",
        ]
        for candidate in candidates {
            lines.append(
                pad(String(candidate.rank), 4) + "  " + pad(candidate.sector, 10) + "  "
                    + pad(String(candidate.firmRows.count), 6) + "  " + pad(String(candidate.employment), 9) + "  "
                    + pad(NumberText.fixed(candidate.locationQuotient, decimals: 2), 6) + "  "
                    + pad(NumberText.fixed(candidate.excessFirms, decimals: 1), 7) + "  "
                    + pad(NumberText.fixed(candidate.geography.areaSquareKilometres, decimals: 1), 8) + "  "
                    + pad(preEligibility(candidate.verdict), 12) + "  " + candidate.places.provinces.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The CSV table: one row per candidate, codes as text, decimal points.
    public static func csv(_ candidates: [Candidate]) -> String {
        var rows = [
            "rank,sector,firms,employees,dominant_codes,lq,excess_firms,firms_inside,sector_firms_inside,area_km2,"
                + "provinces,districts,chamber,university,committed_firms,pre_eligible,institutions_near",
        ]
        for c in candidates {
            let fields = [
                String(c.rank), c.sector, String(c.firmRows.count), String(c.employment),
                c.dominantCodes.map { "\($0.code.code) (\($0.firms))" }.joined(separator: "; "),
                NumberText.fixed(c.locationQuotient, decimals: 4), NumberText.fixed(c.excessFirms, decimals: 2),
                String(c.firmsInside), String(c.sectorFirmsInside),
                NumberText.fixed(c.geography.areaSquareKilometres, decimals: 3),
                c.places.provinces.joined(separator: "; "), c.places.districts.joined(separator: "; "),
                status(c.verdict, .chamber), status(c.verdict, .university), status(c.verdict, .committedFirms),
                c.verdict.eligible ? "yes" : "no",
                c.institutions.map { "\($0.member.name) (\(NumberText.fixed($0.distanceKm, decimals: 1)) km)" }
                    .joined(separator: "; "),
            ]
            rows.append(fields.map(CSVText.field).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// GeoJSON features: one polygon per candidate, then (with `firms`) each candidate firm as a point
    /// with its candidate's rank.
    public static func features(_ candidates: [Candidate], registry: Registry, firms: Bool) -> [GeoJSONFeature] {
        var features = candidates.map { c in
            GeoJSONFeature(geometry: .polygons(c.geography.polygons), properties: [
                ("feature", .string("candidate")), ("rank", .integer(c.rank)), ("sector", .string(c.sector)),
                ("firms", .integer(c.firmRows.count)), ("employees", .integer(c.employment)),
                ("dominant_codes", .string(c.dominantCodes.map(\.code.code).joined(separator: ","))),
                ("lq", .number(c.locationQuotient, decimals: 4)), ("excess_firms", .number(c.excessFirms, decimals: 2)),
                ("area_km2", .number(c.geography.areaSquareKilometres, decimals: 3)),
                ("provinces", .string(c.places.provinces.joined(separator: ","))),
                ("chamber", .string(status(c.verdict, .chamber))), ("university", .string(status(c.verdict, .university))),
                ("pre_eligible", .bool(c.verdict.eligible)),
                ("id", .null), ("name", .null), ("nace", .null),
            ])
        }
        guard firms else { return features }
        for c in candidates {
            for row in c.firmRows {
                features.append(GeoJSONFeature(geometry: .point(registry.coordinates[row]), properties: [
                    ("feature", .string("firm")), ("rank", .integer(c.rank)), ("sector", .string(c.sector)),
                    ("firms", .null), ("employees", .integer(registry.employees[row] < 0 ? nil : Int(registry.employees[row]))),
                    ("dominant_codes", .null), ("lq", .null), ("excess_firms", .null), ("area_km2", .null),
                    ("provinces", .null), ("chamber", .null), ("university", .null), ("pre_eligible", .null),
                    ("id", .string(registry.ids[row])), ("name", .string(registry.names[row])),
                    ("nace", .string(registry.nace(at: row)?.code)),
                ]))
            }
        }
        return features
    }

    private static func status(_ verdict: Verdict, _ id: CheckID) -> String {
        verdict.check(id)?.status.rawValue ?? "skipped"
    }

    private static func preEligibility(_ verdict: Verdict) -> String {
        if verdict.eligible { return "yes" }
        let failing = verdict.checks.filter { $0.status == .fail || $0.status == .unknown }.map(\.id.rawValue)
        return "no: " + failing.joined(separator: ",")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
