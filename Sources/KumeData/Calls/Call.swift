import Foundation

/// One call for applications of the Clustering Support Programme: its dates, who may be a member, the
/// partners it requires, the committed-firm minimum and the grant limits.
///
/// Calls are data (`data/calls/*.json`, embedded in the binary): ``builtIn(id:)`` returns the embedded
/// ones and ``load(path:)`` reads a user's file of the same shape. JSON keys are snake_case; percentages
/// are percent (50 means 50 %); money is Turkish lira (TL).
public struct Call: Sendable, Hashable, Codable {
    /// Why a member type is not accepted, in English and Turkish.
    package struct RefusalReason: Sendable, Hashable, Codable {
        /// The reason in English.
        package var en: String
        /// The reason in Turkish.
        package var tr: String

        /// Creates a reason.
        package init(en: String, tr: String) {
            self.en = en
            self.tr = tr
        }
    }

    /// A partner the call requires in the partnership.
    package enum RequiredPartner: String, Sendable, Hashable, Codable, CaseIterable {
        /// A chamber of industry in the economic geography, or a chamber of commerce and industry where
        /// the geography has no chamber of industry.
        case chamber
        /// At least one university in the economic geography.
        case university
    }

    /// The call's identifier, `YEAR-NUMBER` (for example `2017-3`).
    public var id: String
    /// The call's title in English.
    public var title: String
    /// The call's title in Turkish.
    public var titleTR: String
    /// The first day applications were accepted, when known.
    public var opens: CalendarDate?
    /// The last day applications were accepted (inclusive), when known.
    public var deadline: CalendarDate?
    /// The member types the call accepts, in the call text's order (``MemberType/other`` is never one).
    public var eligibleMemberTypes: [MemberType]
    /// How many committed firms of the main activity the partnership needs at least.
    public var minimumCommittedFirms: Int
    /// The partners the call requires.
    package var requiredPartners: [RequiredPartner]
    /// The grant's limits.
    public var grant: GrantLimits
    /// NACE codes (divisions, groups or classes) the call favours in evaluation; not an eligibility rule.
    public var priorityNace: [NaceCode]
    /// Why the call does not accept a member type that a reader might expect it to (the 2017 call's text
    /// lists, under law 5174, chambers of industry, chambers of commerce and industry and exchanges, so not
    /// a ticaret odası): English and Turkish, by type. Read from `"refused_member_types"`.
    package var refusedMemberTypeReasons: [MemberType: RefusalReason]
    /// Where the numbers come from, and how ambiguous wording was read.
    public var source: String

    /// Creates a call.
    package init(
        id: String, title: String, titleTR: String, opens: CalendarDate? = nil, deadline: CalendarDate?,
        eligibleMemberTypes: [MemberType], minimumCommittedFirms: Int, requiredPartners: [RequiredPartner],
        grant: GrantLimits, priorityNace: [NaceCode] = [], source: String,
        refusedMemberTypeReasons: [MemberType: RefusalReason] = [:]
    ) {
        self.id = id
        self.title = title
        self.titleTR = titleTR
        self.opens = opens
        self.deadline = deadline
        self.eligibleMemberTypes = eligibleMemberTypes
        self.minimumCommittedFirms = minimumCommittedFirms
        self.requiredPartners = requiredPartners
        self.grant = grant
        self.priorityNace = priorityNace
        self.source = source
        self.refusedMemberTypeReasons = refusedMemberTypeReasons
    }

    /// Whether the call accepts a member of this type (``MemberType/other`` never is accepted).
    public func accepts(_ type: MemberType) -> Bool {
        type != .other && eligibleMemberTypes.contains(type)
    }

    /// Whether the call requires this partner.
    package func requires(_ partner: RequiredPartner) -> Bool {
        requiredPartners.contains(partner)
    }

    /// Whether a NACE code lies in one of the call's priority codes.
    public func isPriority(_ code: NaceCode) -> Bool {
        priorityNace.contains { $0.contains(code) }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, opens, deadline, grant, source
        case titleTR = "title_tr"
        case eligibleMemberTypes = "eligible_member_types"
        case minimumCommittedFirms = "minimum_committed_firms"
        case requiredPartners = "required_partners"
        case priorityNace = "priority_nace"
        case refusedMemberTypes = "refused_member_types"
    }

    /// Decodes a call from its JSON form (NACE codes as strings such as `"32.50"` or `"3250"`).
    ///
    /// - Throws: `DecodingError` for a missing key, a wrong type or a malformed NACE code or date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        titleTR = try container.decodeIfPresent(String.self, forKey: .titleTR) ?? title
        opens = try container.decodeIfPresent(CalendarDate.self, forKey: .opens)
        deadline = try container.decodeIfPresent(CalendarDate.self, forKey: .deadline)
        eligibleMemberTypes = try container.decode([MemberType].self, forKey: .eligibleMemberTypes)
        minimumCommittedFirms = try container.decode(Int.self, forKey: .minimumCommittedFirms)
        requiredPartners = try container.decode([RequiredPartner].self, forKey: .requiredPartners)
        grant = try container.decode(GrantLimits.self, forKey: .grant)
        let codes = try container.decodeIfPresent([String].self, forKey: .priorityNace) ?? []
        priorityNace = try codes.map { text in
            do {
                return try NaceClassification.shared.parse(text)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .priorityNace, in: container, debugDescription: String(describing: error))
            }
        }
        source = try container.decode(String.self, forKey: .source)
        let refused = try container.decodeIfPresent([String: RefusalReason].self, forKey: .refusedMemberTypes) ?? [:]
        var reasons: [MemberType: RefusalReason] = [:]
        for (key, reason) in refused {
            guard let type = MemberType(rawValue: key) else {
                throw DecodingError.dataCorruptedError(forKey: .refusedMemberTypes, in: container,
                                                       debugDescription: "'\(key)' is not a member type id")
            }
            reasons[type] = reason
        }
        refusedMemberTypeReasons = reasons
    }

    /// Encodes the call in the same JSON form it is read from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(titleTR, forKey: .titleTR)
        try container.encode(opens, forKey: .opens)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(eligibleMemberTypes, forKey: .eligibleMemberTypes)
        try container.encode(minimumCommittedFirms, forKey: .minimumCommittedFirms)
        try container.encode(requiredPartners, forKey: .requiredPartners)
        try container.encode(grant, forKey: .grant)
        try container.encode(priorityNace.map(\.code), forKey: .priorityNace)
        try container.encode(source, forKey: .source)
        if !refusedMemberTypeReasons.isEmpty {
            try container.encode(Dictionary(uniqueKeysWithValues: refusedMemberTypeReasons.map { ($0.key.rawValue, $0.value) }),
                                 forKey: .refusedMemberTypes)
        }
    }
}

/// The money limits of a call. Percentages are percent of cost; money is Turkish lira (TL).
public struct GrantLimits: Sendable, Hashable, Codable {
    /// The most the Ministry pays one cluster over the whole support period, in TL; `nil` when the call
    /// sets no upper limit (the 2023 call).
    public var totalCapLira: Decimal?
    /// The support period in years, when stated.
    public var durationYears: Int?
    /// The most support may be of each business plan's total budget, in percent (50 for 2017).
    public var maxPlanSharePercent: Decimal
    /// The most support may be of each support item's cost, in percent (75 for 2017); `nil` when the call
    /// sets no per-item share, in which case an item may still not be supported beyond its cost.
    public var maxItemSharePercent: Decimal?
    /// Percentage points added to the share limits of an item of machinery or equipment with a domestic
    /// goods certificate (15 for 2023); `nil` when the call has no such bonus.
    public var domesticMachineryBonusPoints: Decimal?

    /// Creates grant limits.
    public init(
        totalCapLira: Decimal?, durationYears: Int? = nil, maxPlanSharePercent: Decimal,
        maxItemSharePercent: Decimal?, domesticMachineryBonusPoints: Decimal? = nil
    ) {
        self.totalCapLira = totalCapLira
        self.durationYears = durationYears
        self.maxPlanSharePercent = maxPlanSharePercent
        self.maxItemSharePercent = maxItemSharePercent
        self.domesticMachineryBonusPoints = domesticMachineryBonusPoints
    }

    enum CodingKeys: String, CodingKey {
        case totalCapLira = "total_cap_lira"
        case durationYears = "duration_years"
        case maxPlanSharePercent = "max_plan_share_percent"
        case maxItemSharePercent = "max_item_share_percent"
        case domesticMachineryBonusPoints = "domestic_machinery_bonus_points"
    }

    /// Encodes every key, writing `null` for an absent limit.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(totalCapLira, forKey: .totalCapLira)
        try container.encode(durationYears, forKey: .durationYears)
        try container.encode(maxPlanSharePercent, forKey: .maxPlanSharePercent)
        try container.encode(maxItemSharePercent, forKey: .maxItemSharePercent)
        try container.encode(domesticMachineryBonusPoints, forKey: .domesticMachineryBonusPoints)
    }
}
