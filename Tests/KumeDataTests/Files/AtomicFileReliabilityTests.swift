import Foundation
import Testing
import KumeData

/// AtomicFile under concurrent writers and after a cancellation (what the SIGINT/SIGTERM handler calls).
@Suite("AtomicFile under concurrency and cancellation")
struct AtomicFileReliabilityTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-atomic-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("Forty tasks writing eight files at once leave eight whole files and no temporary file")
    func concurrentWriters() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.path
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0 ..< 40 {
                group.addTask {
                    // Each file's content is one repeated digit; a torn write would mix two digits.
                    let file = writer % 8
                    let text = String(repeating: String(writer % 10), count: 200_000)
                    try AtomicFile.write(text, to: "\(base)/out-\(file).txt")
                }
            }
            try await group.waitForAll()
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: base).sorted()
        #expect(names == (0 ..< 8).map { "out-\($0).txt" })
        for name in names {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: "\(base)/\(name)"))
            #expect(bytes.count == 200_000)
            #expect(Set(bytes).count == 1, "\(name) mixes two writers' contents")
        }
    }

    @Test("After cancelPendingWrites a write fails saying the run was interrupted and creates nothing")
    func cancelled() async {
        // In a child process: cancelling is for good, and would fail every later write in this test run.
        await #expect(processExitsWith: .success) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-cancel-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("map.geojson").path
            try AtomicFile.write("old", to: path)
            #expect(AtomicFile.cancelPendingWrites().isEmpty)  // nothing was being written
            do {
                try AtomicFile.write("new", to: path)
                exit(1)
            } catch let error as AtomicFile.WriteError {
                guard error.reason.contains("interrupted") else { exit(2) }
            }
            guard try String(contentsOfFile: path, encoding: .utf8) == "old",
                  try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.geojson"] else { exit(3) }
        }
    }
}
