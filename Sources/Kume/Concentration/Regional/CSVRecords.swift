/// A minimal RFC 4180 record splitter for the small tables the region-based measures read.
///
/// The delimiter (`,`, `;` or tab) is the first of these found outside quotes on the first line.
/// Quoted fields may hold delimiters, doubled quotes and line breaks. A leading byte-order mark is dropped.
enum CSVRecords {
    /// One record and the 1-based line it starts on.
    struct Record: Equatable {
        var fields: [String]
        var line: Int
    }

    static func parse(_ text: String) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let delimiter = detectDelimiter(scalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var line = 1, recordLine = 1
        var i = 0
        func endField() { fields.append(String(field)); field = String.UnicodeScalarView() }
        func endRecord() { endField(); records.append(Record(fields: fields, line: recordLine)); fields = [] }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == delimiter {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var inQuotes = false
        for c in scalars {
            if c == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == "\n" || c == "\r" { break }
            if c == "," || c == ";" || c == "\t" { return c }
        }
        return ","
    }
}
