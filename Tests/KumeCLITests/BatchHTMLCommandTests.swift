import Foundation
import Testing

@Suite("kume batch --format html")
struct BatchHTMLCommandTests {
    @Test("One page per roster and an index.html whose table links every checked roster's page")
    func index() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rosters = folder.appendingPathComponent("rosters")
        try FileManager.default.createDirectory(at: rosters, withIntermediateDirectories: true)
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: rosters.appendingPathComponent("good roster.csv"), atomically: true, encoding: .utf8)
        try RosterFixture.csv(committed: 5, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: rosters.appendingPathComponent("short.csv"), atomically: true, encoding: .utf8)
        try "id,name\n".write(to: rosters.appendingPathComponent("broken.csv"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try KumeExecutable.run(["batch", rosters.path, "-o", out.path, "--report", "html", "--no-boundaries"])
        #expect(result.status == 2, "a bad roster makes the batch exit 2: \(result.standardError)")
        for page in ["good roster.csv.html", "short.csv.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("broken.csv.html").path))
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"good%20roster.csv.html\">good roster.csv</a>"))
        #expect(index.contains("<a href=\"short.csv.html\">short.csv</a>"))
        #expect(index.contains("<tr data-id=\"broken.csv\"><td>broken.csv</td>"))
        #expect(index.contains("data-eligible=\"true\">ELIGIBLE<"))
        #expect(index.contains("data-eligible=\"false\">NOT ELIGIBLE<"))
        #expect(index.contains("data-eligible=\"bad-input\">"))
        // Each checked roster's row says what its page's banner says about robustness.
        for file in ["good roster.csv", "short.csv"] {
            let html = try String(contentsOf: out.appendingPathComponent(file + ".html"), encoding: .utf8)
            let banner = try #require(html.firstMatch(of: /data-robust="([a-z-]+)"/)?.1)
            let row = try #require(index.components(separatedBy: "<tr data-id=\"\(file)\">").dropFirst().first)
            let rowRobust = try #require(row.firstMatch(of: /data-robust="([a-z-]+)"/)?.1)
            #expect(rowRobust == banner, "\(file)")
        }
    }
}
