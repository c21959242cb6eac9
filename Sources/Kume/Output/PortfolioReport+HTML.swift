import KumeData
import KumeGeography

extension PortfolioReport {
    /// The review as one self-contained HTML page (inline CSS and SVG, nothing fetched, printable on A4): the
    /// programme's indicators with the year before and the change, the map of the clusters' economic
    /// geographies, a table of the clusters, every merge and near-miss, and the warnings.
    /// - Parameters:
    ///   - review: The review.
    ///   - geographies: Each cluster's geography, in the review's order (``PortfolioMap/geographies(_:parameters:)``).
    /// - Throws: ``GeometryError`` or ``ProjectionError`` when the map cannot be drawn; ``HTMLDocumentError``
    ///   (a programming error).
    package static func html(_ review: PortfolioReview, geographies: [EconomicGeography?]) throws -> String {
        try htmlDocument(review, geographies: geographies).render()
    }

    /// The page before rendering (``html(_:geographies:)``).
    static func htmlDocument(_ review: PortfolioReview, geographies: [EconomicGeography?]) throws -> HTMLDocument {
        var body: [HTMLNode] = [
            .element("h1", text: "Programme portfolio, \(review.year)"),
            .element("p", ["class": "muted"], text: coverage(review)),
            .element("h2", text: "Progress indicators"),
            indicatorTable(review),
            .element("p", ["class": "note"], text: """
                The first three indicators are counted from the rosters, which have no years: they are the same \
                for every year and have no change. Cooperation and products count the year only; facilities and \
                their users count from the first year they appear. An entity in several clusters counts once.
                """),
        ]
        if let map = try PortfolioHTMLMap.svg(review, geographies: geographies) {
            body += [
                .element("h2", text: "Map"),
                .element("figure", [
                    .svg(map),
                    .element("figcaption", text: "Each cluster's economic geography (hull-buffer, as kume check draws it) and its name."),
                ]),
            ]
        }
        body += [.element("h2", text: "Clusters"), clusterTable(review)]
        body += entitySection(review.matching)
        if !review.warnings.isEmpty {
            body.append(.element("h2", text: "Warnings"))
            body.append(.element("ul", review.warnings.map { .element("li", text: $0.description) }))
        }
        return HTMLDocument(
            language: "en", title: "Programme portfolio, \(review.year)",
            summary: "The programme's progress indicators over \(review.clusters.count) clusters in \(review.year).",
            body: body)
    }

    private static func coverage(_ review: PortfolioReview) -> String {
        var parts = ["\(review.clusters.count) clusters", "change from \(review.previousYear)"]
        if let years = review.monitoringYears, let source = review.monitoringSource {
            parts.append("monitoring table \(source), \(years.lowerBound)–\(years.upperBound)")
        } else {
            parts.append("no monitoring table")
        }
        return parts.joined(separator: " · ")
    }

    private static func number(_ text: String) -> HTMLNode { .element("td", ["class": "number"], text: text) }

    private static func header(_ texts: [String], numbersFrom first: Int) -> HTMLNode {
        .element("thead", [.element("tr", texts.enumerated().map { index, text in
            .element("th", ["class": index >= first ? "number" : nil, "scope": "col"], text: text)
        })])
    }

    private static func indicatorTable(_ review: PortfolioReview) -> HTMLNode {
        let rows = PortfolioIndicator.allCases.map { indicator -> HTMLNode in
            let value = review.indicators[indicator], change = review.change[indicator]
            return .element("tr", [
                .element("th", ["scope": "row"], text: indicator.label),
                number("\(value)"), number(change.map { "\(value - $0)" } ?? "—"), number(signed(change)),
            ])
        }
        return .element("table", [
            header(["Indicator", "\(review.year)", "\(review.previousYear)", "Change"], numbersFrom: 1),
            .element("tbody", rows),
        ])
    }

    private static func clusterTable(_ review: PortfolioReview) -> HTMLNode {
        let rows = review.clusters.map { cluster -> HTMLNode in
            var cells: [HTMLNode] = [.element("th", ["scope": "row"], text: cluster.name), number("\(cluster.memberCount)")]
            for indicator in PortfolioIndicator.allCases {
                let value = cluster.indicators[indicator]
                cells.append(number(indicator.isFromRosters ? "\(value)" : "\(value) (\(signed(cluster.change[indicator])))"))
            }
            return .element("tr", cells)
        }
        return .element("table", [
            .element("caption", text: "Each cluster's indicators in \(review.year); in brackets the change from \(review.previousYear)."),
            header(["Cluster", "Members"] + PortfolioIndicator.allCases.map(\.label), numbersFrom: 1),
            .element("tbody", rows),
        ])
    }

    private static func entitySection(_ matching: EntityMatching) -> [HTMLNode] {
        func member(_ position: Int) -> HTMLNode {
            let record = matching.records[position]
            return .element("td", [.element("code", text: record.reference), .text(" " + record.name)])
        }
        var nodes: [HTMLNode] = [
            .element("h2", text: "Entities"),
            .element("p", text: "\(matching.records.count) roster members are \(matching.entityCount) distinct entities: "
                     + "\(matching.merges.count) merges, \(matching.nearMisses.count) near-misses."),
        ]
        if !matching.merges.isEmpty {
            nodes.append(.element("h3", text: "Merges"))
            nodes.append(.element("table", [
                header(["Member", "Counted with", "By"], numbersFrom: 3),
                .element("tbody", matching.merges.map { merge in
                    .element("tr", [member(merge.second), member(merge.first), .element("td", text: basis(merge, matching))])
                }),
            ]))
        }
        if !matching.nearMisses.isEmpty {
            nodes.append(.element("h3", text: "Near-misses, not merged"))
            nodes.append(.element("table", [
                .element("caption", text: "Settle each with a decision: the same entity \"A=B\" or different entities \"A≠B\" (or a decisions table)."),
                header(["Member", "Other member", "Why listed"], numbersFrom: 3),
                .element("tbody", matching.nearMisses.map { miss in
                    .element("tr", [member(miss.first), member(miss.second), .element("td", text: reason(miss, matching))])
                }),
            ]))
        }
        return nodes
    }
}
