import Foundation
import Kume
import Testing

@Suite("ReportProvenance")
struct ReportProvenanceTests {
    @Test("A PostGIS source is named as kume names it, never by its connection string, and has no digest")
    func postgres() throws {
        let source = "PG:host=db dbname=cluster user=kume password=s3cret tables=members"
        let provenance = try ReportProvenance.of(files: [("roster", source)],
                                                 arguments: ["check", source, "--format", "html"])
        #expect(provenance.inputs == [ReportProvenance.InputFile(role: "roster", path: "PG:members", sha256: nil)])
        #expect(provenance.command == "kume check PG:members --format html")
        #expect(!provenance.command.contains("s3cret"))
    }

    @Test("The command is quoted for a shell where an argument needs it, and a file's digest is its bytes'")
    func command() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume prov \(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("id,name\n".utf8).write(to: url)
        let provenance = try ReportProvenance.of(files: [("roster", url.path)],
                                                 arguments: ["check", url.path, "--main-activity", "29,22.1", "--note", "it's"])
        #expect(provenance.command == "kume check '\(url.path)' --main-activity 29,22.1 --note 'it'\\''s'")
        // `printf 'id,name\n' | sha256sum`
        #expect(provenance.inputs.first?.sha256 == "40d6bfdc74eae2ed68a97137ce414fa4ca6de1b3831cfd9a73c4622d8a8942c1")
    }
}
