/// One field (column) descriptor of a dBASE (`.dbf`) table.
public struct DBFField: Sendable, Hashable {
    /// The field name (up to 10 characters, as stored).
    public var name: String
    /// The type letter: `C` character, `N` numeric, `F` floating, `L` logical, `D` date (others are read
    /// as text).
    public var type: Character
    /// The width in bytes.
    public var length: Int
    /// The number of decimal places (numeric fields).
    public var decimalCount: Int
    /// The byte offset of the field inside a record (after the deletion flag).
    public var offsetInRecord: Int

    /// Creates a field descriptor.
    public init(name: String, type: Character, length: Int, decimalCount: Int, offsetInRecord: Int) {
        self.name = name
        self.type = type
        self.length = length
        self.decimalCount = decimalCount
        self.offsetInRecord = offsetInRecord
    }
}
