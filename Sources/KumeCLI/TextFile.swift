import Foundation
import Kume

/// Small file and terminal helpers for the subcommands.
enum TextFile {
    /// Reads a file as UTF-8 text.
    /// - Throws: ``InputError`` naming the file and what to do.
    static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(issues: [InputIssue(
                file: path, line: 0, column: 0, problem: "cannot read the file as UTF-8 text",
                remedy: "check the path and save the table as UTF-8 CSV")])
        }
    }
}

/// Lines on standard error.
enum StandardError {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
