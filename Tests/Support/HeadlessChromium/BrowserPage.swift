import Foundation

/// A tab of a `HeadlessChromium` with one page loaded: what it requested, what its console said, and ways to
/// query its DOM, capture it and print it.
public final class BrowserPage: @unchecked Sendable {
    /// The domains every page and every target it starts have enabled, so nothing they do goes unrecorded.
    static let recordingDomains = ["Page.enable", "Runtime.enable", "Network.enable", "Log.enable"]
    /// Frames in other processes and workers attach to their page's session and wait until they are set up.
    static let autoAttachParameters: JSONValue = ["autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true]

    /// The browser that owns this tab (kept alive while the page is used); nil for the browser's own probe tab.
    let browser: HeadlessChromium?
    let connection: DevToolsConnection
    let timeoutSeconds: Double
    let targetID: String
    let sessionID: String
    private let log: @Sendable () -> String
    /// The URL that was opened, as Chromium spells it (from the navigation request).
    public private(set) var url = ""
    private var firstEventOfPage = 0
    private var documentRequestID: String?

    /// Opens a blank tab and attaches to it; `owner` is nil only for the browser's measuring tab.
    init(browser owner: HeadlessChromium, keepsBrowserAlive: Bool = true) throws {
        browser = keepsBrowserAlive ? owner : nil
        connection = owner.connection
        timeoutSeconds = owner.options.timeoutSeconds
        log = { [weak owner] in owner?.logTail ?? "" }
        let created = try owner.send("Target.createTarget", ["url": "about:blank"])
        guard let target = created["targetId"]?.string else {
            throw BrowserError.commandFailed(method: "Target.createTarget", message: "no targetId in \(created)")
        }
        targetID = target
        let attached = try owner.send("Target.attachToTarget", ["targetId": .string(target), "flatten": true])
        guard let session = attached["sessionId"]?.string else {
            throw BrowserError.commandFailed(method: "Target.attachToTarget", message: "no sessionId in \(attached)")
        }
        sessionID = session
        for method in Self.recordingDomains {
            _ = try send(method)
        }
        _ = try send("Target.setAutoAttach", Self.autoAttachParameters)
        // One CSS pixel per device pixel, so screenshots have the viewport's size on every machine.
        _ = try send("Emulation.setDeviceMetricsOverride", [
            "width": .number(Double(owner.options.viewportWidthPixels)),
            "height": .number(Double(owner.options.viewportHeightPixels)),
            "deviceScaleFactor": 1, "mobile": false,
        ])
    }

    /// Navigates to `url` and waits for its load event, its fonts, and the end of every pending request.
    func navigate(to target: URL) throws {
        firstEventOfPage = connection.eventCount
        let navigation = try send("Page.navigate", ["url": .string(target.absoluteString)])
        if let reason = navigation["errorText"]?.string, !reason.isEmpty {
            throw BrowserError.navigationFailed(url: target.absoluteString, reason: reason)
        }
        documentRequestID = navigation["loaderId"]?.string
        let session = sessionID
        _ = try connection.waitForEvent("loading \(target.absoluteString)", after: firstEventOfPage,
                                    timeoutSeconds: timeoutSeconds, log: log) { event -> Bool? in
            guard event.sessionID == session else { return nil }
            if event.method == "Inspector.targetCrashed" { throw BrowserError.pageCrashed(url: target.absoluteString) }
            return event.method == "Page.loadEventFired" ? true : nil
        }
        url = requestRecords.first { $0.isDocument }?.request.url ?? target.absoluteString
        // Web fonts start loading when text needs them and may finish after the load event.
        _ = try evaluate("document.fonts.ready.then(() => document.fonts.size)")
        try waitForNetworkIdle()
    }

    /// Evaluates a JavaScript expression in the page (awaiting it if it is a promise) and returns its value as JSON.
    /// Exceptions in the expression are thrown here, not recorded as the page's errors.
    /// - Parameter timeoutSeconds: the longest to wait; nil for the browser's `Options.timeoutSeconds`.
    /// - Throws: `BrowserError.evaluationFailed` when the expression throws or does not compile, `.timedOut`.
    public func evaluate(_ expression: String, timeoutSeconds: Double? = nil) throws -> JSONValue {
        let answer = try connection.send(
            "Runtime.evaluate", ["expression": .string(expression), "returnByValue": true, "awaitPromise": true],
            session: sessionID, timeoutSeconds: timeoutSeconds ?? self.timeoutSeconds, log: log)
        if let details = answer["exceptionDetails"] {
            let message = details["exception"]?["description"]?.string ?? details["text"]?.string ?? "\(details)"
            throw BrowserError.evaluationFailed(expression: expression, message: message)
        }
        return answer["result"]?["value"] ?? .null
    }

    /// Makes CSS see `media` ("print", "screen") as the page's medium; nil goes back to the default (screen).
    public func emulateMedia(_ media: String?) throws {
        _ = try send("Emulation.setEmulatedMedia", ["media": .string(media ?? "")])
    }

    /// The rendered DOM as HTML (`document.documentElement.outerHTML`, after scripts ran).
    public func html() throws -> String {
        try evaluate("document.documentElement.outerHTML").string ?? ""
    }

    /// Every request the page and the frames and workers it started attempted, in order, including the page's own
    /// document.
    public var requests: [NetworkRequest] { requestRecords.map(\.request) }

    /// Requests for anything other than the page's own file or a `data:` URL: none, for a self-contained page.
    public var externalRequests: [NetworkRequest] {
        let own = Self.withoutFragment(url)
        return requests.filter { Self.withoutFragment($0.url) != own && !$0.url.hasPrefix("data:") }
    }

    /// Everything the console received: `console.*` calls, uncaught exceptions and the browser's log entries.
    public var consoleMessages: [ConsoleMessage] {
        let sessions = recordedSessions()
        return connection.events[firstEventOfPage...].compactMap { event in
            guard let session = event.sessionID, sessions.contains(session) else { return nil }
            return Self.consoleMessage(from: event)
        }
    }

    /// The console messages of level error (including uncaught exceptions): none, for a sound page.
    public var errors: [ConsoleMessage] { consoleMessages.filter { $0.level == .error } }

    /// Closes the tab.
    public func close() {
        _ = try? connection.send("Target.closeTarget", ["targetId": .string(targetID)],
                                 timeoutSeconds: timeoutSeconds, log: log)
    }

    func send(_ method: String, _ parameters: JSONValue = [:]) throws -> JSONValue {
        try connection.send(method, parameters, session: sessionID, timeoutSeconds: timeoutSeconds, log: log)
    }

    private struct RequestRecord {
        var id: String
        var request: NetworkRequest
        var finished: Bool
        var isDocument: Bool
    }

    /// The page's session and those of the targets it started (and they started), from the attach events.
    private func recordedSessions() -> Set<String> {
        var sessions: Set<String> = [sessionID]
        for event in connection.events where event.method == "Target.attachedToTarget" {
            if let parent = event.sessionID, sessions.contains(parent),
               let child = event.parameters["sessionId"]?.string {
                sessions.insert(child)
            }
        }
        return sessions
    }

    private var requestRecords: [RequestRecord] {
        let sessions = recordedSessions()
        var records: [RequestRecord] = []
        var indexByID: [String: Int] = [:]
        for event in connection.events[firstEventOfPage...] {
            guard let session = event.sessionID, sessions.contains(session),
                  let id = event.parameters["requestId"]?.string else { continue }
            let key = session + "/" + id
            switch event.method {
            case "Network.requestWillBeSent":
                let url = event.parameters["request"]?["url"]?.string ?? ""
                let type = event.parameters["type"]?.string ?? "Other"
                let record = RequestRecord(
                    id: key, request: NetworkRequest(url: url, resourceType: type, failure: nil), finished: false,
                    isDocument: session == sessionID && id == documentRequestID)
                if let index = indexByID[key] {
                    // A redirect reuses the id: keep the earlier hop and record the new URL too.
                    records[index].finished = true
                }
                indexByID[key] = records.count
                records.append(record)
            case "Network.loadingFinished":
                if let index = indexByID[key] { records[index].finished = true }
            case "Network.loadingFailed":
                if let index = indexByID[key] {
                    records[index].finished = true
                    let reason = event.parameters["errorText"]?.string ?? "failed"
                    let blocked = event.parameters["blockedReason"]?.string.map { " blocked: \($0)" } ?? ""
                    records[index].request.failure = reason + blocked
                }
            default:
                continue
            }
        }
        return records
    }

    /// Waits until no request of the page is pending and none has started for 100 ms.
    private func waitForNetworkIdle() throws {
        let quietSeconds = 0.1
        let deadline = Date(timeIntervalSinceNow: timeoutSeconds)
        var lastCount = -1
        var quietSince = Date()
        while true {
            let records = requestRecords
            let pending = records.filter { !$0.finished }
            if records.count != lastCount || !pending.isEmpty {
                lastCount = records.count
                quietSince = Date()
            } else if Date().timeIntervalSince(quietSince) >= quietSeconds {
                return
            }
            if Date() >= deadline {
                throw BrowserError.timedOut(
                    operation: "waiting for \(pending.map(\.request.url).joined(separator: ", "))",
                    seconds: timeoutSeconds, log: log())
            }
            usleep(20_000)
        }
    }

    private static func consoleMessage(from event: DevToolsEvent) -> ConsoleMessage? {
        let parameters = event.parameters
        switch event.method {
        case "Runtime.consoleAPICalled":
            let type = parameters["type"]?.string ?? "log"
            let text = (parameters["args"]?.array ?? []).map { argument in
                argument["value"].map { $0.string ?? "\($0)" } ?? argument["description"]?.string ?? "?"
            }.joined(separator: " ")
            let frame = parameters["stackTrace"]?["callFrames"]?[0]
            return ConsoleMessage(source: .console, level: .init(consoleCallType: type), text: text,
                                  location: frame.flatMap(location(of:)))
        case "Runtime.exceptionThrown":
            let details = parameters["exceptionDetails"]
            let text = details?["exception"]?["description"]?.string ?? details?["text"]?.string ?? "exception"
            return ConsoleMessage(source: .exception, level: .error, text: text,
                                  location: details.flatMap(location(of:)))
        case "Log.entryAdded":
            let entry = parameters["entry"]
            let level = ConsoleMessage.Level(rawValue: entry?["level"]?.string ?? "") ?? .info
            return ConsoleMessage(source: .browser, level: level, text: entry?["text"]?.string ?? "",
                                  location: entry?["url"]?.string)
        default:
            return nil
        }
    }

    private static func location(of frame: JSONValue) -> String? {
        guard let url = frame["url"]?.string, !url.isEmpty else { return nil }
        let line = frame["lineNumber"]?.integer.map { ":\($0 + 1)" } ?? ""
        return url + line
    }

    private static func withoutFragment(_ url: String) -> Substring {
        url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(url)
    }
}
