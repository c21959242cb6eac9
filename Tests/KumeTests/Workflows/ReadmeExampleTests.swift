import Foundation
import Kume
import Testing

/// The README's example of checking a roster from Swift ("Using kume from Swift"), compiled and run here.
@Suite("README example")
struct ReadmeExampleTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines strictly between the line holding `start` and the next holding `end`, their common
    /// indentation removed.
    static func exampleLines(of text: String, from start: String, to end: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.contains(start) }),
              let last = lines[(first + 1)...].firstIndex(where: { $0.contains(end) }) else { return [] }
        let block = lines[(first + 1)..<last]
        let indent = block.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return block.map { String($0.dropFirst(min(indent, $0.count))) }
    }

    /// The README's text.
    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The lines of the README's fenced block that follows the line holding `marker`.
    static func readmeBlock(after marker: String) throws -> [String] {
        let lines = try readme().components(separatedBy: "\n")
        guard let at = lines.firstIndex(where: { $0.contains(marker) }), at + 1 < lines.count,
              lines[at + 1].hasPrefix("```"),
              let end = lines[(at + 2)...].firstIndex(where: { $0.hasPrefix("```") }) else { return [] }
        return Array(lines[(at + 2)..<end])
    }

    @Test("The README's example checks the Bursa roster and prints the verdict the README shows")
    func example() async throws {
        let examples = Self.root.appendingPathComponent("data/examples").path
        var printed: [String] = []
        func print(_ line: String) { printed.append(line) }
        // README example: begin
        let roster = try RosterReader.read(path: "\(examples)/bursa-automotive.csv")
        var options = ClusterCheck.Options(call: try Call.builtIn(id: "2017-3"))
        options.plans = try PlanTable.read(path: "\(examples)/bursa-automotive-plans.csv")

        let outcome = try await ClusterCheck.run(roster, options: options)
        print(outcome.verdict.eligible ? "eligible" : "not eligible")
        for check in outcome.verdict.checks {
            print("\(check.id.rawValue): \(check.status.rawValue) — \(check.message)")
        }
        // README example: end
        #expect(!printed.isEmpty)
        #expect(printed == (try Self.readmeBlock(after: "<!-- the example's output")), "printed:\n\(printed.joined(separator: "\n"))")
    }

    @Test("The README's example is this test's code, line for line")
    func sameText() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let test = Self.exampleLines(of: source, from: "// README example: begin", to: "// README example: end")
        let readme = try Self.readmeBlock(after: "<!-- the example, compiled in")
        // The README's block opens with `import Kume` and where the examples are; the code follows.
        let code = Array(readme.drop { !$0.hasPrefix("let roster") })
        #expect(!test.isEmpty)
        #expect(code == test)
    }
}
