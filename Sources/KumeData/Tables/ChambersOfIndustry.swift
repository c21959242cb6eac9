import KumeResources

/// The 12 chambers of industry (sanayi odası) of TOBB, each with the province that is its jurisdiction
/// (law 5174). Every other chamber is a chamber of commerce, or of commerce and industry.
package struct ChambersOfIndustry: Sendable {
    /// One chamber of industry.
    package struct Chamber: Sendable, Hashable {
        /// The official name ("Kocaeli Sanayi Odası").
        package let name: String
        /// The usual abbreviation ("KSO"; two chambers share it).
        package let abbreviation: String
        /// The province of its jurisdiction.
        package let province: String
        /// That province's plate number.
        package let plate: Int
        /// The year it was founded.
        package let foundedYear: Int
        /// The public page the row was checked against.
        package let source: String
    }

    /// The table embedded in kume (data/tables/tr_chambers_of_industry.csv), parsed on first use.
    package static let shared = ChambersOfIndustry(csv: EmbeddedData.trChambersOfIndustryCsv)

    /// The chambers in the table's order.
    package let chambers: [Chamber]

    /// Builds the table from CSV text with columns `name,abbreviation,province,plate,founded_year,source`.
    package init(csv: String) {
        chambers = EmbeddedTable(csv, name: "tr_chambers_of_industry.csv").rows.compactMap { row in
            guard let plate = row.int("plate") else { return nil }
            return Chamber(name: row.text("name"), abbreviation: row.text("abbreviation"),
                           province: row.text("province"), plate: plate,
                           foundedYear: row.int("founded_year") ?? 0, source: row.text("source"))
        }
    }

    /// The chamber of industry whose jurisdiction is this province, or `nil` (Bursa, Sakarya, … have none).
    /// - Parameter plate: The province's plate number.
    package func chamber(inProvince plate: Int) -> Chamber? {
        chambers.first { $0.plate == plate }
    }
}

extension ChambersOfIndustry {
    /// Province name → its chamber of industry's name, as the chamber rule takes them.
    package var byProvince: [String: String] {
        var map: [String: String] = [:]
        for chamber in chambers { map[chamber.province] = chamber.name }
        return map
    }
}
