import KumeData
import KumeGeography

/// The answer of `kume check`: eligible or not, each check's result, and what the reports need besides.
public struct Verdict: Sendable {
    /// One member as the reports list it: who it is and where it lies relative to the geography.
    public struct MemberOutcome: Sendable, Hashable {
        /// The member's id.
        public var id: String
        /// The member's name.
        public var name: String
        /// The member's type.
        public var type: MemberType
        /// The member's NACE code, when given.
        public var nace: NaceCode?
        /// Whether the member committed; `nil` when the roster does not say.
        public var committed: Bool?
        /// Whether the geography covers the member's point; `nil` without a point or without a geography.
        public var inside: Bool?
        /// Distance to the geography in kilometres (0 inside); `nil` without a point or a geography.
        public var distanceKm: Double?
        /// Whether the geography builder named the member a spatial outlier.
        public var outlier: Bool
        /// A firm's NACE taxonomy relatedness to the main activity (1 inside it, 0.75 same group … 0 another
        /// section; the best over the main activity's codes), `nil` for institutions and firms without a code.
        public var mainActivityRelatedness: Double? = nil
        /// A firm's co-location proximity φ to the main activity across the reference registry's provinces
        /// (division level), `nil` without `--reference`.
        public var mainActivityProximity: Double? = nil
        /// The member's role (`coordinator` for the coordinating body), when the roster says.
        public var role: MemberRole? = nil
        /// Whether the member is accredited by the Ministry, when the roster says.
        public var accredited: Bool? = nil
        /// Whether the member takes an active part (the `active` column, else its commitment).
        public var active: Bool = false
        /// The member's tax number (VKN or TCKN), when given.
        public var taxNumber: String? = nil
        /// The member's province (official name), located from its point through the district polygons, or
        /// as ``placeSource`` says; `nil` when it has no point and states no known province.
        public var province: String? = nil
        /// The member's district (official name), found like ``province``; `nil` when unknown.
        public var district: String? = nil
        /// How ``province`` and ``district`` were found; `nil` when they are unknown.
        package var placeSource: MemberPlaces.Source? = nil
        /// The province the roster states, kept when it disagrees with the located one (else `nil`).
        public var statedProvince: String? = nil
        /// The district the roster states, kept when it disagrees with the located one (else `nil`).
        public var statedDistrict: String? = nil
    }

    /// The members the roster names as the cluster's coordinating body (`role` coordinator), in file order:
    /// one in a sound application.
    public var coordinators: [MemberOutcome] { members.filter { $0.role == .coordinator } }

    /// The main activity's concentration inside the geography against a reference registry, when one was
    /// given (`kume check --reference REGISTRY`).
    public var reference: ReferenceConcentration? = nil

    /// How the roster fits the geography the application declares (`--declared-geography`), whose reading the
    /// chamber and university checks then use; `nil` when none was declared.
    public var declaredGeography: DeclaredFit? = nil

    /// True when no check failed and none is unknown (computed from ``checks``, so it cannot disagree with them).
    public var eligible: Bool {
        checks.allSatisfy { $0.status == .pass || $0.status == .skipped }
    }
    /// The call checked against.
    public var call: Call
    /// The roster file's name, as the user gave it.
    public var rosterSource: String
    /// The checks, in the order of ``CheckID/allCases``.
    public var checks: [CheckResult]
    /// The main activity used by `committed_firms` (declared, or inferred and stated as such).
    public var mainActivity: MainActivity
    /// The geography's facts, when a geography was built.
    public var geography: GeographyFacts?
    /// The roster's members in file order, with their placements.
    public var members: [MemberOutcome]
    /// The roster's warnings followed by those raised while checking.
    public var warnings: [InputWarning]

    /// True when every geography-dependent check (`chamber`, `university`) has the same outcome under every
    /// reading of the robustness grid (vacuously true when none was tried).
    public var robust: Bool {
        checks.allSatisfy { $0.robustness?.outcome != .depends }
    }

    /// The checks whose outcome depends on the reading of the geography.
    public var dependentChecks: [CheckID] {
        checks.filter { $0.robustness?.outcome == .depends }.map(\.id)
    }

    /// The result of one check.
    public func check(_ id: CheckID) -> CheckResult? {
        checks.first { $0.id == id }
    }
}
