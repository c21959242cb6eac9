import KumeData
import KumeGeography

/// The economic geography as a person reads it in a terminal.
package enum GeographySummary {
    /// The method and parameters, area, places touched, outliers and each institution's position.
    package static func text(
        _ geography: EconomicGeography, places: TouchedPlaces, members: [Member], warnings: [InputWarning]
    ) -> String {
        var lines: [String] = []
        let firms = members.filter { $0.type == .firm }
        lines.append("Economic geography: \(geography.method), \(NumberText.fixed(geography.areaSquareKilometres, decimals: 1)) km²"
            + " from \(geography.firmsUsed.count) of \(firms.count) firms")
        for parameter in geography.parameters {
            let value: String = switch parameter.value {
            case .number(let number): NumberText.plain(number)
            case .flag(let flag): flag ? "yes" : "no"
            case .text(let text): text
            }
            lines.append("  \(parameter.name.replacingOccurrences(of: "_", with: " ")): \(value)")
        }
        lines.append("  projection: \(geography.projection)")
        if let shares = places.shares {
            lines.append("  provinces (boundaries), share of area / of firms:")
            for province in shares.provinces {
                lines.append("    \(province.province): \(percent(province.areaShare)) / \(percent(province.firmShare ?? 0))")
            }
            lines.append("  districts: " + shares.districts.map {
                "\($0.district ?? "") (\($0.province)) \(percent($0.areaShare))"
            }.joined(separator: ", "))
        } else {
            lines.append("  provinces (\(places.method.rawValue)): \(places.provinces.joined(separator: ", "))")
            lines.append("  districts: \(places.districts.joined(separator: ", "))")
        }
        let outliers = geography.outliers(in: members)
        lines.append("  outliers: " + (outliers.isEmpty ? "none" : outliers.joined(separator: ", ")))
        let institutions = members.filter { $0.type != .firm }
        if !institutions.isEmpty {
            lines.append("Institutions:")
            for member in institutions {
                let placement = geography.placements[member.id]
                let position: String
                switch (placement?.inside, placement?.distanceKm) {
                case (true?, _): position = "inside"
                case (false?, let distance?): position = "\(NumberText.fixed(distance, decimals: 1)) km outside"
                default: position = "no point"
                }
                lines.append("  \(member.id)  \(member.type.rawValue)  \(member.name): \(position)")
            }
        }
        if !warnings.isEmpty || !geography.notes.isEmpty {
            lines.append("Warnings:")
            lines += geography.notes.map { "  \($0.english)" }
            lines += warnings.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ share: Double) -> String {
        NumberText.fixed(share * 100, decimals: 1) + " %"
    }
}
