import Foundation
import KumeResources

extension Call {
    /// The ids of the calls embedded in kume, oldest first.
    public static let builtInIDs: [String] = ["2017-3", "2023-4"]

    /// The embedded call with this id (`2017-3`, `2023-4`).
    ///
    /// - Parameter id: The call's id.
    /// - Throws: ``InputError`` (reported against `--call`) when no embedded call has this id.
    public static func builtIn(id: String) throws -> Call {
        let text: String
        switch id {
        case "2017-3": text = EmbeddedData.call20173Json
        case "2023-4": text = EmbeddedData.call20234Json
        default:
            throw InputError(issues: [InputIssue(
                file: Setting.call.words, line: 0, column: 0, problem: "no built-in call has the id '\(id)'",
                remedy: "use one of \(builtInIDs.joined(separator: ", ")) or give the path of a call file")])
        }
        return try decode(text: text, file: "data/calls/\(id).json")
    }

    /// Reads a call file of the same shape as `data/calls/2017-3.json`.
    ///
    /// - Parameter path: The file's path, as the user gave it (used in error locations).
    /// - Throws: ``InputError`` when the file cannot be read, is not valid JSON, lacks a key, has a value of
    ///   the wrong type, or breaks a rule (a share outside 0–100, `other` among the member types, …).
    public static func load(path: String) throws -> Call {
        try decode(text: InputFile.text(path, kind: "call file", format: "UTF-8 JSON"), file: path)
    }

    /// Decodes a call from JSON text and checks its numbers.
    ///
    /// - Parameters:
    ///   - text: The JSON text.
    ///   - file: The name to use in error locations.
    /// - Throws: ``InputError`` as ``load(path:)`` does.
    public static func decode(text: String, file: String) throws -> Call {
        let call: Call
        do {
            call = try JSONDecoder().decode(Call.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw InputError(issues: [issue(for: error, in: text, file: file)])
        } catch {
            throw InputError(issues: [InputIssue(
                file: file, line: 0, column: 0, problem: "cannot decode the call (\(error))",
                remedy: "compare the file with data/calls/2017-3.json")])
        }
        let problems = call.validationProblems()
        if !problems.isEmpty {
            throw InputError(issues: problems.map { problem in
                let (line, column) = JSONTextLocator.location(ofKey: problem.key, in: text)
                return InputIssue(file: file, line: line, column: column, problem: problem.problem,
                                  remedy: problem.remedy)
            })
        }
        return call
    }

    /// Rule breaches in a decoded call: each names the JSON key it concerns.
    func validationProblems() -> [(key: String, problem: String, remedy: String)] {
        var problems: [(key: String, problem: String, remedy: String)] = []
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(("id", "the call's id is empty", "give an id such as 2017-3"))
        }
        if eligibleMemberTypes.contains(.other) {
            problems.append(("eligible_member_types", "'other' is listed as an eligible member type",
                             "remove it: members of type other are never eligible"))
        }
        if eligibleMemberTypes.isEmpty {
            problems.append(("eligible_member_types", "no member type is eligible",
                             "list the member types the call accepts"))
        }
        if minimumCommittedFirms < 0 {
            problems.append(("minimum_committed_firms", "the committed-firm minimum is negative",
                             "give a count of 0 or more"))
        }
        let shares: [(String, Decimal?)] = [
            ("max_plan_share_percent", grant.maxPlanSharePercent),
            ("max_item_share_percent", grant.maxItemSharePercent),
            ("domestic_machinery_bonus_points", grant.domesticMachineryBonusPoints),
        ]
        for (key, value) in shares {
            if let value, value < 0 || value > 100 {
                problems.append((key, "\(value) is not a percentage between 0 and 100",
                                 "write the share in percent, for example 50 for half"))
            }
        }
        if let cap = grant.totalCapLira, cap <= 0 {
            problems.append(("total_cap_lira", "the total cap \(cap) TL is not positive",
                             "give the cap in TL, or null when the call has no upper limit"))
        }
        for type in refusedMemberTypeReasons.keys where eligibleMemberTypes.contains(type) {
            problems.append(("refused_member_types", "'\(type.rawValue)' is both eligible and refused",
                             "list it in eligible_member_types or in refused_member_types, not both"))
        }
        if let opens, let deadline, deadline < opens {
            problems.append(("deadline", "the deadline \(deadline) is before the opening day \(opens)",
                             "check both dates (YYYY-MM-DD)"))
        }
        return problems
    }

    private static func issue(for error: DecodingError, in text: String, file: String) -> InputIssue {
        func place(_ path: [any CodingKey]) -> (Int, Int) {
            guard let key = path.last(where: { $0.intValue == nil }) else { return (1, 1) }
            return JSONTextLocator.location(ofKey: key.stringValue, in: text)
        }
        func dotted(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        let remedy = "compare the file with data/calls/2017-3.json"
        switch error {
        case .keyNotFound(let key, let context):
            let (line, column) = place(context.codingPath)
            let where_ = context.codingPath.isEmpty ? "" : " in '\(dotted(context.codingPath))'"
            return InputIssue(file: file, line: line, column: column,
                              problem: "the key '\(key.stringValue)' is missing\(where_)",
                              remedy: "add it; \(remedy)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let (line, column) = place(context.codingPath)
            return InputIssue(file: file, line: line, column: column,
                              problem: "'\(dotted(context.codingPath))': \(context.debugDescription)", remedy: remedy)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                // Foundation's decoder may drop the parser's error (it does on Linux); ask the parser again.
                var parserError = context.underlyingError
                if parserError == nil {
                    do { _ = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch { parserError = error }
                }
                let (line, column) = JSONTextLocator.syntaxErrorLocation(parserError, in: text)
                return InputIssue(file: file, line: line, column: column,
                                  problem: "the file is not valid JSON", remedy: "fix the JSON syntax here")
            }
            let (line, column) = place(context.codingPath)
            return InputIssue(file: file, line: line, column: column,
                              problem: "'\(dotted(context.codingPath))': \(context.debugDescription)", remedy: remedy)
        @unknown default:
            return InputIssue(file: file, line: 0, column: 0, problem: "\(error)", remedy: remedy)
        }
    }
}

/// Finds line and column positions in JSON text for error messages.
enum JSONTextLocator {
    /// The 1-based line and column of the first `"key"` in the text, or (1, 1) when it is not there.
    static func location(ofKey key: String, in text: String) -> (line: Int, column: Int) {
        guard let range = text.range(of: "\"\(key)\"") else { return (1, 1) }
        return lineAndColumn(of: range.lowerBound, in: text)
    }

    /// The 1-based line and column of a position.
    static func lineAndColumn(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text[..<index] {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The position of a JSON syntax error: Foundation's parser states it as "line N, column M" or as a
    /// character offset ("around character N"), depending on the platform; (0, 0) when neither is given.
    static func syntaxErrorLocation(_ error: (any Error)?, in text: String) -> (line: Int, column: Int) {
        guard let error else { return (0, 0) }
        let described = "\(error) \((error as NSError).userInfo)"
        if let line = number(after: "line ", in: described), let column = number(after: "column ", in: described) {
            return (line, column)
        }
        if let offset = number(after: "character ", in: described) {
            let utf8 = text.utf8
            let clamped = min(max(offset, 0), utf8.count)
            let index = utf8.index(utf8.startIndex, offsetBy: clamped)
            return lineAndColumn(of: index, in: text)
        }
        return (0, 0)
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        let digits = text[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        return Int(digits)
    }
}
