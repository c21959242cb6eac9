/// Which header of a file holds which ``MemberColumn``, beyond the aliases kume knows: `id=Sıra,
/// name="Firma Unvanı"` maps the header "Sıra" to `id` and "Firma Unvanı" to `name`.
///
/// A mapped header is matched as headers are (``HeaderKey``). A column the mapping names is read only
/// from its mapped header: another header that is an alias of it is then ignored.
public struct ColumnMapping: Sendable, Hashable {
    /// The header (as written) for each mapped column.
    package private(set) var headers: [MemberColumn: String]

    /// The empty mapping: every column is found by kume's own header names.
    public init() {
        self.headers = [:]
    }

    /// A mapping of columns to the roster's header names.
    package init(_ headers: [MemberColumn: String]) {
        self.headers = headers
    }

    /// Parses `column=header` pairs separated by commas; a header with a comma or spaces may be quoted
    /// (`name="Firma, Kurum Adı"`). The column is a canonical name or any alias (`id`, `ad`, `tax_id`).
    /// - Throws: ``InputError`` (without a file location) for an unknown column, a pair without `=`, or
    ///   a column mapped twice.
    public static func parse(_ text: String) throws(InputError) -> ColumnMapping {
        var mapping = ColumnMapping()
        for pair in splitPairs(text) where !pair.trimmingSpaces.isEmpty {
            guard let equals = pair.firstIndex(of: "=") else {
                throw problem("'\(pair)' is not column=header", "write pairs such as id=Sıra,name=\"Firma Unvanı\"")
            }
            let name = String(pair[..<equals]).trimmingSpaces
            var header = String(pair[pair.index(after: equals)...]).trimmingSpaces
            if header.count >= 2, header.hasPrefix("\""), header.hasSuffix("\"") {
                header = String(header.dropFirst().dropLast())
            }
            guard let column = MemberColumn(rawValue: name) ?? MemberColumn(header: name) else {
                throw problem("'\(name)' is not a column kume reads",
                              "map one of: \(MemberColumn.allCases.map(\.header).joined(separator: ", "))")
            }
            guard !header.isEmpty else { throw problem("the header for '\(column.header)' is empty", "write \(column.header)=HEADER") }
            guard mapping.headers[column] == nil else {
                throw problem("'\(column.header)' is mapped twice", "map each column once")
            }
            mapping.headers[column] = header
        }
        return mapping
    }

    /// The column a header holds: the mapped one, else its alias's unless the mapping moved that column
    /// to another header; `nil` for a header kume does not read.
    package func column(forHeader header: String) -> MemberColumn? {
        let key = HeaderKey.of(header)
        if let mapped = headers.first(where: { HeaderKey.of($0.value) == key }) { return mapped.key }
        guard let column = MemberColumn(header: header), headers[column] == nil else { return nil }
        return column
    }

    /// A header among `found` that names `column` by one of its aliases but that the mapping gives to
    /// another column (`--columns name=id` leaves no `id`), for the missing-column message.
    func movedAway(_ column: MemberColumn, among found: [String]) -> (header: String, to: MemberColumn)? {
        for header in found where MemberColumn(header: header) == column {
            if let to = self.column(forHeader: header), to != column { return (header, to) }
        }
        return nil
    }

    /// Mapped headers that none of `found` matches, as problems on the header line.
    func unmatched(in found: [String]) -> [(column: MemberColumn, header: String)] {
        let keys = Set(found.map(HeaderKey.of))
        return headers.filter { !keys.contains(HeaderKey.of($0.value)) }
            .sorted { $0.key.header < $1.key.header }.map { ($0.key, $0.value) }
    }

    private static func problem(_ problem: String, _ remedy: String) -> InputError {
        InputError(issues: [InputIssue(file: "", line: 0, column: 0, problem: problem, remedy: remedy)])
    }

    /// Splits at commas outside double quotes.
    private static func splitPairs(_ text: String) -> [String] {
        var pairs: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ",", !quoted {
                pairs.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pairs.append(current)
        return pairs
    }
}
