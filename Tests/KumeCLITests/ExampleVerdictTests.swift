import Foundation
import Testing

/// The bundled examples get the verdicts data/examples/README.md documents.
@Suite("Example applications")
struct ExampleVerdictTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/examples")

    @Test("Each example's failing checks are the ones its README names", arguments: [
        ("bursa-automotive.csv", [String]()),
        ("bursa-automotive.geojson", []),
        ("aksehir-food-tso-only.csv", ["chamber"]),
        ("denizli-textiles-far-university.csv", ["university"]),
        ("kayseri-furniture-19-committed.csv", ["committed_firms"]),
        ("eskisehir-rail-ineligible-member.csv", ["member_types"]),
        ("konya-machinery-excel-1254.csv", []),
        ("manisa-white-goods-1254.csv", []),
    ])
    func verdict(file: String, failing: [String]) throws {
        let result = try KumeExecutable.run(["check", Self.examples.appendingPathComponent(file).path, "--report", "json"])
        #expect(result.status == (failing.isEmpty ? 0 : 1), "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        let notPassing = checks.filter { ["fail", "unknown"].contains($0["status"] as? String) }.compactMap { $0["id"] as? String }
        #expect(notPassing == failing)
    }

    @Test("Each example names its coordinating body", arguments: [
        ("bursa-automotive.csv", "Uludağ Otomotiv Endüstrisi İhracatçıları Birliği (K04)"),
        ("bursa-automotive.geojson", "Uludağ Otomotiv Endüstrisi İhracatçıları Birliği (K04)"),
        ("konya-machinery-excel-1254.csv", "Konya Sanayi Odası (27)"),
        ("kayseri-furniture-19-committed.csv", "Kayseri Sanayi Odası (K01)"),
    ])
    func coordinatingBody(file: String, named: String) throws {
        let result = try KumeExecutable.run(["check", Self.examples.appendingPathComponent(file).path])
        #expect(result.standardOutput.contains("Coordinating body: \(named)\n"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("names no coordinating body"))
        let turkish = try KumeExecutable.run(["check", Self.examples.appendingPathComponent(file).path, "--lang", "tr"])
        #expect(turkish.standardOutput.contains("Koordinatör kuruluş: \(named)\n"))
    }

    @Test("The Bursa example with its plans and date passes the budget and deadline checks")
    func bursaWithPlans() throws {
        let result = try KumeExecutable.run([
            "check", Self.examples.appendingPathComponent("bursa-automotive.csv").path,
            "--plans", Self.examples.appendingPathComponent("bursa-automotive-plans.csv").path,
            "--applied-on", "2017-08-01", "--report", "json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.map { $0["status"] as? String } == ["pass", "pass", "pass", "pass", "pass", "pass"])
    }
}
