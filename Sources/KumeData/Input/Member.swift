import KumeGeo

/// One row of a roster or a registry: a firm or an institution, with where it is.
public struct Member: Hashable, Sendable {
    /// How a member's point was obtained.
    public enum PlacementSource: String, Sendable, Codable {
        /// The input gave latitude and longitude.
        case coordinates
        /// Placed at its district's interior point (no coordinates given).
        case district
        /// Placed at its province's centre (no coordinates and no known district).
        case province
        /// No point: no coordinates, district or province could be used.
        case none
    }

    /// The identifier from the input, unique within its file (kept as text: ids and tax numbers are codes).
    public var id: String
    /// The firm's or institution's name as given.
    public var name: String
    /// The member's kind.
    public var type: MemberType
    /// The NACE Rev.2 code (canonical, validated), required for firms.
    public var nace: NaceCode?
    /// The point in WGS84 longitude, latitude degrees, when one is known.
    public var location: Coordinate?
    /// Where ``location`` came from.
    public var placement: PlacementSource
    /// Number of employees, when given.
    public var employees: Int?
    /// Whether the member committed to cooperate; `nil` when the input does not say.
    public var committed: Bool?
    /// The province (il) as given or as derived, in its official spelling when recognised.
    public var province: String?
    /// The district (ilçe) as given or as derived, in its official spelling when recognised.
    public var district: String?
    /// The 1-based line of the input file the member was read from (0 when not from a file).
    public var line: Int
    /// The member's role (`coordinator` for the cluster's coordinating body), when the input says.
    public var role: MemberRole?
    /// Whether the member is accredited by the Ministry (said of the coordinating body), when the input says.
    public var accredited: Bool?
    /// Whether the member takes an active part in the cluster, when the input says.
    public var active: Bool?
    /// The member's validated tax number (VKN or TCKN), when given.
    package var taxNumber: TaxNumber?

    /// Whether the member takes an active part: the `active` column when given, else whether it committed
    /// (a committed member counts as active).
    public var isActive: Bool { active ?? (committed == true) }

    /// Whether the member is the cluster's coordinating body.
    public var isCoordinator: Bool { role == .coordinator }

    /// Creates a member; only `id`, `name` and `type` are required.
    package init(
        id: String, name: String, type: MemberType, nace: NaceCode? = nil, location: Coordinate? = nil,
        placement: PlacementSource = .coordinates, employees: Int? = nil, committed: Bool? = nil,
        province: String? = nil, district: String? = nil, line: Int = 0, role: MemberRole? = nil,
        accredited: Bool? = nil, active: Bool? = nil, taxNumber: TaxNumber? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.nace = nace
        self.location = location
        self.placement = location == nil ? .none : placement
        self.employees = employees
        self.committed = committed
        self.province = province
        self.district = district
        self.line = line
        self.role = role
        self.accredited = accredited
        self.active = active
        self.taxNumber = taxNumber
    }
}
