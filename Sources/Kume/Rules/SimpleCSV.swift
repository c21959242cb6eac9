/// A small RFC 4180 reader for the plans table.
///
/// Kept here, small and internal, because the plans file is a few dozen rows and needs only quoting and
/// delimiter detection; registry-scale reading belongs to the input layer.
enum SimpleCSV {
    /// One record with the 1-based line it starts on.
    struct Row {
        let line: Int
        let fields: [String]
    }

    /// A quoted field that is never closed; `line` is where it opens.
    struct QuoteError: Error {
        let line: Int
    }

    /// The delimiter used most often outside quotes in the first line: `,`, `;` or tab (`,` on a tie).
    static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
            if !quoted, counts[character] != nil { counts[character, default: 0] += 1 }
        }
        let best = [",", ";", "\t"].max { (counts[Character($0)] ?? 0) < (counts[Character($1)] ?? 0) } ?? ","
        return (counts[Character(best)] ?? 0) > (counts[","] ?? 0) ? Character(best) : ","
    }

    /// Splits the text into records (quotes may span lines; `""` inside quotes is one quote).
    ///
    /// - Throws: ``QuoteError`` when a quote is not closed by the end of the text.
    static func rows(_ text: String) throws -> [Row] {
        let separator = delimiter(of: text)
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let value = pending { pending = nil; return value }
            return iterator.next()
        }
        func endRow() {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
            fields = []
            field = ""
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                quoted = true
                quoteLine = line
            case separator:
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(character)
            }
        }
        if quoted { throw QuoteError(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
