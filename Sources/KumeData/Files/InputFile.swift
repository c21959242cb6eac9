import Foundation

/// Side input files (calls, plans, region tables) read whole as UTF-8 text.
public enum InputFile {
    /// The file's text.
    /// - Parameters:
    ///   - path: The path as the user gave it (used in the issue).
    ///   - kind: What the file is, for the message ("call file", "plans file").
    ///   - format: What it should be saved as ("UTF-8 JSON", "UTF-8 CSV").
    /// - Throws: ``InputError`` when the file cannot be read or is not UTF-8.
    public static func text(_ path: String, kind: String, format: String) throws(InputError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(issues: [InputIssue(
                file: path, line: 0, column: 0, problem: "cannot read the \(kind) (\(error.localizedDescription))",
                remedy: "check the path and that the file is readable")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(issues: [InputIssue(
                file: path, line: 0, column: 0, problem: "the \(kind) is not UTF-8 text", remedy: "save it as \(format)")])
        }
        return text
    }
}
