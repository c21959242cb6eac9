import KumeData

/// Compares the province and district a member states with those its point lies in (a common registry error).
///
/// Only members located from their own coordinates are compared (a member placed at its district's point
/// agrees by construction). A disagreement is a warning naming the member; the stated values are kept
/// (`stated_province`, `stated_district`) and never overwritten.
package enum StatedPlaceWarnings {
    /// One warning per member whose stated province or district differs from its point's, and one per member
    /// whose point lies outside every district (with the district polygons loaded).
    /// - Parameters:
    ///   - members: The roster's members.
    ///   - places: Their located places (``MemberPlaces``).
    ///   - boundariesUsed: Whether the places came through the district polygons.
    ///   - source: The roster file's name, for each warning's `FILE:LINE`.
    package static func warnings(
        _ members: [Member], places: MemberPlaces, boundariesUsed: Bool, source: String
    ) -> [InputWarning] {
        var warnings: [InputWarning] = []
        for member in members where member.placement == .coordinates && member.location != nil {
            let location = member.line > 0 ? "\(source):\(member.line)" : nil
            let place = places[member.id]
            if boundariesUsed, place?.source != .boundaries {
                let stated = member.province.map { "; it states \($0)" } ?? ""
                let statedTR = member.province.map { "; belirtilen il \($0)" } ?? ""
                warnings.append(InputWarning(
                    memberID: member.id, location: location,
                    message: "\(member.id) (\(member.name)): its point lies outside Türkiye's districts\(stated)",
                    messageTR: "\(member.id) (\(member.name)): noktası Türkiye'nin ilçeleri dışında\(statedTR)"))
                continue
            }
            guard let place else { continue }
            let stated = places.statedDisagreement(of: member)
            let located = place.district.map { "\($0), \(place.province)" } ?? place.province
            if let province = stated.province {
                warnings.append(InputWarning(
                    memberID: member.id, location: location,
                    message: "\(member.id) (\(member.name)) states the province \(province), but its point lies in "
                        + "\(located) — check the coordinates or the province",
                    messageTR: "\(member.id) (\(member.name)) için belirtilen il \(province), ama noktası \(located) "
                        + "içinde — koordinatları ya da ili denetleyin"))
            } else if let district = stated.district {
                warnings.append(InputWarning(
                    memberID: member.id, location: location,
                    message: "\(member.id) (\(member.name)) states the district \(district), but its point lies in "
                        + "\(located) — check the coordinates or the district",
                    messageTR: "\(member.id) (\(member.name)) için belirtilen ilçe \(district), ama noktası \(located) "
                        + "içinde — koordinatları ya da ilçeyi denetleyin"))
            }
        }
        return warnings
    }
}
