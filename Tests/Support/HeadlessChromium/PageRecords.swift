import Foundation

/// One request that a page (or a frame or worker it started) attempted, as the DevTools Network domain saw it.
public struct NetworkRequest: Sendable, Equatable, CustomStringConvertible {
    /// The requested URL.
    public var url: String
    /// Chromium's resource type: "Document", "Image", "Font", "Stylesheet", "Script", "Fetch", …
    public var resourceType: String
    /// Why it failed (e.g. "net::ERR_PROXY_CONNECTION_FAILED"); nil if it succeeded or is still pending.
    public var failure: String?

    public var description: String {
        "\(resourceType) \(url)" + (failure.map { " (\($0))" } ?? "")
    }
}

/// A message of the page's console: a `console.*` call, an uncaught exception, or an entry of the browser's own
/// log for the page (a failed load, a blocked resource, a security or rendering problem).
public struct ConsoleMessage: Sendable, Equatable, CustomStringConvertible {
    /// Where the message came from.
    public enum Source: String, Sendable {
        case console
        case exception
        case browser
    }

    /// How serious it is, as DevTools ranks it.
    public enum Level: String, Sendable {
        case verbose
        case info
        case warning
        case error
    }

    public var source: Source
    public var level: Level
    public var text: String
    /// The script or resource it points at, with its line where known.
    public var location: String?

    public var description: String {
        "\(level.rawValue) [\(source.rawValue)] \(text)" + (location.map { " at \($0)" } ?? "")
    }
}

extension ConsoleMessage.Level {
    /// The level of a `Runtime.consoleAPICalled` call type.
    init(consoleCallType type: String) {
        switch type {
        case "error", "assert": self = .error
        case "warning": self = .warning
        case "debug": self = .verbose
        default: self = .info
        }
    }
}
