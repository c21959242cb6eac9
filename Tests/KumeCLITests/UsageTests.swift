import Foundation
import Testing

/// One vocabulary across commands: `--format` everywhere (the old `--report` kept), option errors that
/// name the option rather than a file position, suggestions a person means, unknown commands refused.
@Suite("kume usage")
struct UsageTests {
    static let bursa = ExampleVerdictTests.examples.appendingPathComponent("bursa-automotive.csv").path

    @Test("An unknown command exits 2 and names the commands there are")
    func unknownCommand() throws {
        let result = try KumeExecutable.run(["map", Self.bursa])
        #expect(result.status == 2)
        #expect(result.standardError.contains("unknown command 'map'"))
        #expect(result.standardError.contains("check, geography"))
        #expect(result.standardOutput.isEmpty)
        let typo = try KumeExecutable.run(["chek", Self.bursa])
        #expect(typo.status == 2)
        #expect(typo.standardError.contains("Did you mean 'check'?"))
    }

    @Test("An unknown option is answered with the option a person means", arguments: [
        (["check", bursa, "--main", "29"], "--main-activity"),
        (["detect", bursa, "--eps", "2"], "--eps-km"),
        (["check", bursa, "--concavty", "0.3"], "--concavity"),
    ])
    func suggestions(arguments: [String], meant: String) throws {
        let result = try KumeExecutable.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains("Did you mean '\(meant)'?"), "\(result.standardError)")
    }

    @Test("--format chooses the check's report; --report is its old name; both at once is refused")
    func format() throws {
        let json = try KumeExecutable.run(["check", Self.bursa, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.standardOutput.hasPrefix("{"))
        let old = try KumeExecutable.run(["check", Self.bursa, "--report", "json"])
        #expect(old.standardOutput == json.standardOutput)
        let both = try KumeExecutable.run(["check", Self.bursa, "--format", "json", "--report", "text"])
        #expect(both.status == 2)
    }

    @Test("Errors about option values name the option, not a file position")
    func optionErrors() throws {
        let call = try KumeExecutable.run(["check", Self.bursa, "--call", "2099-1"])
        #expect(call.status == 2)
        #expect(call.standardError.hasPrefix("--call: no built-in call has the id '2099-1'"), "\(call.standardError)")
        let activity = try KumeExecutable.run(["check", Self.bursa, "--main-activity", "29,9x"])
        #expect(activity.status == 2)
        #expect(activity.standardError.hasPrefix("--main-activity: '9x' is not a NACE Rev.2 code"), "\(activity.standardError)")
        #expect(!call.standardError.contains(":0:0") && !activity.standardError.contains(":1:"))
    }

    @Test("A roster with no firm says so")
    func noFirm() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("institutions.csv")
        try Data("id,name,type,nace,lat,lon\nK1,Bursa Uludağ Üniversitesi,üniversite,,40.22,28.87\n".utf8).write(to: roster)
        let result = try KumeExecutable.run(["check", roster.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("the roster lists no firm"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("no committed firm has a NACE code"))
    }
}
