/// A reference table parsed from its embedded CSV text: rows as dictionaries by header name.
///
/// The embedded tables are kume's own files, checked by the test suite, so a malformed row is skipped
/// rather than thrown: the tests compare every table's row count with the file.
struct EmbeddedTable {
    /// The rows, each mapping a header name to its field text.
    let rows: [[String: String]]

    /// Parses `text` (CSV with a header row).
    init(_ text: String, name: String) {
        var parsed: [[String: String]] = []
        do {
            var scanner = try CSVScanner(source: ByteSource(bytes: Array(text.utf8)), file: name)
            var fields: [CSVField] = []
            var header: [String] = []
            while try scanner.next(into: &fields) != nil {
                var values: [String] = []
                for field in fields { values.append(scanner.string(of: field)) }
                if header.isEmpty {
                    header = values
                    continue
                }
                guard values.count == header.count else { continue }
                parsed.append(Dictionary(zip(header, values), uniquingKeysWith: { first, _ in first }))
            }
        } catch {
            // Unreachable for the embedded texts (memory source, no size bound reached); see the type's doc.
        }
        rows = parsed
    }
}

extension Dictionary where Key == String, Value == String {
    func int(_ key: String) -> Int? { self[key].flatMap { Int($0) } }
    func double(_ key: String) -> Double? { self[key].flatMap { Double($0) } }
    func text(_ key: String) -> String { self[key] ?? "" }
}
