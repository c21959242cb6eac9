import Foundation
import Testing

/// Nothing lost, nothing half-written: an interrupted run removes its temporary files, exits 128 + signal,
/// and leaves an existing output untouched.
@Suite("kume interrupted by a signal")
struct ReliabilitySignalTests {
    /// A synthetic registry large enough that `kume detect --level division` runs for seconds.
    static func registry(in folder: URL, firms: Int) throws -> String {
        let path = folder.appendingPathComponent("registry.csv").path
        let result = try ReliabilityRunner.run(["synth", "--firms", "\(firms)", "--seed", "11", "-o", path], timeoutSeconds: 120)
        try #require(result.status == 0, "\(result.standardError)")
        return path
    }

    @Test("SIGINT and SIGTERM during kume detect exit 130 and 143, keep the old output and leave no temporary file",
          arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func interrupted(signal: Int32, expectedStatus: Int32) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try Self.registry(in: folder, firms: 60_000)
        let output = folder.appendingPathComponent("candidates.geojson")
        let csv = folder.appendingPathComponent("candidates.csv")
        let previous = Data(#"{"type":"FeatureCollection","features":[]}"#.utf8)
        try previous.write(to: output)
        let result = try ReliabilityRunner.run(
            ["detect", registry, "--level", "division", "--with-firms", "-o", output.path, "--csv", csv.path],
            timeoutSeconds: 120, signal: signal, signalAfterSeconds: 0.5)
        #expect(!result.crashed && !result.timedOut, "\(result.standardError)")
        #expect(result.status == expectedStatus, "\(result.standardError)")
        #expect(try Data(contentsOf: output) == previous)
        #expect(!FileManager.default.fileExists(atPath: csv.path))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["candidates.geojson", "registry.csv"], "left behind: \(names)")
    }

    @Test("Interrupting kume synth while it writes a large file leaves no partial file")
    func interruptedWrite() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("registry.csv")
        // 2,000,000 firms take seconds to generate and write in a debug build; stop it partway.
        let result = try ReliabilityRunner.run(
            ["synth", "--firms", "2000000", "-o", output.path], timeoutSeconds: 120, signal: SIGINT, signalAfterSeconds: 1.5)
        #expect(!result.crashed && !result.timedOut)
        if result.status == 0 {
            // It finished before the signal: then the file must be whole (the last line ends the table).
            let data = try Data(contentsOf: output)
            #expect(data.last == UInt8(ascii: "\n"))
        } else {
            #expect(result.status == 130, "\(result.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}
