import Foundation
import Testing
import KumeData

@Suite("AtomicFile")
struct AtomicFileTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("A write replaces the old file whole and leaves no temporary file")
    func replaces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("map.geojson").path
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new text", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.geojson"])
    }

    @Test("An output in a missing folder is refused, naming the folder")
    func missingFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("missing/map.geojson").path
        let error = #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: path) }
        #expect(error?.description.contains("does not exist") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("An output path that is a folder is refused")
    func folderPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path) }
    }
}
