import Foundation
import Testing

/// A reference registry around ``RosterFixture``'s Nilüfer square (longitudes 28.900–28.996, latitudes
/// 40.200–40.272): 30 firms of NACE 29.10 within about 300 m of (40.236 N, 28.948 E), 144 wholesale firms
/// (46.90) on a 12 × 12 lattice over the square, and 20 firms in Ankara (outside).
enum RegistryFixture {
    static var csv: String {
        var rows = ["id,name,type,nace,lat,lon"]
        for k in 0..<30 {
            let angle = Double(k) * 2.399963
            let radius = 0.0027 * (Double(k + 1) / 30).squareRoot()
            rows.append("M\(k),Oto Parça \(k) A.Ş.,firm,29.10,\(40.236 + radius * sin(angle)),\(28.948 + radius * cos(angle))")
        }
        for k in 0..<144 {
            rows.append("O\(k),Toptan \(k) Ltd.,firm,46.90,\(40.200 + Double(k / 12) * 0.0065),\(28.900 + Double(k % 12) * 0.0087)")
        }
        for k in 0..<20 {
            rows.append("A\(k),Ankara \(k) A.Ş.,firm,\(k < 10 ? "29.10" : "46.90"),\(39.90 + Double(k) * 0.002),32.85")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A folder with `roster.csv` (22 committed firms, a university and a chamber) and `registry.csv`.
    static func folder() throws -> URL {
        let folder = try RosterFixture.folder()
        try RosterFixture.csv(committed: 22, institutions: [RosterFixture.university, RosterFixture.chamber])
            .write(to: folder.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        try csv.write(to: folder.appendingPathComponent("registry.csv"), atomically: true, encoding: .utf8)
        return folder
    }
}

@Suite("kume check --reference: the main activity's Kd")
struct CheckReferenceCommandTests {
    @Test("JSON reports Kd among the 174 registry firms inside: the tight cluster of 30 is localised, from near 0")
    func json() throws {
        let folder = try RegistryFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["check", folder.appendingPathComponent("roster.csv").path,
                         "--reference", folder.appendingPathComponent("registry.csv").path, "--report", "json"]
        let result = try KumeExecutable.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(root["eligible"] as? Bool == true)  // Kd is evidence only
        let reference = try #require(root["reference"] as? [String: Any])
        #expect(reference["firms_inside"] as? Int == 174)
        #expect(reference["main_activity_firms_inside"] as? Int == 30)
        #expect(reference["firms"] as? Int == 194)
        let kd = try #require(reference["kd"] as? [String: Any])
        #expect(kd["measured"] as? Bool == true)
        #expect(kd["simulations"] as? Int == 99)
        #expect(kd["seed"] as? Int == 1)
        #expect(kd["firms"] as? Int == 174)
        #expect(kd["main_activity_firms"] as? Int == 30)
        #expect(kd["pairs"] as? Int == 435)  // 30 · 29 / 2
        #expect(kd["localised"] as? Bool == true)
        #expect((kd["localisation_index"] as? Double ?? 0) > 0)
        let ranges = try #require(kd["localised_ranges_km"] as? [[String: Double]])
        #expect((ranges.first?["from_km"] ?? .infinity) <= 1)

        // The same seed gives the same report; the seed is an option.
        #expect(try KumeExecutable.run(arguments).standardOutput == result.standardOutput)
        let reseeded = try KumeExecutable.run(arguments + ["--seed", "5", "--kd-simulations", "19"])
        #expect(reseeded.status == 0, "\(reseeded.standardError)")
        #expect(reseeded.standardOutput.contains("\"seed\": 5,"))
        #expect(reseeded.standardOutput.contains("\"simulations\": 19,"))
        let none = try KumeExecutable.run(arguments + ["--kd-simulations", "0"])
        #expect(none.standardOutput.contains("\"kd\": null"))
    }

    @Test("The Turkish text report gives Kd's finding")
    func turkishText() throws {
        let folder = try RegistryFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KumeExecutable.run(["check", folder.appendingPathComponent("roster.csv").path, "--reference",
                                             folder.appendingPathComponent("registry.csv").path, "--lang", "tr"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("(99 rastgele etiketleme, tohum 1, %5 küresel sıra zarfı, r 0–50 km): anlamlı biçimde yerelleşmiş, p = 0,010, Γ = "))
    }

    @Test("Bad Kd options exit 2 with a message saying what to give", arguments: [
        (["--kd-simulations=-1"], "'--kd-simulations -1' must be 0 (no Kd) or at least 19"),
        (["--kd-simulations", "5"], "'--kd-simulations 5' must be 0 (no Kd) or at least 19"),
        (["--kd-simulations", "many"], "--kd-simulations"),
        (["--seed=-3"], "--seed"),
    ])
    func badOptions(options: [String], message: String) throws {
        let folder = try RegistryFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KumeExecutable.run(["check", folder.appendingPathComponent("roster.csv").path, "--reference",
                                             folder.appendingPathComponent("registry.csv").path] + options)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("Kd options without --reference exit 2")
    func withoutReference() throws {
        let folder = try RegistryFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try KumeExecutable.run(["check", folder.appendingPathComponent("roster.csv").path, "--seed", "3"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("only valid with '--reference REGISTRY'"))
    }
}
