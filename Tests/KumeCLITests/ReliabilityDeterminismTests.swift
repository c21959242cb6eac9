import Foundation
import Testing

/// The same input and seed give byte-identical outputs from run to run.
@Suite("kume outputs are byte-identical across runs")
struct ReliabilityDeterminismTests {
    static let bursa = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/examples/bursa-automotive.csv").path

    @Test("kume synth and kume detect twice: the same registry, map, table and report, byte for byte")
    func detect() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[Data]] = []
        for run in 0 ..< 2 {
            let registry = folder.appendingPathComponent("registry-\(run).csv").path
            let synth = try ReliabilityRunner.run(["synth", "--firms", "30000", "--seed", "5", "-o", registry], timeoutSeconds: 120)
            try #require(synth.status == 0, "\(synth.standardError)")
            let map = folder.appendingPathComponent("candidates-\(run).geojson").path
            let csv = folder.appendingPathComponent("candidates-\(run).csv").path
            let detect = try ReliabilityRunner.run(
                ["detect", registry, "--level", "division", "--with-firms", "-o", map, "--csv", csv, "--top", "0"],
                timeoutSeconds: 300)
            try #require(detect.status == 0, "\(detect.standardError)")
            // The printed table names the registry's path; drop that one line's file name.
            let table = detect.standardOutput.replacingOccurrences(of: registry, with: "REGISTRY")
            outputs.append([
                try Data(contentsOf: URL(fileURLWithPath: registry)), try Data(contentsOf: URL(fileURLWithPath: map)),
                try Data(contentsOf: URL(fileURLWithPath: csv)), Data(table.utf8),
            ])
        }
        #expect(outputs[0][2].count > 200, "few candidates: the comparison would prove little")
        for (index, name) in ["registry", "map", "csv", "table"].enumerated() {
            #expect(outputs[0][index] == outputs[1][index], "\(name) differs between runs")
        }
    }

    @Test("kume check twice: the same map and JSON report, byte for byte")
    func check() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [(Data, String)] = []
        for run in 0 ..< 2 {
            let map = folder.appendingPathComponent("map-\(run).geojson").path
            let result = try ReliabilityRunner.run(["check", Self.bursa, "--report", "json", "-o", map])
            try #require(result.status == 0, "\(result.standardError)")
            outputs.append((try Data(contentsOf: URL(fileURLWithPath: map)), result.standardOutput))
        }
        #expect(outputs[0].0 == outputs[1].0)
        #expect(outputs[0].1 == outputs[1].1)
    }
}
