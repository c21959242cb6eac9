import Foundation
import Testing

/// Runs the built `kume` executable, which SwiftPM places beside the test bundle.
enum KumeExecutable {
    static var url: URL {
        // The test runner is `.build/<config>/kumePackageTests.xctest`, an executable beside `kume`.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("kume")
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self)
        )
    }
}

@Suite("kume --version")
struct VersionTests {
    @Test("The version line names kume, GEOS and PROJ")
    func versionLine() throws {
        let result = try KumeExecutable.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("kume "))
        #expect(result.standardOutput.contains("GEOS 3."))
        #expect(result.standardOutput.contains("PROJ 9."))
    }
}
