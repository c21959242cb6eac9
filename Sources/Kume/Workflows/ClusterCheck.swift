import KumeData
import KumeGeography

/// The evaluator's path as one call: a roster in; its economic geography, the administrative view and the
/// call's verdict out.
public enum ClusterCheck {
    /// What the check needs besides the roster.
    public struct Options: Sendable {
        /// The call whose rules apply.
        public var call: Call
        /// The declared main activity; `nil` to infer it from the committed firms.
        public var mainActivity: [NaceCode]?
        /// The business plans' items, for the budget check; `nil` skips it.
        public var plans: [PlanItem]?
        /// The application date, for the deadline check; `nil` skips it.
        public var appliedOn: CalendarDate?
        /// How the economic geography is drawn.
        public var geography: GeographyMethod
        /// A reference registry for the main activity's concentration and co-location; `nil` for none.
        public var reference: Registry?
        /// Türkiye's district polygons for the exact places the geography touches; `nil` to fall back to
        /// district points.
        public var boundaries: AdministrativeBoundaries?
        /// How the main activity's Kd inside the geography is measured against ``reference``; `nil` for no Kd.
        public var kd: MainActivityKd.Settings?
        /// The share of the firms a province must hold to count for the chamber rule (`--min-share`).
        public var minimumShare: Double = FirmShares.defaultMinimumShare
        /// The readings the chamber and university checks are tried under; `nil` to skip robustness.
        public var robustnessGrid: RobustnessGrid? = .standard
        /// The economic geography the application declares; when given, the chamber and university checks use
        /// it and the computed geography stays as evidence. A declaration naming districts needs ``boundaries``.
        public var declaredGeography: DeclaredGeography?

        /// Creates the options.
        public init(
            call: Call, mainActivity: [NaceCode]? = nil, plans: [PlanItem]? = nil, appliedOn: CalendarDate? = nil,
            geography: GeographyMethod = .hullBuffer(.evaluation), reference: Registry? = nil,
            boundaries: AdministrativeBoundaries? = nil, kd: MainActivityKd.Settings? = MainActivityKd.Settings()
        ) {
            self.reference = reference
            self.kd = kd
            self.boundaries = boundaries
            self.call = call
            self.mainActivity = mainActivity
            self.plans = plans
            self.appliedOn = appliedOn
            self.geography = geography
        }
    }

    /// The check's results.
    public struct Outcome: Sendable {
        /// The roster as read.
        public var roster: Roster
        /// The economic geography; `nil` when no firm has a point.
        public var geography: EconomicGeography?
        /// The provinces and districts the geography touches.
        public var places: TouchedPlaces?
        /// The verdict.
        public var verdict: Verdict
    }

    /// Builds the geography of the roster's firms, places every member, and evaluates the call's rules;
    /// with a reference registry, adds the main activity's concentration inside the geography (its LQ and,
    /// unless ``Options/kd`` is `nil`, its Kd against random labelling, whose simulations run in child tasks).
    /// - Throws: ``GeographyError`` when GEOS or PROJ fail (not when no firm has a point: then the
    ///   geography-dependent checks are `unknown`); ``RegionalMeasureError`` for an unusable reference. Kd
    ///   never throws: when it cannot be measured, ``MainActivityKd/outcome`` says why.
    public static func run(_ roster: Roster, options: Options) async throws -> Outcome {
        let concavities = options.robustnessGrid?.concavities ?? []
        var geography: EconomicGeography?
        do {
            geography = try options.geography.build(
                firms: roster.firms, members: roster.members, source: roster.source, boundaries: options.boundaries,
                readingConcavities: concavities)
            // The grid's hulls are the default hull-buffer geography's, whatever method drew the geography.
            if geography?.hullReadings == nil, !concavities.isEmpty {
                geography?.hullReadings = try HullBufferBuilder(parameters: .evaluation).build(
                    firms: roster.firms, members: roster.members, source: roster.source,
                    readingConcavities: concavities).hullReadings
            }
        } catch GeographyError.noFirmWithPoint {
            geography = nil
        }
        let locator = try options.boundaries.map(PlaceLocator.make)
        let places = try geography.map { try TouchedPlaces(geography: $0, members: roster.members, locator: locator) }
        let memberPlaces = try MemberPlaces(members: roster.members, locator: locator)
        let facts = geography.map {
            GeographyFacts(
                geography: $0, places: places, firms: roster.firms, memberPlaces: memberPlaces,
                minimumShare: options.minimumShare)
        }
        var input = CheckInput(
            roster: roster, geography: facts, call: options.call, mainActivity: options.mainActivity,
            provincesWithChamberOfIndustry: ChambersOfIndustry.shared.byProvince, plans: options.plans,
            appliedOn: options.appliedOn
        )
        input.robustnessGrid = options.robustnessGrid
        input.memberPlaces = memberPlaces
        if let declared = options.declaredGeography {
            if declared.namesDistricts, options.boundaries == nil {
                throw GeographyError.invalidParameter(
                    "the declared geography names districts (\(declared.areas.filter { $0.district != nil }.map(\.name).joined(separator: ", "))): "
                    + "which district a member is in needs Türkiye's district polygons — run scripts/fetch-boundaries "
                    + "(or give \(Setting.boundaries.words) DIR), or declare whole provinces")
            }
            input.declaredGeography = declared
        }
        var verdict = Rules.evaluate(input)
        verdict.locate(memberPlaces, members: roster.members)
        verdict.warnings += StatedPlaceWarnings.warnings(roster.members, places: memberPlaces, boundariesUsed: locator != nil, source: roster.source)
        let inside = try MainActivityFit.annotate(&verdict, geography: geography, reference: options.reference)
        if let inside, let geography, let reference = options.reference, let settings = options.kd {
            verdict.reference?.kd = await MainActivityKd.measure(
                lonLat: inside.rows.map { reference.coordinates[$0] }, isMainActivity: inside.isMainActivity,
                projection: geography.projection, settings: settings)
        }
        return Outcome(roster: roster, geography: geography, places: places, verdict: verdict)
    }
}
