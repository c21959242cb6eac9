/// Which row of a COPY's CSV output (PostgreSQL's `FORMAT csv, HEADER true`) each physical line belongs to.
///
/// The CSV readers number problems by physical line, and a text value holding a line break (an address, a name)
/// spans several lines; to name the row (and look its id up again) the line must become the row's number. Only
/// rows that span several lines are recorded, so memory stays small. Quotes are tracked as PostgreSQL writes them
/// (`"` opens and closes a quoted value, `""` inside is a quote), which is all the scanning CSV output needs.
struct CSVRowLines: Sendable {
    /// Rows that span several lines: their number (1 = the first row after the header), first and last line.
    private var spans: [(row: Int, first: Int, last: Int)] = []
    private var line = 1
    private var row = 0
    private var rowFirstLine = 1
    private var quoted = false

    /// Scans the next bytes of the output.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                if !quoted {
                    if line - 1 > rowFirstLine, row > 0 { spans.append((row, rowFirstLine, line - 1)) }
                    row += 1
                    rowFirstLine = line
                }
            }
        }
    }

    /// The row a physical line lies in (nil for the header, line 1, or before).
    func row(ofLine target: Int) -> Int? {
        guard target > 1 else { return nil }
        var extra = 0
        for span in spans {
            if target > span.last {
                extra += span.last - span.first
            } else if target >= span.first {
                return span.row
            } else {
                break
            }
        }
        return target - 1 - extra
    }
}
