/// Collects input problems up to a limit, counting those past it.
struct IssueCollector {
    let file: String
    let limit: Int
    private(set) var issues: [InputIssue] = []
    private(set) var omitted = 0

    init(file: String, limit: Int) {
        self.file = file
        self.limit = max(1, limit)
    }

    var isEmpty: Bool { issues.isEmpty }

    mutating func add(line: Int, column: Int, _ problem: String, _ remedy: String) {
        if issues.count < limit {
            issues.append(InputIssue(file: file, line: line, column: column, problem: problem, remedy: remedy))
        } else {
            omitted += 1
        }
    }

    mutating func add(_ error: InputError) {
        for issue in error.issues { add(line: issue.line, column: issue.column, issue.problem, issue.remedy) }
        omitted += error.omitted
    }

    /// The error to throw, or `nil` when nothing was wrong.
    var error: InputError? {
        issues.isEmpty ? nil : InputError(issues: issues, omitted: omitted)
    }
}
