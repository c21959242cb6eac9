import Foundation

/// A finished child process: its exit status and what it wrote.
struct SubprocessResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended it.
    let status: Int32
    /// Everything written to standard output, as UTF-8.
    let output: String
    /// Everything written to standard error, as UTF-8.
    let error: String
}

/// Runs programs with `posix_spawn`, each wait bounded by a time limit.
///
/// Foundation's `Process` is not used on purpose: on Linux it learns that a child ended from a socket whose other end
/// the child inherits, so `waitUntilExit()` blocks until every process that inherited that socket has ended. A program
/// that leaves a daemon behind — `pg_ctl start` (the server), `setsid --fork` (the watchdog) — then blocks the caller
/// for as long as the daemon lives: here for ever, as the watchdog waits for the test process to end. So each child is
/// spawned with every descriptor above 2 closed (`posix_spawn_file_actions_addclosefrom_np`), in a process group of
/// its own, and reaped with `waitpid`; its output goes through temporary files (no pipe can fill and block).
enum Subprocess {
    /// The time limit of a wait, unless the caller gives one.
    static let defaultTimeoutSeconds = 120.0

    /// Runs `executable` with `arguments` and waits for it, at most `timeoutSeconds`.
    ///
    /// - Parameters:
    ///   - executable: An absolute path.
    ///   - arguments: The arguments, passed as they are (no shell).
    ///   - environment: The child's whole environment, or nil for this process's.
    ///   - input: Text written to the child's standard input, or nil for `/dev/null`.
    ///   - timeoutSeconds: How long to wait; then the child's process group is killed (SIGKILL).
    /// - Throws: ``PostgresTestClusterError/launch(command:reason:)`` when the program cannot be started,
    ///   ``PostgresTestClusterError/timedOut(step:seconds:)`` when it did not end in time.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil,
        timeoutSeconds: Double = defaultTimeoutSeconds
    ) throws -> SubprocessResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kume-subprocess-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        var inPath = "/dev/null"
        if let input {
            inPath = scratch.appendingPathComponent("in").path
            _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        }
        let pid = try spawn(
            executable, arguments, environment: environment, standardInput: inPath, standardOutput: outPath,
            standardError: errPath, newProcessGroup: true)
        let command = ([executable] + arguments).joined(separator: " ")
        guard let status = waitForExit(pid, timeoutSeconds: timeoutSeconds) else {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            _ = waitForExit(pid, timeoutSeconds: 5)
            throw PostgresTestClusterError.timedOut(step: command, seconds: timeoutSeconds)
        }
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return SubprocessResult(status: status, output: output, error: error)
    }

    /// Starts `executable` and returns at once with its pid; the caller reaps it with ``waitForExit(_:timeoutSeconds:)``.
    ///
    /// Descriptors 0, 1 and 2 are opened on the given paths (standard output and error appended to); every other
    /// descriptor of this process is closed in the child. `newProcessGroup` puts the child in a process group of its
    /// own; `newSession` in a session of its own (`setsid`: also out of reach of the terminal's signals).
    /// - Throws: ``PostgresTestClusterError/launch(command:reason:)``.
    static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        standardInput: String = "/dev/null", standardOutput: String = "/dev/null", standardError: String = "/dev/null",
        newProcessGroup: Bool = false, newSession: Bool = false
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        try closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal handling and an empty mask in the child, whatever this process (a test runner) changed.
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        if newSession {
            // POSIX_SPAWN_SETSID (glibc 2.26 and later), which Swift's Glibc module does not declare.
            flags |= 0x80
        } else if newProcessGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let environmentLines = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let status = withCStringArray([executable] + arguments) { argv in
            withCStringArray(environmentLines) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        guard status == 0 else {
            throw PostgresTestClusterError.launch(
                command: ([executable] + arguments).joined(separator: " "), reason: String(cString: strerror(status)))
        }
        return pid
    }

    /// Reaps child `pid`, polling every 10 ms for up to `timeoutSeconds`.
    ///
    /// - Returns: The exit status (128 + the signal number for a signal), or nil when it still runs at the limit.
    static func waitForExit(_ pid: pid_t, timeoutSeconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return decode(status) }
            if reaped < 0 && errno != EINTR { return -1 }
            if Date() >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// A `waitpid` status as an exit status: the code, or 128 + the signal.
    static func decode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Adds a close of every descriptor from 3 up to the spawn's file actions.
    ///
    /// glibc (2.34 and later) has `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not
    /// declare: it is looked up by name. Without it, the descriptors open now are closed one by one.
    static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) throws {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            let status = closeFrom(&actions, 3)
            guard status == 0 else {
                throw PostgresTestClusterError.launch(
                    command: "posix_spawn_file_actions_addclosefrom_np", reason: String(cString: strerror(status)))
            }
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// Calls `body` with a NULL-terminated array of C strings, valid during the call.
    static func withCStringArray<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
    ) -> Result {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { copies.forEach { free($0) } }
        return copies.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// This process's environment without the `PG*` variables, so that a developer's `PGHOST`, `PGPASSWORD` or
    /// `PGOPTIONS` never reaches the throwaway cluster's tools.
    static var cleanEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
    }
}
