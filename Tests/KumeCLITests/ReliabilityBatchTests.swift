import Foundation
import Testing

/// `kume batch`: every roster of a folder checked in one process, one report each and a summary table.
@Suite("kume batch")
struct ReliabilityBatchTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/examples")

    /// The summary's rows keyed by file, each a dictionary from column to value (no quoted commas occur in
    /// the rows read here except the error column, which is last and re-joined).
    static func summary(_ url: URL) throws -> [String: [String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.count > header.count {
                fields = Array(fields.prefix(header.count - 1)) + [fields.dropFirst(header.count - 1).joined(separator: ",")]
            }
            rows[fields[0]] = Dictionary(uniqueKeysWithValues: zip(header, fields))
        }
        return rows
    }

    @Test("The examples folder: one JSON report per roster, the plans used, and the verdicts of data/examples/README.md")
    func examples() throws {
        let output = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try ReliabilityRunner.run(["batch", Self.examples.path, "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(
            "11 files in \(Self.examples.path): 8 rosters checked (4 eligible, 4 not eligible, 0 bad input), 1 plans file paired, 2 skipped"),
            "\(result.standardOutput)")
        #expect(result.standardOutput.contains("skipped README.md: not a roster file (.md;"))
        // The portfolio example is a folder of its own, for kume portfolio.
        #expect(result.standardOutput.contains("skipped portfolio: a folder"))
        let rows = try Self.summary(output.appendingPathComponent("summary.csv"))
        // Expected verdicts and the failing check of each: data/examples/README.md's table.
        let expected: [(file: String, eligible: String, failing: String?)] = [
            ("bursa-automotive.csv", "yes", nil),
            ("bursa-automotive.geojson", "yes", nil),
            ("aksehir-food-tso-only.csv", "no", "chamber"),
            ("denizli-textiles-far-university.csv", "no", "university"),
            ("kayseri-furniture-19-committed.csv", "no", "committed_firms"),
            ("eskisehir-rail-ineligible-member.csv", "no", "member_types"),
            ("konya-machinery-excel-1254.csv", "yes", nil),
            ("manisa-white-goods-1254.csv", "yes", nil),
        ]
        #expect(rows.count == expected.count + 3)
        #expect(rows["bursa-automotive-plans.csv"]?["kind"] == "plans")
        #expect(rows["bursa-automotive-plans.csv"]?["paired_with"] == "bursa-automotive.csv bursa-automotive.geojson")
        #expect(rows["README.md"]?["kind"] == "skipped")
        for row in expected {
            let got = try #require(rows[row.file], "no summary row for \(row.file)")
            #expect(got["eligible"] == row.eligible, "\(row.file)")
            if let failing = row.failing { #expect(got[failing] == "fail", "\(row.file)") }
            #expect(got["note"] == "")
            #expect(got["kind"] == "roster")
            let report = output.appendingPathComponent("\(row.file).json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
            #expect((json["eligible"] as? Bool) == (row.eligible == "yes"))
        }
        // bursa-automotive-plans.csv is Bursa's plans, not a roster: its budget check ran and passed.
        #expect(rows["bursa-automotive.csv"]?["budget"] == "pass")
        #expect(rows["aksehir-food-tso-only.csv"]?["budget"] == "skipped")
    }

    @Test("A bad roster among good ones: exit 2, its error in the summary, the others still written")
    func badRoster() throws {
        let input = try RosterFixture.folder()
        let output = try RosterFixture.folder()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try FileManager.default.copyItem(
            at: Self.examples.appendingPathComponent("bursa-automotive.csv"), to: input.appendingPathComponent("a.csv"))
        try Data("id,name,type,nace,lat,lon\nF1,A,firm,99.99,40.2,29.0\n".utf8).write(to: input.appendingPathComponent("b.csv"))
        try Data("notes".utf8).write(to: input.appendingPathComponent("README.md"))  // not a roster: skipped
        let result = try ReliabilityRunner.run(["batch", input.path, "-o", output.path, "--report", "markdown"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("b.csv:2:4"), "\(result.standardError)")
        let rows = try Self.summary(output.appendingPathComponent("summary.csv"))
        #expect(rows.keys.sorted() == ["README.md", "a.csv", "b.csv"])
        #expect(rows["a.csv"]?["eligible"] == "yes")
        #expect(rows["b.csv"]?["eligible"] == "")
        #expect(rows["b.csv"]?["note"]?.contains("b.csv:2:4") == true)
        #expect(rows["README.md"]?["kind"] == "skipped")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("a.csv.md").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("b.csv.md").path))
    }

    @Test("Plans pair with rosters ignoring case; a plans file without a roster and a roster named -plans.csv are told apart")
    func pairing() throws {
        let input = try RosterFixture.folder()
        let output = try RosterFixture.folder()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        let roster = Self.examples.appendingPathComponent("bursa-automotive.csv")
        let plans = Self.examples.appendingPathComponent("bursa-automotive-plans.csv")
        try FileManager.default.copyItem(at: roster, to: input.appendingPathComponent("Upper.csv"))
        try FileManager.default.copyItem(at: plans, to: input.appendingPathComponent("upper-PLANS.csv"))
        try FileManager.default.copyItem(at: plans, to: input.appendingPathComponent("orphan-plans.csv"))
        try FileManager.default.copyItem(at: roster, to: input.appendingPathComponent("cluster-plans.csv"))
        let result = try ReliabilityRunner.run(["batch", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try Self.summary(output.appendingPathComponent("summary.csv"))
        #expect(rows["Upper.csv"]?["budget"] == "pass")
        #expect(rows["Upper.csv"]?["paired_with"] == "upper-PLANS.csv")
        #expect(rows["upper-PLANS.csv"]?["kind"] == "plans")
        #expect(rows["cluster-plans.csv"]?["kind"] == "roster")
        #expect(rows["cluster-plans.csv"]?["eligible"] == "yes")
        #expect(rows["orphan-plans.csv"]?["kind"] == "skipped")
        #expect(rows["orphan-plans.csv"]?["note"]?.contains("no roster named orphan") == true)
        #expect(result.standardOutput.contains("skipped orphan-plans.csv: plans file not paired"))
        #expect(result.standardOutput.contains("4 files in \(input.path): 2 rosters checked (2 eligible, 0 not eligible, 0 bad input), 1 plans file paired, 1 skipped"))
    }

    @Test("A missing roster folder or an output folder whose parent is missing exits 2")
    func missingFolders() throws {
        let output = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: output) }
        let noInput = try ReliabilityRunner.run(["batch", "/nonexistent/rosters", "-o", output.path])
        #expect(noInput.status == 2)
        #expect(noInput.standardError.contains("not a folder"))
        let noParent = try ReliabilityRunner.run(
            ["batch", Self.examples.path, "-o", output.appendingPathComponent("a/b").path])
        #expect(noParent.status == 2)
        #expect(noParent.standardError.contains("cannot be created"))
    }
}
