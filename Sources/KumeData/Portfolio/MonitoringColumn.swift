/// A column of the monitoring table, with the header names accepted for it (compared after
/// ``TurkishText/folded(_:)``, so "Üye No", "uye_no" and "ÜYE-NO" are the same header).
enum MonitoringColumn: String, CaseIterable {
    case cluster, year, indicator, memberID = "member_id", value

    /// The header names accepted (the first is the canonical one).
    var aliases: [String] {
        switch self {
        case .cluster: ["cluster", "küme", "küme_adı", "cluster_name"]
        case .year: ["year", "yıl"]
        case .indicator: ["indicator", "gösterge"]
        case .memberID: ["member_id", "member", "üye_no", "üye_id", "üye", "id"]
        case .value: ["value", "değer", "miktar", "adet"]
        }
    }

    private static let byFoldedAlias: [String: MonitoringColumn] = {
        var map: [String: MonitoringColumn] = [:]
        for column in allCases {
            for alias in column.aliases { map[TurkishText.folded(alias)] = column }
        }
        return map
    }()

    /// The column a header names, or `nil` for a column kume does not use (it is ignored).
    init?(header: String) {
        guard let column = Self.byFoldedAlias[TurkishText.folded(header.trimmingSpaces)] else { return nil }
        self = column
    }
}
