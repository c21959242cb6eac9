import KumeData

/// Compares the province a member states with the one its point lies in (a common registry error).
///
/// Only members whose point came from coordinates are compared (a member placed at its district's point
/// agrees by construction). A disagreement is a warning naming the member; the stated value is never
/// overwritten.
package enum StatedPlaceWarnings {
    /// One warning per member whose stated province differs from its point's.
    /// - Throws: ``GeographyError/boundaries(_:)`` when GEOS fails.
    package static func warnings(_ members: [Member], locator: PlaceLocator) throws -> [InputWarning] {
        let stated = members.filter { $0.placement == .coordinates && $0.location != nil && $0.province != nil }
        let located: [Int?]
        do {
            located = try locator.districtIndices(of: stated.compactMap(\.location))
        } catch {
            throw GeographyError.boundaries(error)
        }
        var warnings: [InputWarning] = []
        for (member, index) in zip(stated, located) {
            guard let statedName = member.province else { continue }
            guard let index else {
                warnings.append(InputWarning(
                    memberID: member.id, location: member.line > 0 ? "line \(member.line)" : nil,
                    message: "\(member.id) (\(member.name)): its point lies outside Türkiye's districts; it states \(statedName)",
                    messageTR: "\(member.id) (\(member.name)): noktası Türkiye'nin ilçeleri dışında; belirtilen il \(statedName)"))
                continue
            }
            let place = locator.place(districtIndex: index)
            if TurkishText.folded(place.province) != TurkishText.folded(statedName),
               ProvinceTable.shared.province(named: statedName)?.plate != place.plate {
                warnings.append(InputWarning(
                    memberID: member.id, location: member.line > 0 ? "line \(member.line)" : nil,
                    message: "\(member.id) (\(member.name)) states the province \(statedName), but its point lies in "
                        + "\(place.district), \(place.province) — check the coordinates or the province",
                    messageTR: "\(member.id) (\(member.name)) için belirtilen il \(statedName), ama noktası \(place.district), "
                        + "\(place.province) içinde — koordinatları ya da ili denetleyin"))
            }
        }
        return warnings
    }
}
