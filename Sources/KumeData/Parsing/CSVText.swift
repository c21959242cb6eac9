/// A small CSV table read whole into strings (and the field writer): the shared reader for kume's side tables (plans, point
/// patterns, region × sector tables), on the same RFC 4180 scanner as the roster reader, so every table
/// accepts the same delimiters (`,`, `;`, tab), quoting, BOM and encodings (UTF-8 or Windows-1254).
package enum CSVText {
    /// One record and the 1-based line it starts on.
    package struct Record: Equatable {
        package var fields: [String]
        package var line: Int
    }

    /// A table's records and the reader of its numbers (the decimal convention its delimiter implies).
    package struct Table {
        /// The records, the header first.
        package var records: [Record]
        /// Reads the table's numbers (``NumberReader/Convention/init(delimiter:)``).
        package var numbers: NumberReader
    }

    /// Every record of `text`, the header first; blank lines are skipped.
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The name used in issues.
    /// - Throws: ``InputError`` for a quote never closed.
    package static func records(_ text: String, file: String) throws(InputError) -> [Record] {
        try table(Array(text.utf8), file: file).records
    }

    /// The table in `text`: its records and its number reader.
    /// - Throws: ``InputError`` for a quote never closed or a line over 1 MiB.
    package static func table(_ text: String, file: String) throws(InputError) -> Table {
        try table(Array(text.utf8), file: file)
    }

    /// The table in `bytes` (UTF-8 or Windows-1254); blank lines are skipped.
    /// - Throws: ``InputError`` for a quote never closed or a line over 1 MiB.
    static func table(_ bytes: [UInt8], file: String) throws(InputError) -> Table {
        var scanner = try CSVScanner(source: ByteSource(bytes: bytes), file: file)
        var fields: [CSVField] = []
        var records: [Record] = []
        while let line = try scanner.next(into: &fields) {
            let texts = fields.map { scanner.string(of: $0) }
            if texts.count == 1, texts[0].allSatisfy(\.isWhitespace) { continue }
            records.append(Record(fields: texts, line: line))
        }
        return Table(records: records, numbers: NumberReader(delimiter: scanner.delimiter))
    }

    /// A field as written to a CSV file (RFC 4180): quoted, with quotes doubled, when it holds a comma, a
    /// quote or a line break; as it is otherwise.
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
