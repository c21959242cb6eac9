import KumeData

extension PortfolioReport {
    /// The review as a person reads it in a terminal: the programme's indicators with their change from the
    /// year before, a table of the clusters, the entities merged and the near-misses, and the warnings.
    /// - Returns: Lines separated by `\n`, ending with a newline.
    package static func text(_ review: PortfolioReview) -> String {
        let matching = review.matching
        var coverage = "no monitoring table"
        if let years = review.monitoringYears, let source = review.monitoringSource {
            coverage = "\(source) covers \(years.lowerBound)–\(years.upperBound)"
        }
        var lines = [
            "Portfolio of \(review.clusters.count) clusters, \(review.year) (change from \(review.previousYear)); \(coverage)",
            "",
        ]
        let labelWidth = PortfolioIndicator.allCases.map(\.label.count).max() ?? 0
        lines.append(pad("", labelWidth) + "  " + leftPad("\(review.year)", 8) + "  " + leftPad("change", 8))
        for indicator in PortfolioIndicator.allCases {
            lines.append(pad(indicator.label, labelWidth) + "  " + leftPad("\(review.indicators[indicator])", 8) + "  "
                         + leftPad(signed(review.change[indicator]), 8))
        }
        lines.append("")
        lines.append("Per cluster (value and change from \(review.previousYear); — where the rosters, which have no years, cannot say):")
        let headers = ["coordinators", "universities", "firms", "cooperation", "facilities", "users", "products"]
        let nameWidth = max(7, review.clusters.map(\.name.count).max() ?? 0)
        let widths = headers.map { max($0.count, 10) }
        lines.append(pad("cluster", nameWidth) + zip(headers, widths).map { "  " + leftPad($0, $1) }.joined())
        for cluster in review.clusters {
            let cells = PortfolioIndicator.allCases.map { indicator in
                indicator.isFromRosters
                    ? "\(cluster.indicators[indicator])"
                    : "\(cluster.indicators[indicator]) (\(signed(cluster.change[indicator])))"
            }
            lines.append(pad(cluster.name, nameWidth) + zip(cells, widths).map { "  " + leftPad($0, $1) }.joined())
        }
        lines.append("")
        lines.append("Entities: \(matching.records.count) roster members are \(matching.entityCount) distinct entities "
                     + "(\(matching.merges.count) merge\(matching.merges.count == 1 ? "" : "s"), "
                     + "\(matching.nearMisses.count) near-miss\(matching.nearMisses.count == 1 ? "" : "es"))")
        if !matching.merges.isEmpty {
            lines.append("Merges:")
            for merge in matching.merges {
                lines.append("  \(reference(matching.records[merge.first])) = \(reference(matching.records[merge.second])) — by \(basis(merge, matching))")
            }
        }
        if !matching.nearMisses.isEmpty {
            lines.append("Near-misses, not merged (settle each with a decision: the same entity \"A=B\" or different entities \"A≠B\"):")
            for miss in matching.nearMisses {
                lines.append("  \(reference(matching.records[miss.first])) ≠ \(reference(matching.records[miss.second])) — \(reason(miss, matching))")
            }
        }
        if !review.warnings.isEmpty {
            lines.append("")
            lines.append("Warnings:")
            for warning in review.warnings { lines.append("  - " + warning.description) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
