import Foundation
import Testing

/// Rosters that crashed GEOS 3.11's concave hull (a segmentation fault, exit 139) before it was guarded:
/// firms along one straight road. Every command that draws a geography now answers with 0, 1 or 2.
@Suite("Degenerate rosters through the commands")
struct DegenerateRosterCommandTests {
    /// `count` firms at points of the straight line (in degrees) from Ankara (32.8541 E, 39.9208 N) towards
    /// Eskişehir (30.5206 E, 39.7767 N), over `fraction` of its length, plus a university and a chamber of
    /// industry in Ankara.
    static func road(count: Int, fraction: Double = 1, institutions: Bool = true) -> String {
        var rows = ["id,name,type,nace,lat,lon,employees,committed"]
        var state: UInt64 = 1442695040888963407
        for i in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let t = fraction * Double(state >> 11) / Double(1 << 53)
            let lon = 32.8541 + t * (30.5206 - 32.8541), lat = 39.9208 + t * (39.7767 - 39.9208)
            rows.append("F\(i),Yol Firma \(i) A.Ş.,firma,29.32,\(lat),\(lon),\(10 + i),evet")
        }
        if institutions {
            rows.append("U1,Ankara Üniversitesi,üniversite,,39.9365,32.8300,,")
            rows.append("C1,Ankara Sanayi Odası,sanayi odası,,39.9190,32.8500,,")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("kume check and kume geography on 25 firms along the Ankara–Eskişehir road answer without crashing")
    func checkAndGeography() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("road.csv")
        try Self.road(count: 25).write(to: roster, atomically: true, encoding: .utf8)
        let check = try KumeExecutable.run(["check", roster.path, "--report", "json"])
        #expect(check.status == 0 || check.status == 1, "exit \(check.status): \(check.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let members = try #require(json["members"] as? [[String: Any]])
        for member in members where member["type"] as? String == "firm" && member["outlier"] as? Bool == false {
            #expect(member["inside"] as? Bool == true, "kept firm \(member["id"] ?? "?") outside")
        }
        let geography = try KumeExecutable.run(["geography", roster.path])
        #expect(geography.status == 0, "exit \(geography.status): \(geography.standardError)")
    }

    @Test("kume detect finds the firms packed along 20 km of the road and draws their geography without crashing")
    func detect() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv")
        try Self.road(count: 200, fraction: 0.1, institutions: false).write(to: registry, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["detect", registry.path, "--sector", "29", "--min-candidate-firms", "1"])
        #expect(result.status == 0, "exit \(result.status): \(result.standardError)")
        #expect(result.standardOutput.contains("candidate"))
    }

    @Test("kume batch checks the road roster among others and writes summary.csv with a row for each")
    func batch() throws {
        let input = try RosterFixture.folder()
        let output = try RosterFixture.folder()
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try Self.road(count: 25).write(to: input.appendingPathComponent("a-road.csv"), atomically: true, encoding: .utf8)
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: input.appendingPathComponent("b-bursa.csv"), atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["batch", input.path, "-o", output.path])
        #expect(result.status == 0, "exit \(result.status): \(result.standardError)")
        let rows = try ReliabilityBatchTests.summary(output.appendingPathComponent("summary.csv"))
        #expect(rows.keys.sorted() == ["a-road.csv", "b-bursa.csv"])
        #expect(rows["a-road.csv"]?["note"] == "")
    }
}
