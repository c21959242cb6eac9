import Foundation

/// Paths and small helpers shared by the input tests.
enum InputTestSupport {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under data/.
    static func dataFile(_ relative: String) -> URL { root.appendingPathComponent("data").appendingPathComponent(relative) }

    /// The rows of a data table that has no quoted fields (split on commas), header first.
    static func plainRows(_ relative: String) throws -> [[String]] {
        let text = try String(contentsOf: dataFile(relative), encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) } }
    }

    /// A fresh temporary file with the given bytes; the caller removes it.
    static func temporaryFile(_ bytes: [UInt8], suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "kume-input-\(UUID().uuidString)\(suffix)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
