import Foundation
import Testing

@Suite("kume check --format html")
struct CheckHTMLCommandTests {
    @Test("--format html prints one self-contained page with the verdict, and --report-file writes the same page")
    func page() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: roster, atomically: true, encoding: .utf8)
        let printed = try KumeExecutable.run(["check", roster.path, "--format", "html", "--no-boundaries"])
        #expect(printed.status == 0, "\(printed.standardError)")
        #expect(printed.standardOutput.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(printed.standardOutput.contains("<p class=\"verdict\">ELIGIBLE</p>"))
        for id in (0..<25).map({ "F\($0)" }) + ["U1", "C1"] {
            #expect(printed.standardOutput.contains("<tr data-id=\"\(id)\">"), "member \(id)")
        }
        // No URL is fetched: no src, no link, no url() but the SVG's own #fragments.
        #expect(!printed.standardOutput.contains(" src="))
        #expect(!printed.standardOutput.contains("<link"))
        #expect(!printed.standardOutput.contains("<script"))

        let file = folder.appendingPathComponent("report.html")
        let written = try KumeExecutable.run(["check", roster.path, "--report-file", file.path, "--no-boundaries",
                                              "--lang", "tr"])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput.contains("UYGUN"))  // the text report on standard output
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"tr\">"))
        #expect(page.contains("<p class=\"verdict\">UYGUN</p>"))
    }

    @Test("--report-file must be an .html file, and a folder that cannot be written is refused before the check")
    func refused() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.csv")
        try RosterFixture.csv(committed: 22, institutions: []).write(to: roster, atomically: true, encoding: .utf8)
        let wrongSuffix = try KumeExecutable.run(["check", roster.path, "--report-file", folder.appendingPathComponent("r.pdf").path])
        #expect(wrongSuffix.status == 2)
        #expect(wrongSuffix.standardError.contains("must end in .html"))
        let missingFolder = try KumeExecutable.run([
            "check", roster.path, "--report-file", folder.appendingPathComponent("no/such/r.html").path,
        ])
        #expect(missingFolder.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
        let both = try KumeExecutable.run(["check", roster.path, "--format", "html", "--report", "json"])
        #expect(both.status == 2)
    }
}
