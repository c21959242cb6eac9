import Foundation

/// The temporary folder a throwaway cluster lives in, and the ways it is cleaned up.
///
/// Layout: `BASE/kume-pg-XXXXXX/` holds `owner.pid` (the process the cluster belongs to), `watchdog.pid`,
/// `data/` (the cluster, `PGDATA`), `server.log` and the server's unix socket `.s.PGSQL.PORT`.
///
/// Three clean-ups cover every way a test process can end:
/// - the owner stops the cluster itself (``PostgresTestCluster/stop()``, and at normal exit through `atexit`);
/// - a watchdog started in its own session (so Ctrl-C to the test's process group does not reach it) polls the
///   owner twice a second and, once the owner is gone (a crash, SIGINT, SIGTERM or SIGKILL), shuts the server down
///   (SIGQUIT: immediate shutdown) and removes the folder;
/// - if the watchdog was killed too (SIGKILL to it as well, a machine restart), the folder stays until the next
///   cluster starts: ``sweepStale(in:)`` removes every `kume-pg-*` folder whose owner is no longer running,
///   stopping its server first.
enum ClusterFolder {
    /// The prefix of every cluster folder's name.
    static let prefix = "kume-pg-"

    /// The folder clusters are created in: `KUME_TEST_PG_TMPDIR`, else `TMPDIR`, else `/tmp`; `/tmp` when the
    /// choice is too long for a unix socket path (107 bytes) or when the server runs as another user, who must be
    /// able to reach it.
    static func base(for installation: PostgresInstallation) -> String {
        let environment = ProcessInfo.processInfo.environment
        if let custom = environment["KUME_TEST_PG_TMPDIR"], !custom.isEmpty { return custom }
        guard installation.serviceUser == nil, let tmp = environment["TMPDIR"], !tmp.isEmpty, tmp.utf8.count < 60
        else { return "/tmp" }
        return tmp.hasSuffix("/") ? String(tmp.dropLast()) : tmp
    }

    /// Creates a fresh folder (mode 0700) in `base` and records `owner` in it.
    static func create(in base: String, owner: pid_t) throws -> String {
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
        guard let folder = created else {
            throw PostgresTestClusterError.launch(
                command: "mkdtemp in \(base)", reason: String(cString: strerror(errno)))
        }
        try "\(owner)\n".write(toFile: folder + "/owner.pid", atomically: false, encoding: .utf8)
        return folder
    }

    /// Whether process `pid` is still running (a zombie counts as gone).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")")
        else { return true }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    /// The pid in the first line of `path`, if the file reads as one.
    static func pid(inFile path: String) -> pid_t? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let line = text.split(separator: "\n").first
        else { return nil }
        return pid_t(line.trimmingCharacters(in: .whitespaces))
    }

    /// Shuts down the server of the cluster in `folder`, if one runs, and removes the folder.
    ///
    /// The server gets SIGQUIT (PostgreSQL's immediate shutdown: the data is thrown away anyway) and is waited for
    /// up to 10 s. Safe to call from `atexit`: no child process is started.
    static func shutDownAndRemove(_ folder: String) {
        if let server = pid(inFile: folder + "/data/postmaster.pid"), isRunning(server) {
            kill(server, SIGQUIT)
            var waitedMilliseconds = 0
            while isRunning(server), waitedMilliseconds < 10_000 {
                usleep(10_000)
                waitedMilliseconds += 10
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Removes the folders in `base` left by clusters whose owner is no longer running.
    ///
    /// A folder without a readable `owner.pid` counts as stale once it is ten minutes old (its creation was cut
    /// short). Folders of other users that this user cannot read are left alone.
    /// - Returns: The folders removed.
    @discardableResult
    static func sweepStale(in base: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let folder = base + "/" + name
            guard access(folder, R_OK | W_OK | X_OK) == 0 else { continue }
            if let owner = pid(inFile: folder + "/owner.pid") {
                if isRunning(owner) { continue }
            } else {
                let attributes = try? FileManager.default.attributesOfItem(atPath: folder)
                let modified = attributes?[.modificationDate] as? Date ?? Date()
                if Date().timeIntervalSince(modified) < 600 { continue }
            }
            shutDownAndRemove(folder)
            removed.append(folder)
        }
        return removed
    }

    /// The watchdog's shell script: `$1` is the owner's pid, `$2` the folder.
    static let watchdogScript = """
        echo $$ > "$2/watchdog.pid"
        while kill -0 "$1" 2>/dev/null && [ -d "$2" ] && ! grep -q '^[^ ]* [^ ]* Z' "/proc/$1/stat" 2>/dev/null; do
            sleep 0.5
        done
        [ -d "$2" ] || exit 0
        if [ -f "$2/data/postmaster.pid" ]; then
            server=$(head -n 1 "$2/data/postmaster.pid")
            kill -QUIT "$server" 2>/dev/null
            i=0
            while kill -0 "$server" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
        fi
        rm -rf "$2"
        """

    /// Starts the watchdog for `folder`, detached in its own session, its standard streams on `/dev/null`, and
    /// waits until it has written its pid.
    ///
    /// The watchdog is not waited for: once it ends it stays a zombie until this process exits (harmless).
    /// - Returns: The watchdog's pid.
    static func startWatchdog(folder: String, owner: pid_t) throws -> pid_t {
        let watchdog = try Subprocess.spawn(
            "/bin/sh", ["-c", watchdogScript, "kume-pg-watchdog", "\(owner)", folder], newSession: true)
        for _ in 0..<500 {
            if pid(inFile: folder + "/watchdog.pid") == watchdog { return watchdog }
            usleep(10_000)
        }
        throw PostgresTestClusterError.command(
            step: "starting the watchdog", status: -1, output: "it wrote no watchdog.pid within 5 s")
    }

}
