import Foundation
import Testing

/// Runs `kume` with a time limit, optional standard input and an optional signal after a delay, and can
/// measure the child's peak memory through `/usr/bin/time -v`.
enum ReliabilityRunner {
    struct Result {
        var status: Int32
        /// The process ended by a signal it did not handle (a crash), rather than by exiting.
        var crashed: Bool
        /// The time limit was reached and the process was killed.
        var timedOut: Bool
        var standardOutput: String
        var standardError: String
        var seconds: Double
    }

    /// How much longer than usual a run may take: `KUME_TEST_TIME_SCALE` (default 1). The sanitizer builds,
    /// several times slower, set it; a hang still fails, only later.
    static let timeScale = Double(ProcessInfo.processInfo.environment["KUME_TEST_TIME_SCALE"] ?? "").map { max($0, 1) } ?? 1

    /// Runs `kume arguments`; kills it after `timeoutSeconds` × ``timeScale`` (then `timedOut` is true).
    /// - Parameters:
    ///   - signal: sent `signalAfterSeconds` after the start (SIGINT, SIGTERM), if given.
    ///   - executable: another program to run instead (e.g. `/usr/bin/time`), with kume among its arguments.
    static func run(
        _ arguments: [String], executable: URL = KumeExecutable.url, standardInput: Data? = nil,
        timeoutSeconds: Double = 60, signal: Int32? = nil, signalAfterSeconds: Double = 0.5
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if standardInput != nil { process.standardInput = input }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = Date()
        try process.run()
        // Read both pipes while the process runs, so a full pipe never blocks it.
        let outData = ReadAll(out.fileHandleForReading)
        let errData = ReadAll(err.fileHandleForReading)
        if let standardInput {
            DispatchQueue.global().async {
                input.fileHandleForWriting.write(standardInput)
                try? input.fileHandleForWriting.close()
            }
        }
        if let signal {
            if finished.wait(timeout: .now() + signalAfterSeconds) == .success {
                finished.signal()
            } else {
                kill(process.processIdentifier, signal)
            }
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeoutSeconds * timeScale) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            standardOutput: String(decoding: outData.wait(), as: UTF8.self),
            standardError: String(decoding: errData.wait(), as: UTF8.self),
            seconds: Date().timeIntervalSince(start)
        )
    }

    /// Runs kume under `/usr/bin/time -v` and returns the result and its peak resident memory in KiB.
    static func runMeasuringMemory(_ arguments: [String], timeoutSeconds: Double = 60) throws -> (Result, kibibytes: Int) {
        let time = URL(fileURLWithPath: "/usr/bin/time")
        try #require(FileManager.default.isExecutableFile(atPath: time.path), "/usr/bin/time is missing: apt-get install time")
        var result = try run(["-v", KumeExecutable.url.path] + arguments, executable: time, timeoutSeconds: timeoutSeconds)
        let line = result.standardError.split(separator: "\n").first { $0.contains("Maximum resident set size") }
        let kibibytes = try #require(line.flatMap { $0.split(separator: ":").last }.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        // /usr/bin/time reports a crash of its child as "Command terminated by signal N".
        result.crashed = result.crashed || result.standardError.contains("terminated by signal")
        return (result, kibibytes)
    }

    /// Reads a file handle to its end on a background thread.
    final class ReadAll: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
