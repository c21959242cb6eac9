import Foundation
import KumeData
import Testing
@testable import KumeGeography

@Suite("BoundaryLocator")
struct BoundaryLocatorTests {
    /// A scratch folder with an optional `boundaries/` marker file inside `relative`.
    private func scratch(markerIn relative: String?) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kume-locator-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if let relative {
            let folder = root + "/" + relative
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: folder + "/" + BoundaryLocator.markerFile, contents: Data())
        }
        return root
    }

    @Test("An explicit folder wins over the environment")
    func explicitFirst() throws {
        let root = try scratch(markerIn: "mine")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = BoundaryLocator(
            explicitDirectory: root + "/mine", environment: ["KUME_BOUNDARIES": "/nonexistent"],
            currentDirectory: "/", executablePath: nil)
        #expect(try locator.locate() == root + "/mine")
    }

    @Test("An explicit folder without the files is an error naming the fetch script")
    func explicitMissing() throws {
        let locator = BoundaryLocator(explicitDirectory: "/nonexistent", environment: [:], currentDirectory: "/", executablePath: nil)
        let error = try #require(throws: BoundaryError.self) { _ = try locator.locate() }
        #expect(error.description.contains("\(Setting.boundaries.words) /nonexistent"))
        #expect(error.description.contains("run scripts/fetch-boundaries"))
    }

    @Test("KUME_BOUNDARIES is used before the current directory")
    func environmentSecond() throws {
        let root = try scratch(markerIn: "env")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = BoundaryLocator(
            environment: ["KUME_BOUNDARIES": root + "/env"], currentDirectory: root, executablePath: nil)
        #expect(try locator.locate() == root + "/env")
    }

    @Test("boundaries/ in the current directory is found")
    func currentDirectory() throws {
        let root = try scratch(markerIn: "boundaries")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = BoundaryLocator(environment: [:], currentDirectory: root, executablePath: nil)
        #expect(try locator.locate() == root + "/boundaries")
    }

    @Test("boundaries/ in a folder above the executable is found")
    func besideExecutable() throws {
        let root = try scratch(markerIn: "repo/boundaries")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = BoundaryLocator(
            environment: [:], currentDirectory: "/", executablePath: root + "/repo/.build/release/kume")
        #expect(try locator.locate() == root + "/repo/boundaries")
    }

    @Test("Nothing found lists every place looked at")
    func nothingFound() throws {
        let root = try scratch(markerIn: nil)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let locator = BoundaryLocator(environment: [:], currentDirectory: root, executablePath: root + "/bin/kume")
        let error = try #require(throws: BoundaryError.self) { _ = try locator.locate() }
        #expect(error.description.contains(root + "/boundaries"))
        #expect(error.description.contains("folders above \(root)/bin/kume"))
    }
}
