import KumeData
import KumeGeography

extension Verdict {
    /// Sets every member's located province and district (and the stated ones that disagree) from `places`.
    ///
    /// - Parameters:
    ///   - places: The members' places (``MemberPlaces``: through the district polygons, or stated, or the
    ///     nearest district point).
    ///   - members: The roster's members, for what each states.
    package mutating func locate(_ places: MemberPlaces, members: [Member]) {
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in self.members.indices {
            let id = self.members[index].id
            guard let place = places[id] else { continue }
            self.members[index].province = place.province
            self.members[index].district = place.district
            self.members[index].placeSource = place.source
            if let member = byID[id] {
                let stated = places.statedDisagreement(of: member)
                self.members[index].statedProvince = stated.province
                self.members[index].statedDistrict = stated.district
            }
        }
    }
}
