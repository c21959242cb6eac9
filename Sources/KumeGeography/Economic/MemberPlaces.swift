import KumeData

/// The province and district of every member, as the chamber rule's jurisdictions and the robustness grid's
/// province and district readings use them.
///
/// With the district polygons, a member with a point is located through them (the point decides, whatever the
/// roster states). Without them, the roster's stated province and district are used when recognised; a member
/// that states its province but not its district takes that province's district whose interior point is nearest
/// to its point, and a member that states none the nearest district point overall. Members the
/// roster placed at their district or province agree with their stated place either way, so on a roster that
/// states its places the answer does not depend on whether the polygons are installed.
///
/// Locating costs one grid lookup per member away from borders and a prepared-geometry test near one
/// (``PlaceLocator``, built once per check).
package struct MemberPlaces: Sendable, Hashable {
    /// How a member's place was found.
    package enum Source: String, Sendable, Hashable {
        /// Its point, through the district polygons.
        case boundaries
        /// The province (and district) the roster states: the member was placed there (no coordinates), or the
        /// district polygons were not used.
        case stated
        /// The district whose interior point is nearest to its point (no polygons, nothing stated).
        case nearestDistrictPoint = "nearest-district-point"
    }

    /// One member's place.
    package struct Place: Sendable, Hashable {
        /// The province's official name.
        package var province: String
        /// The district's official name, when known.
        package var district: String?
        /// How it was found.
        package var source: Source

        /// Creates a place.
        package init(province: String, district: String?, source: Source) {
            self.province = province
            self.district = district
            self.source = source
        }

        /// `Province/District`, or the province alone when the district is unknown.
        package var key: String { district.map { "\(province)/\($0)" } ?? province }
    }

    /// Each member's place by id; members with no point and no recognised stated province are absent.
    package var byID: [String: Place]

    /// Creates the places from a table already made.
    package init(byID: [String: Place]) {
        self.byID = byID
    }

    /// Finds every member's place.
    /// - Parameters:
    ///   - members: The roster's members.
    ///   - locator: The district polygons, or `nil` to use stated places and district points.
    /// - Throws: ``GeographyError/boundaries(_:)`` when GEOS fails.
    package init(
        members: [Member], locator: PlaceLocator?, districts: DistrictTable = .shared, provinces: ProvinceTable = .shared
    ) throws {
        var result: [String: Place] = [:]
        for member in members {
            if let locator, let point = member.location, member.placement == .coordinates {
                let located: AdministrativePlace?
                do { located = try locator.place(at: point) } catch { throw GeographyError.boundaries(error) }
                if let located {
                    result[member.id] = Place(province: located.province, district: located.district, source: .boundaries)
                    continue
                }
            }
            if let stated = member.province.flatMap(provinces.province(named:)) {
                var district = member.district.flatMap { districts.district(named: $0, inProvince: stated.plate) }
                if district == nil, locator == nil, let point = member.location {
                    // A stated province without its district: the stated province's district nearest to the point,
                    // so the district readings have a district with or without the polygons.
                    district = districts.nearest(to: point, inProvince: stated.plate)
                }
                result[member.id] = Place(province: stated.name, district: district?.name, source: .stated)
            } else if locator == nil, let point = member.location, let nearest = districts.nearest(to: point) {
                result[member.id] = Place(province: nearest.province, district: nearest.name, source: .nearestDistrictPoint)
            }
        }
        byID = result
    }

    /// A member's place, if known.
    package subscript(id: String) -> Place? { byID[id] }

    /// The province and district `member` states where they disagree with its located place (each `nil` when
    /// it agrees, is not stated, or the place was taken from what it states): the values the reports keep as
    /// `stated_province` and `stated_district`.
    ///
    /// Names are compared as places, not as text: a stated province matches by plate (any spelling the
    /// province table knows), a stated district by the district table's name in the located province.
    package func statedDisagreement(
        of member: Member, districts: DistrictTable = .shared, provinces: ProvinceTable = .shared
    ) -> (province: String?, district: String?) {
        guard let place = byID[member.id], place.source != .stated else { return (nil, nil) }
        let statedProvince = member.province.flatMap { $0.isEmpty ? nil : $0 }
        let statedDistrict = member.district.flatMap { $0.isEmpty ? nil : $0 }
        let locatedPlate = provinces.province(named: place.province)?.plate
        var provinceDiffers = false
        if let statedProvince {
            let statedPlate = provinces.province(named: statedProvince)?.plate
            provinceDiffers = statedPlate == nil
                ? TurkishText.folded(statedProvince) != TurkishText.folded(place.province)
                : statedPlate != locatedPlate
        }
        var districtDiffers = false
        if let statedDistrict {
            if provinceDiffers {
                districtDiffers = true
            } else if let located = place.district {
                let known = locatedPlate.flatMap { districts.district(named: statedDistrict, inProvince: $0) }
                districtDiffers = known.map { TurkishText.folded($0.name) != TurkishText.folded(located) }
                    ?? (TurkishText.folded(statedDistrict) != TurkishText.folded(located))
            }
        }
        return (provinceDiffers ? statedProvince : nil, districtDiffers ? statedDistrict : nil)
    }
}
