import KumeData
import KumeGeography

/// Everything ``Rules/evaluate(_:)`` needs: the roster, the geography's facts, the call and the options.
package struct CheckInput: Sendable {
    /// The application's members.
    package var roster: Roster
    /// What the economic-geography builder found; `nil` when no geography could be built.
    package var geography: GeographyFacts?
    /// The call the application is checked against.
    package var call: Call
    /// The declared main activity (`--main-activity 29,22.1`); `nil` to infer it from the committed firms.
    package var mainActivity: [NaceCode]?
    /// Provinces that have a chamber of industry: official province name → the chamber's name
    /// (the 12 rows of `data/tables/tr_chambers_of_industry.csv`).
    package var provincesWithChamberOfIndustry: [String: String]
    /// The business plans' budget rows (`--plans FILE`); `nil` when not given.
    package var plans: [PlanItem]?
    /// The day the application was made (`--applied-on`); `nil` when not given.
    package var appliedOn: CalendarDate?
    /// The readings the chamber and university checks are also tried under; `nil` for no robustness.
    package var robustnessGrid: RobustnessGrid? = nil
    /// The economic geography the application declares (`--declared-geography`); when given, the chamber and
    /// university checks are read against it and the computed geography's outcomes stay as evidence.
    package var declaredGeography: DeclaredGeography? = nil
    /// Every member's province and district, for the declared geography when no geography could be built
    /// (otherwise ``GeographyFacts/memberPlaces`` is used).
    package var memberPlaces = MemberPlaces(byID: [:])

    /// Creates the input.
    package init(
        roster: Roster, geography: GeographyFacts?, call: Call, mainActivity: [NaceCode]? = nil,
        provincesWithChamberOfIndustry: [String: String], plans: [PlanItem]? = nil, appliedOn: CalendarDate? = nil
    ) {
        self.roster = roster
        self.geography = geography
        self.call = call
        self.mainActivity = mainActivity
        self.provincesWithChamberOfIndustry = provincesWithChamberOfIndustry
        self.plans = plans
        self.appliedOn = appliedOn
    }
}
