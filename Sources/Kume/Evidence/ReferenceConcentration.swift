/// How concentrated the main activity is inside an economic geography, against a reference registry
/// (every firm of a region with its NACE code and point).
public struct ReferenceConcentration: Sendable, Hashable {
    /// The reference registry's file.
    public var source: String
    /// Registry firms (any sector) inside the geography.
    public var firmsInside: Int
    /// Registry firms of the main activity inside the geography.
    public var mainActivityFirmsInside: Int
    /// Registry firms in all.
    public var firms: Int
    /// Registry firms of the main activity in all.
    public var mainActivityFirms: Int
    /// The main activity's Kd among the registry firms inside; `nil` when it was not asked for
    /// (`--kd-simulations 0`).
    public var kd: MainActivityKd?

    /// Creates the figures.
    public init(source: String, firmsInside: Int, mainActivityFirmsInside: Int, firms: Int, mainActivityFirms: Int,
                kd: MainActivityKd? = nil) {
        self.kd = kd
        self.source = source
        self.firmsInside = firmsInside
        self.mainActivityFirmsInside = mainActivityFirmsInside
        self.firms = firms
        self.mainActivityFirms = mainActivityFirms
    }

    /// The location quotient by firm counts: (share of the main activity inside) / (its share in the
    /// registry); `nil` when either share is undefined.
    public var locationQuotient: Double? {
        guard firmsInside > 0, firms > 0, mainActivityFirms > 0 else { return nil }
        return (Double(mainActivityFirmsInside) / Double(firmsInside)) / (Double(mainActivityFirms) / Double(firms))
    }
}
