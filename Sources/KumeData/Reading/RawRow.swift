/// One cell of an input row: its text and where it was.
struct RawCell {
    var text: String
    var line: Int
    var column: Int
}

/// One input row (a CSV record or a GeoJSON feature) by column.
struct RawRow {
    var line: Int
    var cells: [MemberColumn: RawCell]
}
