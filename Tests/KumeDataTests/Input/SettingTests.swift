import Foundation
import KumeData
import Testing

@Suite("Setting")
struct SettingTests {
    @Test("Each setting's words are distinct and none holds another, so a front end's renaming is unambiguous")
    func wordsAreDistinct() {
        for a in Setting.allCases {
            for b in Setting.allCases where a != b {
                #expect(!a.words.contains(b.words), "\(a.words) holds \(b.words)")
            }
        }
    }

    @Test("A message names settings in words; a front end shows its own names in their place")
    func renaming() {
        let message = "PG:(SQL query): both tables= and \(Setting.sql.words) given — give \(Setting.year.words)"
        #expect(Setting.named(in: message) { "--\($0.rawValue)" } == "PG:(SQL query): both tables= and --sql given — give --year")
        #expect(Setting.named(in: "nothing to rename") { _ in "x" } == "nothing to rename")
    }

    @Test("No string in the domain targets names a command-line flag: the command line maps settings to its flags")
    func noFlagsInTheLibrary() throws {
        let root = InputTestSupport.root.appendingPathComponent("Sources")
        // A flag inside a string literal: a quote, then anything but a quote up to a space, quote or
        // parenthesis, then `--` and a letter.
        let flag = try Regex(#""([^"\n]*[\s'(])?--[a-z]"#)
        var found: [String] = []
        for target in ["KumeData", "KumeGeography", "KumeAnalytics", "Kume"] {
            let folder = root.appendingPathComponent(target)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    // Doc comments may name flags; a browser's command line is not kume's.
                    if code.hasPrefix("//") || code.contains("chromium --headless") { continue }
                    if code.contains(flag) { found.append("\(target)/\(file):\(number + 1)") }
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
