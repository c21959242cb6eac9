/// One problem found in an input file, located as `FILE:LINE:COLUMN`.
public struct InputIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line number; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column number (field index for tables, character for JSON); 0 when not known.
    public var column: Int
    /// What is wrong.
    public var problem: String
    /// What to do about it.
    public var remedy: String

    /// Creates an issue at `file:line:column`.
    public init(file: String, line: Int, column: Int, problem: String, remedy: String) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
        self.remedy = remedy
    }

    /// `FILE:LINE:COLUMN: problem — remedy`; `FILE:LINE:` when the column is not known, `FILE:` when the
    /// problem concerns the whole file, and no location at all when there is no file.
    public var description: String {
        var location = file
        if !file.isEmpty, line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        return location.isEmpty ? "\(problem) — \(remedy)" : "\(location): \(problem) — \(remedy)"
    }
}

/// A warning about the input that does not stop the run (a member placed at its district's point,
/// a probably swapped latitude/longitude, a stated province that disagrees with the point).
public struct InputWarning: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The member the warning is about, when it is about one.
    public var memberID: String?
    /// The location in the input, `FILE:LINE:COLUMN` form, when known.
    public var location: String?
    /// The warning text.
    public var message: String
    /// The warning in Turkish, for reports in Turkish (`nil`: the English text is used).
    public var messageTR: String?

    /// Creates a warning.
    public init(memberID: String? = nil, location: String? = nil, message: String, messageTR: String? = nil) {
        self.memberID = memberID
        self.location = location
        self.message = message
        self.messageTR = messageTR
    }

    public var description: String {
        [location, message].compactMap { $0 }.joined(separator: ": ")
    }

    /// `location: message` in English, or in Turkish when asked and a Turkish text exists.
    public func text(turkish: Bool) -> String {
        [location, turkish ? (messageTR ?? message) : message].compactMap { $0 }.joined(separator: ": ")
    }
}

/// The error thrown for bad input: every problem found (up to a limit), not only the first.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var issues: [InputIssue]
    /// How many further problems were found but not listed.
    public var omitted: Int

    /// Creates the error from its issues.
    public init(issues: [InputIssue], omitted: Int = 0) {
        self.issues = issues
        self.omitted = omitted
    }

    /// One issue per line, then a count of those not listed.
    public var description: String {
        var lines = issues.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more problems not listed") }
        return lines.joined(separator: "\n")
    }
}
