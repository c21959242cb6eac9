/// The kind of a roster member, by the canonical ids of DESIGN.md.
///
/// The raw value is the canonical id written in every output (`chamber_of_industry`). Turkish names and
/// common spellings are accepted on input by ``MemberTypeVocabulary``.
public enum MemberType: String, CaseIterable, Sendable, Codable, Comparable {
    case firm
    case chamberOfIndustry = "chamber_of_industry"
    case chamberOfCommerceAndIndustry = "chamber_of_commerce_and_industry"
    case chamberOfCommerce = "chamber_of_commerce"
    case maritimeChamber = "maritime_chamber"
    case commodityExchange = "commodity_exchange"
    case university
    case researchInstitution = "research_institution"
    case technologyDevelopmentZone = "technology_development_zone"
    case organizedIndustrialZone = "organized_industrial_zone"
    case freeZone = "free_zone"
    case industrialZone = "industrial_zone"
    case exportersAssociation = "exporters_association"
    case provincialSpecialAdministration = "provincial_special_administration"
    case localGovernment = "local_government"
    case association
    case foundation
    case cooperative
    /// Accepted as input, never eligible as a partner.
    case other

    /// Whether this member is an institution (anything but a firm).
    public var isInstitution: Bool { self != .firm }

    /// Orders types by their declaration order (firm first, other last).
    public static func < (lhs: MemberType, rhs: MemberType) -> Bool {
        let all = MemberType.allCases
        return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}
