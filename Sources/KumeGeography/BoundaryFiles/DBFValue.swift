/// One decoded cell of a dBASE (`.dbf`) table.
public enum DBFValue: Sendable, Hashable {
    /// A character field (`C`), decoded with the table's text encoding, trailing spaces removed.
    case text(String)
    /// A numeric (`N`) or floating (`F`) field.
    case number(Double)
    /// A logical field (`L`): `T`, `t`, `Y`, `y` are true; `F`, `f`, `N`, `n` false.
    case logical(Bool)
    /// A date field (`D`, stored `YYYYMMDD`).
    case date(year: Int, month: Int, day: Int)
    /// A blank cell (spaces, `?` in a logical field, or `*` overflow in a number).
    case null

    /// The text, when this is a character value.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The number, when this is a numeric value.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
