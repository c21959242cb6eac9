#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A headless Chromium driven over the DevTools protocol through `--remote-debugging-pipe`, for tests that load
/// a page from a file URL with every network request refused and recorded.
///
/// Each instance runs its own browser with a throwaway profile; `close()` (also run by `deinit` and by
/// `withBrowser`) shuts it down and deletes the profile. If the test process dies, Chromium sees the pipe close and
/// exits by itself. Every wait has a deadline (`Options.timeoutSeconds`).
public final class HeadlessChromium: @unchecked Sendable {
    /// How to launch the browser.
    public struct Options: Sendable {
        /// The browser's executable; nil looks for it (`HeadlessChromium.locateExecutable()`).
        public var executable: URL?
        /// The viewport of new pages, in CSS pixels.
        public var viewportWidthPixels = 1280
        public var viewportHeightPixels = 900
        /// The longest any one step (launch, a command, a page load) may take, in seconds.
        public var timeoutSeconds: Double = 30

        public init() {}
    }

    /// The executable that was launched.
    public let executable: URL
    /// Chromium's product string, e.g. "Chrome/156.0.8078.114".
    public private(set) var product = ""
    let options: Options
    let connection: DevToolsConnection
    private let process: Process
    private let folder: URL
    private let logFile: URL
    private let stateLock = NSLock()
    private var isClosed = false
    private var pixelProbe: BrowserPage?

    /// Launches Chromium and waits until it answers on the pipe.
    /// - Throws: `BrowserError.executableNotFound`, `.disconnected` if it exits at start (its log says why),
    ///   `.timedOut`.
    public init(options: Options = Options()) throws {
        self.options = options
        if let chosen = options.executable {
            guard FileManager.default.isExecutableFile(atPath: chosen.path) else {
                throw BrowserError.executableNotFound(searched: [chosen.path])
            }
            executable = chosen
        } else {
            executable = try Self.locateExecutable()
        }
        // A write to the pipe after Chromium died must fail with EPIPE, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kume-chromium-\(UUID().uuidString)", isDirectory: true)
        let profile = folder.appendingPathComponent("profile", isDirectory: true)
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        logFile = folder.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)

        let toBrowser = Pipe()
        let fromBrowser = Pipe()
        process = Process()
        // Foundation's Process sets only descriptors 0–2, so a shell moves the pipes to 3 (Chromium reads
        // commands there) and 4 (it writes answers there), then becomes Chromium. Chromium's own output goes to
        // the log file, which error messages quote.
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"exec 3<&0 4>&1 0</dev/null 1>&2; exec "$0" "$@""#, executable.path]
            + Self.arguments(profile: profile, options: options, runningAsRoot: geteuid() == 0)
        process.environment = Self.environment(home: folder)
        process.standardInput = toBrowser
        process.standardOutput = fromBrowser
        process.standardError = try FileHandle(forWritingTo: logFile)
        connection = DevToolsConnection(
            writingTo: toBrowser.fileHandleForWriting, readingFrom: fromBrowser.fileHandleForReading,
            onEvent: Self.answerAutoAttachedTarget)
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw BrowserError.disconnected(log: "could not start \(executable.path): \(error)")
        }
        // Our copies of Chromium's ends: once closed here, Chromium's exit shows as end of file.
        try? toBrowser.fileHandleForReading.close()
        try? fromBrowser.fileHandleForWriting.close()
        connection.start()
        do {
            let version = try send("Browser.getVersion")
            product = version["product"]?.string ?? ""
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    /// Runs `body` with a new browser and closes the browser afterwards, also when `body` throws.
    public static func withBrowser<T>(options: Options = Options(),
                                      _ body: (HeadlessChromium) throws -> T) throws -> T {
        let browser = try HeadlessChromium(options: options)
        defer { browser.close() }
        return try body(browser)
    }

    /// Opens `url` (normally a `file://` URL) in a new tab and waits until it has loaded, its fonts are ready and no
    /// request is pending.
    /// - Throws: `BrowserError.navigationFailed` (e.g. a missing file), `.timedOut`, `.pageCrashed`.
    public func open(_ url: URL) throws -> BrowserPage {
        let page = try BrowserPage(browser: self)
        try page.navigate(to: url)
        return page
    }

    /// Shuts the browser down: asks it to close, then closes the pipe, then kills its process group; waits for it
    /// to exit and deletes the throwaway profile. Safe to call more than once.
    public func close() {
        stateLock.lock()
        let wasClosed = isClosed
        isClosed = true
        stateLock.unlock()
        guard !wasClosed else { return }
        if process.isRunning, !connection.closed {
            _ = try? connection.post("Browser.close")
        }
        if !waitForExit(seconds: 5) {
            connection.closeOutput()
            if !waitForExit(seconds: 2) {
                killProcessGroup()
                _ = waitForExit(seconds: 5)
            }
        }
        connection.closeOutput()
        // Foundation starts the child as the leader of its own process group, which Chromium's helpers (zygote,
        // renderers, GPU, network) share: sweep any that outlived the browser process.
        killProcessGroup()
        // The crash handlers start their own sessions, so the group misses them; they end when the browser does,
        // and every one of them names this browser's folder on its command line: wait for them, then kill any left.
        if !Self.eventually(seconds: 5, { processesNamingFolder().isEmpty }) {
            for pid in processesNamingFolder() { kill(pid, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The processes of this user whose command line names this browser's throwaway folder: the browser, its
    /// helpers and its crash handlers while they run (the folder's name is unique, so nothing else matches).
    public func processesNamingFolder() -> [pid_t] {
        Self.processes(namingPath: folder.path)
    }

    /// Whether the browser process is still running.
    public var isRunning: Bool { process.isRunning }

    /// The process id of the browser (the leader of its process group).
    public var processIdentifier: Int32 { process.processIdentifier }

    /// The last lines Chromium wrote to its standard error.
    public var logTail: String {
        guard let data = FileManager.default.contents(atPath: logFile.path) else { return "(no log)" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(15).joined(separator: "\n")
    }

    /// Finds Chromium: `KUME_CHROMIUM` if set, then Debian's binary, then the usual names on `PATH`.
    ///
    /// Debian's `/usr/bin/chromium` is a shell script that adds flags (extensions, GPU rasterisation) a test
    /// does not want, so its real binary `/usr/lib/chromium/chromium` comes first.
    public static func locateExecutable() throws -> URL {
        var candidates: [String] = []
        if let path = ProcessInfo.processInfo.environment["KUME_CHROMIUM"], !path.isEmpty {
            candidates.append(path)
        }
        candidates.append("/usr/lib/chromium/chromium")
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            candidates += folders.map { "\($0)/\(name)" }
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            return URL(fileURLWithPath: candidate)
        }
        throw BrowserError.executableNotFound(searched: candidates)
    }

    /// The command line for a headless browser with a throwaway profile and no network.
    ///
    /// Every request goes to a proxy on a loopback port where nothing listens (also loopback requests, which
    /// Chromium would otherwise send directly), and no host name resolves, so a page cannot reach anything; the
    /// DevTools Network domain still reports each attempt. `--no-sandbox` only as root: Chromium refuses to start
    /// its sandbox as root (it cannot drop to an unprivileged user there); as any other user the sandbox stays on.
    static func arguments(profile: URL, options: Options, runningAsRoot: Bool) -> [String] {
        var arguments = [
            "--headless",
            "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)",
            "--proxy-server=http://127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-sync",
            "--disable-breakpad",
            "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--disable-dev-shm-usage",
            "--mute-audio",
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--window-size=\(options.viewportWidthPixels),\(options.viewportHeightPixels)",
        ]
        if runningAsRoot { arguments.append("--no-sandbox") }
        arguments.append("about:blank")
        return arguments
    }

    /// The browser's environment: the test's, with its home and XDG folders moved into the throwaway folder, so
    /// that nothing the browser writes (crash reports, certificate and font caches) lands outside it.
    static func environment(home: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        return environment
    }

    /// The processes of this user whose command line contains `path`, read from /proc (empty where there is none).
    static func processes(namingPath path: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let needle = Array(path.utf8)
        let user = geteuid()
        var found: [pid_t] = []
        for entry in entries {
            guard let pid = pid_t(entry), pid != getpid() else { continue }
            var status = stat()
            guard stat("/proc/\(entry)", &status) == 0, status.st_uid == user,
                  let handle = FileHandle(forReadingAtPath: "/proc/\(entry)/cmdline") else { continue }
            let commandLine = (try? handle.readToEnd()) ?? nil
            try? handle.close()
            guard let bytes = commandLine.map(Array.init), bytes.count >= needle.count else { continue }
            // A zombie's command line is empty, so only live processes match.
            let starts = 0...(bytes.count - needle.count)
            if starts.contains(where: { bytes[$0..<$0 + needle.count].elementsEqual(needle) }) {
                found.append(pid)
            }
        }
        return found
    }

    /// Waits up to `seconds` for `condition`, checking every 20 ms.
    static func eventually(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !condition() {
            if Date() >= deadline { return false }
            usleep(20_000)
        }
        return true
    }

    /// Sends a browser-level or session command with the default deadline.
    func send(_ method: String, _ parameters: JSONValue = [:], session: String? = nil) throws -> JSONValue {
        try connection.send(method, parameters, session: session, timeoutSeconds: options.timeoutSeconds,
                            log: { logTail })
    }

    /// A blank tab kept for measuring screenshots, so that the measurement never runs in the page under test.
    func probe() throws -> BrowserPage {
        stateLock.lock()
        defer { stateLock.unlock() }
        if let pixelProbe { return pixelProbe }
        let page = try BrowserPage(browser: self, keepsBrowserAlive: false)
        pixelProbe = page
        return page
    }

    /// Targets that a page starts (frames in other processes, workers) wait for the debugger: enable the same
    /// domains there, so their requests and console are recorded too, then let them run.
    private static let answerAutoAttachedTarget: @Sendable (DevToolsEvent, DevToolsConnection) -> Void = {
        event, connection in
        guard event.method == "Target.attachedToTarget", event.sessionID != nil,
              let child = event.parameters["sessionId"]?.string else { return }
        for method in BrowserPage.recordingDomains {
            _ = try? connection.post(method, session: child)
        }
        _ = try? connection.post("Target.setAutoAttach", BrowserPage.autoAttachParameters, session: child)
        _ = try? connection.post("Runtime.runIfWaitingForDebugger", session: child)
    }

    private func waitForExit(seconds: Double) -> Bool {
        Self.eventually(seconds: seconds) { !process.isRunning }
    }

    private func killProcessGroup() {
        let group = process.processIdentifier
        guard group > 0 else { return }
        kill(-group, SIGKILL)
    }
}
