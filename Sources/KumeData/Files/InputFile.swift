import Foundation

/// Side input files (calls, plans, region and plant tables, point patterns) read whole as text: UTF-8 (with
/// or without BOM), UTF-16, or Windows-1254 as Turkish Excel saves it, like the roster and registry.
package enum InputFile {
    /// The file's text.
    /// - Parameters:
    ///   - path: The path as the user gave it (used in the issue).
    ///   - kind: What the file is, for the message ("call file", "plans file").
    ///   - format: What it should be saved as ("UTF-8 JSON", "UTF-8 CSV").
    /// - Throws: ``InputError`` when the file cannot be read or is invalid UTF-16.
    package static func text(_ path: String, kind: String, format: String) throws(InputError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(issues: [InputIssue(
                file: path, line: 0, column: 0, problem: "cannot read the \(kind) (\(error.localizedDescription))",
                remedy: "check the path and that the file is readable")])
        }
        let bytes = try UTF16Text.normalized([UInt8](data), file: path)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return Windows1254.decode(bytes)
    }
}
