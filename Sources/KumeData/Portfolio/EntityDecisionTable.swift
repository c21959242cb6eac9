/// Reads a table of entity decisions (`kume portfolio --decisions FILE`): one decision per row.
///
/// Columns `first,second,decision` (Turkish `birinci,ikinci,karar`); `decision` is `same` (`aynı`, `=`)
/// or `different` (`farklı`, `≠`, `!=`). Each side is `CLUSTER/ID` or a member's name (see
/// ``EntityDecision``). CSV as every kume table (delimiter, encoding and quoting detected).
package enum EntityDecisionTable {
    /// Reads the decisions.
    /// - Parameter path: The file's path, also the name used in issues.
    /// - Throws: ``InputError`` listing every problem as `FILE:LINE:COLUMN`.
    package static func read(path: String) throws(InputError) -> [EntityDecision] {
        try parse(text: InputFile.text(path, kind: "decisions table", format: "UTF-8 CSV"), name: path)
    }

    /// Reads the decisions from a table's text.
    /// - Throws: ``InputError`` as ``read(path:)``.
    package static func parse(text: String, name: String) throws(InputError) -> [EntityDecision] {
        let records = try CSVText.records(text, file: name)
        guard let header = records.first else {
            throw InputError(issues: [InputIssue(file: name, line: 1, column: 1, problem: "the decisions table is empty",
                                                 remedy: "write a header row first,second,decision and one row per decision")])
        }
        var issues = IssueCollector(file: name, limit: 50)
        var position: [String: Int] = [:]
        for (index, text) in header.fields.enumerated() {
            guard let column = column(TurkishText.folded(text.trimmingSpaces)) else { continue }
            if position[column] == nil { position[column] = index } else {
                issues.add(line: header.line, column: index + 1, "the column '\(text)' appears twice", "keep one of them")
            }
        }
        for column in ["first", "second", "decision"] where position[column] == nil {
            issues.add(line: header.line, column: 1, "missing column '\(column)'",
                       "name the columns first,second,decision (birinci,ikinci,karar)")
        }
        if let error = issues.error { throw error }
        var decisions: [EntityDecision] = []
        for record in records.dropFirst() {
            func cell(_ column: String) -> (String, Int) {
                let index = position[column] ?? 0
                return (index < record.fields.count ? record.fields[index].trimmingSpaces : "", index + 1)
            }
            let (first, firstColumn) = cell("first"), (second, secondColumn) = cell("second")
            let (word, wordColumn) = cell("decision")
            if first.isEmpty && second.isEmpty && word.isEmpty { continue }
            for (text, column) in [(first, firstColumn), (second, secondColumn)] where text.isEmpty {
                issues.add(line: record.line, column: column, "an empty side",
                           "name a member on each side: CLUSTER/ID or its name")
            }
            let kind = kind(TurkishText.folded(word))
            if kind == nil {
                issues.add(line: record.line, column: wordColumn, "'\(word)' is not a decision",
                           "write same (aynı) or different (farklı)")
            }
            if let kind, !first.isEmpty, !second.isEmpty {
                decisions.append(EntityDecision(kind: kind, first: first, second: second, origin: "\(name):\(record.line)"))
            }
        }
        if let error = issues.error { throw error }
        return decisions
    }

    private static func column(_ folded: String) -> String? {
        switch folded {
        case "first", "birinci", "a": "first"
        case "second", "ikinci", "b": "second"
        case "decision", "karar": "decision"
        default: nil
        }
    }

    private static func kind(_ folded: String) -> EntityDecision.Kind? {
        switch folded {
        case "same", "ayni", "=", "==": .same
        case "different", "farkli", "≠", "!=", "<>": .different
        default: nil
        }
    }
}
