import Foundation

/// What went wrong while driving headless Chromium; each message says what to do about it.
public enum BrowserError: Error, CustomStringConvertible, Sendable {
    /// No Chromium executable was found in the places listed.
    case executableNotFound(searched: [String])
    /// Chromium exited or closed its end of the pipe; `log` is the end of what it wrote to standard error.
    case disconnected(log: String)
    /// An operation did not finish within its time limit.
    case timedOut(operation: String, seconds: Double, log: String)
    /// Chromium answered a command with an error.
    case commandFailed(method: String, message: String)
    /// The page could not be navigated to (for example a missing file).
    case navigationFailed(url: String, reason: String)
    /// The page's renderer crashed.
    case pageCrashed(url: String)
    /// An expression given to `evaluate` threw or did not compile.
    case evaluationFailed(expression: String, message: String)
    /// `pdfinfo` could not be run or did not describe the PDF.
    case pdfInfoFailed(String)

    public var description: String {
        switch self {
        case .executableNotFound(let searched):
            return "Chromium not found (looked at \(searched.joined(separator: ", "))): install Debian's chromium "
                + "(scripts/setup chromium) or set KUME_CHROMIUM to the browser's executable"
        case .disconnected(let log):
            return "Chromium closed the DevTools pipe (it exited or crashed); its last output:\n\(log)"
        case .timedOut(let operation, let seconds, let log):
            return "Chromium did not finish \(operation) within \(seconds) s; its last output:\n\(log)"
        case .commandFailed(let method, let message):
            return "Chromium refused \(method): \(message)"
        case .navigationFailed(let url, let reason):
            return "Chromium could not open \(url): \(reason) (check that the file exists and is readable)"
        case .pageCrashed(let url):
            return "the renderer of \(url) crashed"
        case .evaluationFailed(let expression, let message):
            let shown = expression.count > 120 ? expression.prefix(120) + "…" : Substring(expression)
            return "evaluating `\(shown)` in the page failed: \(message)"
        case .pdfInfoFailed(let message):
            return "counting the PDF's pages failed: \(message) (pdfinfo comes with poppler-utils: "
                + "scripts/setup poppler-utils)"
        }
    }
}
