import KumeData

extension PortfolioReport {
    /// The indicators as a table: a header, the programme's row, then one row per cluster.
    ///
    /// Columns `scope` (`programme` or `cluster`), `cluster` (empty for the programme), `year`, the seven
    /// indicators by their JSON names, then `change_` and each name (empty where the change cannot be known).
    /// - Returns: RFC 4180 CSV, ending with a newline.
    package static func csv(_ review: PortfolioReview) -> String {
        let names = PortfolioIndicator.allCases.map(\.rawValue)
        var lines = [(["scope", "cluster", "year"] + names + names.map { "change_" + $0 }).joined(separator: ",")]
        func row(_ scope: String, _ cluster: String, _ indicators: PortfolioIndicators, _ change: PortfolioChange) -> String {
            let values = PortfolioIndicator.allCases.map { "\(indicators[$0])" }
            let changes = PortfolioIndicator.allCases.map { change[$0].map(String.init) ?? "" }
            return ([scope, CSVText.field(cluster), "\(review.year)"] + values + changes).joined(separator: ",")
        }
        lines.append(row("programme", "", review.indicators, review.change))
        for cluster in review.clusters {
            lines.append(row("cluster", cluster.name, cluster.indicators, cluster.change))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
