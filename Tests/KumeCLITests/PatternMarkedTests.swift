import Foundation
import Testing

@Suite("kume pattern k and l with marks")
struct PatternMarkedTests {
    static let amacrine = PatternTests.fixtures.appendingPathComponent("spatstat/spatstat_amacrine_points.csv").path
    static let window = "0,1.6012084592145,0,1"

    static func values(_ result: KumeExecutable.Result) -> [Double] {
        PatternTests.rows(result.standardOutput).compactMap { Double($0[1]) }
    }

    /// spatstat 3.0-3 `Kest(amacrine[marks == "on"], r, correction = "isotropic")` at r = 0.05 and 0.15:
    /// 0.00775302373584826 and 0.0687958440657993 (spatstat_Kest_amacrine_on_r0-0.25by0.005.csv).
    @Test("k with --mark and --reference is spatstat's Kest of that type alone")
    func oneType() throws {
        let result = try KumeExecutable.run(["pattern", "k", Self.amacrine, "--window-rect", Self.window,
                                             "--mark", "mark", "--reference", "on", "--r", "0:0.15:0.05"])
        #expect(result.status == 0, "\(result.standardError)")
        let values = Self.values(result)
        try #require(values.count == 4)
        let expected = try Self.fixture("spatstat_Kest_amacrine_on_r0-0.25by0.005.csv", column: "iso", rows: [10, 30])
        try #require(expected.count == 2)
        #expect(abs(values[1] - expected[0]) / expected[0] < 1e-9)
        #expect(abs(values[3] - expected[1]) / expected[1] < 1e-9)
        let unmarked = try KumeExecutable.run(["pattern", "k", Self.amacrine, "--window-rect", Self.window,
                                               "--r", "0:0.15:0.05"])
        #expect(unmarked.standardOutput != result.standardOutput)
    }

    @Test("l with --neighbor is spatstat's Lcross from the reference to the neighbour type")
    func crossType() throws {
        let result = try KumeExecutable.run(["pattern", "l", Self.amacrine, "--window-rect", Self.window,
                                             "--mark", "mark", "--reference", "on", "--neighbor", "off",
                                             "--r", "0:0.15:0.05", "--correction", "translate"])
        #expect(result.status == 0, "\(result.standardError)")
        let values = Self.values(result)
        try #require(values.count == 4)
        let expected = try Self.fixture("spatstat_Lcross_amacrine_on_off_r0-0.25by0.005.csv", column: "trans", rows: [10, 30])
        try #require(expected.count == 2)
        #expect(abs(values[1] - expected[0]) / expected[0] < 1e-9)
        #expect(abs(values[3] - expected[1]) / expected[1] < 1e-9)
    }

    @Test("Options k and l cannot honour are refused with exit status 2", arguments: [
        ["--weight", "x", "--mark", "mark", "--reference", "on"],
        ["--mark", "mark"],
        ["--reference", "on"],
        ["--neighbor", "off"],
        ["--seed", "3"],
        ["--alpha", "0.1"],
        ["--r", "0:inf:1"],
        ["--r", "0:nan:1"],
        ["--window-rect", "0,inf,0,1"],
    ])
    func refused(extra: [String]) throws {
        let result = try KumeExecutable.run(["pattern", "k", Self.amacrine] + extra)
        #expect(result.status == 2, "\(extra): \(result.standardError)")
        #expect(!result.standardError.isEmpty)
    }

    @Test("--correction is refused by kd and m, which take no edge correction", arguments: ["kd", "m"])
    func correctionRefused(function: String) throws {
        let result = try KumeExecutable.run(["pattern", function, Self.amacrine, "--mark", "mark", "--reference", "on",
                                             "--correction", "border"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--correction"))
    }

    @Test("A kd window that holds no point is refused, as k refuses it")
    func kdWindowWithoutPoints() throws {
        let result = try KumeExecutable.run(["pattern", "kd", Self.amacrine, "--mark", "mark", "--reference", "on",
                                             "--window-rect", "10,11,10,11", "--r", "0:0.1:0.05"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("outside the window"))
    }

    @Test("Longitude and latitude are refused with the fix named, and projected with --lonlat")
    func longitudeLatitude() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kume-lonlat-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Five firms about 1.1 km apart east–west at 40° N (0.013° of longitude ≈ 1.107 km there), in a
        // zigzag 1 km high (0.009° of latitude).
        var csv = "lon,lat\n"
        for k in 0..<5 { csv += "\(29.0 + 0.013 * Double(k)),\(40.0 + 0.009 * Double(k % 2))\n" }
        try csv.write(to: directory.appendingPathComponent("firms.csv"), atomically: true, encoding: .utf8)
        let refused = try KumeExecutable.run(["pattern", "k", "firms.csv", "--x", "lon", "--y", "lat"], in: directory)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("--lonlat"))
        let projected = try KumeExecutable.run(["pattern", "k", "firms.csv", "--x", "lon", "--y", "lat", "--lonlat",
                                                "--r", "0:1600:800", "--correction", "none"], in: directory)
        #expect(projected.status == 0, "\(projected.standardError)")
        let values = Self.values(projected)
        try #require(values.count == 3)
        // In metres: no pair within 800 m (in degrees every pair would be), the zigzag neighbours (1.49 km apart) within 1600 m.
        #expect(values[1] == 0)
        #expect(values[2] > 0)
    }

    static func fixture(_ name: String, column: String, rows: [Int]) throws -> [Double] {
        let text = try String(contentsOf: PatternTests.fixtures.appendingPathComponent("spatstat/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } }
        let index = try #require(lines.first?.firstIndex(of: column))
        return rows.compactMap { Double(lines[$0 + 1][index]) }
    }
}
