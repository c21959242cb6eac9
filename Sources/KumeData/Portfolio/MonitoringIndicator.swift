/// What a row of the monitoring table reports (the programme's indicators that change year by year).
package enum MonitoringIndicator: String, CaseIterable, Sendable, Codable {
    /// The member raised the level and quality of its cooperation with other firms that year.
    case cooperation
    /// A shared-use facility: created (its first row) and used by a firm (a row naming the firm).
    case facility
    /// New, renewed or improved products the member put on the market that year (`value` is how many).
    case product

    /// The words accepted for this indicator, English and Turkish (the first is the canonical one).
    package var aliases: [String] {
        switch self {
        case .cooperation: ["cooperation", "işbirliği", "işbirliği_artışı", "iş_birliği"]
        case .facility: ["facility", "tesis", "ortak_tesis", "ortak_kullanım_tesisi", "shared_facility"]
        case .product: ["product", "products", "ürün", "yeni_ürün", "new_product"]
        }
    }

    private static let byFoldedAlias: [String: MonitoringIndicator] = {
        var map: [String: MonitoringIndicator] = [:]
        for indicator in allCases {
            for alias in indicator.aliases { map[TurkishText.folded(alias)] = indicator }
        }
        return map
    }()

    /// The indicator a cell names ("İşbirliği", "facility", "Ürün"), or `nil` for another word.
    package init?(word: String) {
        guard let indicator = Self.byFoldedAlias[TurkishText.folded(word.trimmingSpaces)] else { return nil }
        self = indicator
    }

    /// The accepted words, for messages.
    static var acceptedSummary: String {
        allCases.map { "\($0.rawValue) (\($0.aliases[1]))" }.joined(separator: ", ")
    }
}
