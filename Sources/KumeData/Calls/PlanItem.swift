import Foundation

/// One support item of a business plan: what it costs and how much support is asked for it, in TL.
public struct PlanItem: Sendable, Hashable {
    /// The business plan's name or number, as given.
    public var plan: String
    /// The support item's name, as given.
    public var item: String
    /// The item's eligible cost in Turkish lira (TL).
    public var costLira: Decimal
    /// The support asked for the item in Turkish lira (TL).
    public var supportLira: Decimal
    /// Whether the item is machinery or equipment with a domestic goods certificate (yerli malı belgesi).
    public var domesticMachinery: Bool
    /// The 1-based line of the plans file the row came from (0 when not from a file).
    public var line: Int

    /// Creates an item.
    ///
    /// - Parameters:
    ///   - plan: The business plan.
    ///   - item: The support item.
    ///   - costLira: The item's cost in TL.
    ///   - supportLira: The support asked in TL.
    ///   - domesticMachinery: Whether the item is certified domestic machinery or equipment.
    ///   - line: The 1-based line in the file, 0 when not from a file.
    public init(plan: String, item: String, costLira: Decimal, supportLira: Decimal, domesticMachinery: Bool = false,
                line: Int = 0) {
        self.plan = plan
        self.item = item
        self.costLira = costLira
        self.supportLira = supportLira
        self.domesticMachinery = domesticMachinery
        self.line = line
    }
}
