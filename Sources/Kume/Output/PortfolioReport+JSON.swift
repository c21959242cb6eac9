import KumeData

extension PortfolioReport {
    typealias JSONValue = VerdictReport.JSONValue

    /// The review as one JSON object, keys in a fixed order: `year`, `previous_year`, `monitoring` (`file`,
    /// `first_year`, `last_year`, or `null`), `indicators` (the seven counts by name), `change` (the same names:
    /// the change from the year before, `null` where it cannot be known), `clusters` (each `cluster`, `roster`,
    /// `members`, `indicators`, `change`), `entities` (`members`, `distinct`, `merges` with `rule`, `basis`,
    /// `first`, `second`; `near_misses` with `reason`, `message`, `first`, `second`; `decisions` with
    /// `decision`, `first`, `second`, `origin`, `first_members`, `second_members`; each member as `cluster`,
    /// `id`, `name`, `type`, `tax_id`, `province`) and `warnings` (`member_id`, `location`, `message`).
    /// - Parameters:
    ///   - review: The review to render.
    ///   - pretty: Indent by two spaces per level (default) or write one line.
    /// - Returns: The JSON text, without a final newline.
    package static func json(_ review: PortfolioReview, pretty: Bool = true) -> String {
        jsonValue(review).serialized(indent: pretty ? 2 : nil)
    }

    static func jsonValue(_ review: PortfolioReview) -> JSONValue {
        let matching = review.matching
        func member(_ position: Int) -> JSONValue {
            let record = matching.records[position]
            return .object([
                ("cluster", .string(record.cluster)), ("id", .string(record.id)), ("name", .string(record.name)),
                ("type", .string(record.type.rawValue)), ("tax_id", record.taxNumber.map(JSONValue.string) ?? .null),
                ("province", record.province.map(JSONValue.string) ?? .null),
            ])
        }
        var monitoring = JSONValue.null
        if let years = review.monitoringYears, let source = review.monitoringSource {
            monitoring = .object([("file", .string(source)), ("first_year", .integer(years.lowerBound)),
                                  ("last_year", .integer(years.upperBound))])
        }
        return .object([
            ("year", .integer(review.year)),
            ("previous_year", .integer(review.previousYear)),
            ("monitoring", monitoring),
            ("indicators", indicatorsJSON(review.indicators)),
            ("change", changeJSON(review.change)),
            ("clusters", .array(review.clusters.map { cluster in
                .object([
                    ("cluster", .string(cluster.name)), ("roster", .string(cluster.source)),
                    ("members", .integer(cluster.memberCount)),
                    ("indicators", indicatorsJSON(cluster.indicators)), ("change", changeJSON(cluster.change)),
                ])
            })),
            ("entities", .object([
                ("members", .integer(matching.records.count)),
                ("distinct", .integer(matching.entityCount)),
                ("merges", .array(matching.merges.map { merge in
                    .object([("rule", .string(merge.rule.rawValue)), ("basis", .string(merge.basis)),
                             ("first", member(merge.first)), ("second", member(merge.second))])
                })),
                ("near_misses", .array(matching.nearMisses.map { miss in
                    .object([("reason", .string(miss.reason.rawValue)), ("message", .string(reason(miss, matching))),
                             ("first", member(miss.first)), ("second", member(miss.second))])
                })),
                ("decisions", .array(matching.decisions.map { applied in
                    .object([
                        ("decision", .string(applied.decision.kind.rawValue)),
                        ("first", .string(applied.decision.first)), ("second", .string(applied.decision.second)),
                        ("origin", .string(applied.decision.origin)),
                        ("first_members", .array(applied.first.map(member))),
                        ("second_members", .array(applied.second.map(member))),
                    ])
                })),
            ])),
            ("warnings", .array(review.warnings.map { warning in
                .object([
                    ("member_id", warning.memberID.map(JSONValue.string) ?? .null),
                    ("location", warning.location.map(JSONValue.string) ?? .null),
                    ("message", .string(warning.message)),
                ])
            })),
        ])
    }

    static func indicatorsJSON(_ indicators: PortfolioIndicators) -> JSONValue {
        .object(PortfolioIndicator.allCases.map { ($0.rawValue, .integer(indicators[$0])) })
    }

    static func changeJSON(_ change: PortfolioChange) -> JSONValue {
        .object(PortfolioIndicator.allCases.map { ($0.rawValue, change[$0].map(JSONValue.integer) ?? .null) })
    }
}
