import Foundation
import Testing

@Suite("kume pattern")
struct PatternTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    /// dbmss's exact-kernel reference (dbmss_Kdhat_vs_exact_kernel_sum_r0-100.csv) at r = 0, 50, 100:
    /// 0.00208589198827094, 0.00512041631654476, 0.00719427796555625; 1e-9 relative.
    @Test("kd prints the Kd curve of Q. Rosea as dbmss's exact kernel sum")
    func kd() throws {
        let points = Self.fixtures.appendingPathComponent("dbmss/dbmss_paracou16_points.csv").path
        let result = try KumeExecutable.run(["pattern", "kd", points, "--mark", "PointType",
                                             "--reference", "Q. Rosea", "--r", "0:100:50"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("r,value\n"))
        let values = Self.rows(result.standardOutput).compactMap { Double($0[1]) }
        let expected = [0.00208589198827094, 0.00512041631654476, 0.00719427796555625]
        try #require(values.count == 3)
        for (v, e) in zip(values, expected) { #expect(abs(v - e) / e < 1e-9) }
    }

    @Test("kd with simulations writes lo and hi columns and an SVG chart")
    func envelopeAndPlot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kume-pattern-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let points = Self.fixtures.appendingPathComponent("dbmss/dbmss_paracou16_points.csv").path
        let arguments = ["pattern", "kd", points, "--mark", "PointType", "--reference", "Q. Rosea",
                         "--r", "0:100:20", "--simulations", "19", "--seed", "5", "--global",
                         "--plot", "kd.svg", "-o", "kd.csv"]
        let first = try KumeExecutable.run(arguments, in: directory)
        #expect(first.status == 0, "\(first.standardError)")
        // Not a terminal: no progress bar; --global reports the rank test's p-value (p ≥ 1/20 with 19).
        #expect(first.standardError.hasPrefix("kume: global rank envelope test (extreme rank length, 19 random labellings): p = "))
        #expect(first.standardError.split(separator: "\n").count == 1)
        let csv = try String(contentsOf: directory.appendingPathComponent("kd.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("r,value,lo,hi\n"))
        #expect(Self.rows(csv).count == 6)
        let svg = try String(contentsOf: directory.appendingPathComponent("kd.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("<polygon") && svg.contains("Distance (m)"))
        // Same seed, same output.
        let again = try KumeExecutable.run(arguments, in: directory)
        #expect(again.status == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("kd.csv"), encoding: .utf8) == csv)
    }

    /// spatstat `Kest(amacrine, r = seq(0, 0.25, by = 0.005), correction = "border")` at r = 0.1:
    /// 0.0251367105057222 (spatstat_Kest_amacrine_all_r0-0.25by0.005.csv); 1e-12 relative.
    @Test("k with the border correction matches spatstat on amacrine")
    func ripley() throws {
        let points = Self.fixtures.appendingPathComponent("spatstat/spatstat_amacrine_points.csv").path
        let result = try KumeExecutable.run(["pattern", "k", points, "--window-rect", "0,1.6012084592145,0,1",
                                             "--r", "0:0.1:0.05", "--correction", "border"])
        #expect(result.status == 0, "\(result.standardError)")
        let last = try #require(Self.rows(result.standardOutput).last.flatMap { Double($0[1]) })
        #expect(abs(last - 0.0251367105057222) / 0.0251367105057222 < 1e-12)
    }

    @Test("A bad number is reported as FILE:LINE:COLUMN with exit status 2")
    func badInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kume-pattern-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "x,y\n1,2\n3,north\n".write(to: directory.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["pattern", "k", "p.csv", "-o", "out.csv"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("p.csv:3:2:"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.csv").path))
    }
}
