import Foundation
import Testing
@testable import Kume

@Suite("EmbeddedData")
struct EmbeddedDataTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func dataFiles() throws -> [String] {
        try ["data/tables", "data/calls", "data/synthetic"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }
                .map { "\(folder)/\($0)" }
        }.sorted()
    }

    @Test("Every table in data/tables, data/calls and data/synthetic is embedded, and nothing else")
    func sameFiles() throws {
        #expect(try Self.dataFiles() == EmbeddedData.files.keys.sorted())
    }

    @Test("Each embedded text equals its file (run scripts/data/embed when this fails)")
    func sameText() throws {
        for path in try Self.dataFiles() {
            let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            #expect(EmbeddedData.files[path] == text, "\(path) is stale: run scripts/data/embed")
        }
    }
}
