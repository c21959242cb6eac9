#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One event that Chromium sent, numbered in the order it arrived.
struct DevToolsEvent: Sendable {
    /// The event's position among all events of the connection, from 0.
    var sequence: Int
    var method: String
    var parameters: JSONValue
    /// The session (target) the event belongs to; nil for browser-level events.
    var sessionID: String?
}

/// The DevTools protocol over `--remote-debugging-pipe`: JSON messages, each ended by a NUL byte, written to
/// Chromium's file descriptor 3 and read from its descriptor 4.
///
/// A reader thread splits and decodes what Chromium sends; callers block (with a deadline) until the response
/// to their command, or an event they wait for, has arrived. All mutable state is guarded by `condition`.
final class DevToolsConnection: @unchecked Sendable {
    private let output: FileHandle
    private let input: FileHandle
    private let condition = NSCondition()
    private let writeLock = NSLock()
    private var nextCommandID = 1
    private var responses: [Int: Result<JSONValue, BrowserError>] = [:]
    /// Commands whose caller stopped waiting: their late answers are dropped.
    private var abandoned: Set<Int> = []
    private var receivedEvents: [DevToolsEvent] = []
    private var isClosed = false
    /// Called on the reader thread for every event, before waiters see it (to answer auto-attached targets).
    private let onEvent: @Sendable (DevToolsEvent, DevToolsConnection) -> Void

    init(writingTo output: FileHandle, readingFrom input: FileHandle,
         onEvent: @escaping @Sendable (DevToolsEvent, DevToolsConnection) -> Void) {
        self.output = output
        self.input = input
        self.onEvent = onEvent
    }

    /// Starts the reader thread; it ends when Chromium closes its end of the pipe.
    func start() {
        let thread = Thread { [self] in readUntilClosed() }
        thread.name = "DevTools pipe reader"
        thread.start()
    }

    /// Whether Chromium has closed its end of the pipe.
    var closed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isClosed
    }

    /// The number of events received so far: pass it to `waitForEvent(after:…)` to wait for a later one.
    var eventCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return receivedEvents.count
    }

    /// Every event received so far, in order.
    var events: [DevToolsEvent] {
        condition.lock()
        defer { condition.unlock() }
        return receivedEvents
    }

    /// Sends a command without waiting for its answer; returns its id.
    @discardableResult
    func post(_ method: String, _ parameters: JSONValue = [:], session: String? = nil) throws -> Int {
        condition.lock()
        let id = nextCommandID
        nextCommandID += 1
        condition.unlock()
        let command = OutgoingCommand(id: id, method: method, params: parameters, sessionId: session)
        var message = try JSONEncoder().encode(command)
        message.append(0)
        writeLock.lock()
        defer { writeLock.unlock() }
        do {
            try output.write(contentsOf: message)
        } catch {
            throw BrowserError.disconnected(log: "writing \(method) failed: \(error)")
        }
        return id
    }

    /// Sends a command and waits for its result.
    /// - Throws: `BrowserError.commandFailed` for an error answer, `.timedOut` or `.disconnected`.
    func send(_ method: String, _ parameters: JSONValue = [:], session: String? = nil,
              timeoutSeconds: Double, log: () -> String) throws -> JSONValue {
        let id = try post(method, parameters, session: session)
        let result: Result<JSONValue, BrowserError>
        do {
            result = try wait(for: method, timeoutSeconds: timeoutSeconds, log: log) { _ in
                responses.removeValue(forKey: id)
            }
        } catch {
            condition.lock()
            if responses.removeValue(forKey: id) == nil { abandoned.insert(id) }
            condition.unlock()
            throw error
        }
        switch result {
        case .success(let value): return value
        case .failure(.commandFailed(_, let message)):
            throw BrowserError.commandFailed(method: method, message: message)
        case .failure(let error): throw error
        }
    }

    /// Waits until `match` finds an event at or after position `start`, and returns what it found.
    func waitForEvent<T>(_ description: String, after start: Int, timeoutSeconds: Double, log: () -> String,
                         match: (DevToolsEvent) throws -> T?) throws -> T {
        var checked = start
        return try wait(for: description, timeoutSeconds: timeoutSeconds, log: log) { events in
            while checked < events.count {
                if let found = try match(events[checked]) { return found }
                checked += 1
            }
            return nil
        }
    }

    /// Blocks until `check` (run under the lock with the events so far) returns a value, Chromium disconnects, or
    /// the deadline passes.
    func wait<T>(for description: String, timeoutSeconds: Double, log: () -> String,
                 check: ([DevToolsEvent]) throws -> T?) throws -> T {
        let deadline = Date(timeIntervalSinceNow: timeoutSeconds)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = try check(receivedEvents) { return value }
            if isClosed { throw BrowserError.disconnected(log: log()) }
            if !condition.wait(until: deadline), Date() >= deadline {
                if let value = try check(receivedEvents) { return value }
                throw BrowserError.timedOut(operation: description, seconds: timeoutSeconds, log: log())
            }
        }
    }

    /// Closes our writing end, which tells Chromium to shut down.
    func closeOutput() {
        writeLock.lock()
        defer { writeLock.unlock() }
        try? output.close()
    }

    private func readUntilClosed() {
        let descriptor = input.fileDescriptor
        var pending = [UInt8]()
        var scanned = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            pending.append(contentsOf: chunk[0..<count])
            // Split at each NUL; search only the bytes not searched before, so a large message costs one pass.
            var start = 0
            while let end = pending[scanned...].firstIndex(of: 0) {
                deliver(Data(pending[start..<end]))
                start = end + 1
                scanned = start
            }
            if start > 0 {
                pending.removeFirst(start)
                scanned = 0
            }
            scanned = pending.count
        }
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    private func deliver(_ data: Data) {
        guard let message = try? JSONDecoder().decode(IncomingMessage.self, from: data) else { return }
        if let id = message.id {
            let result: Result<JSONValue, BrowserError>
            if let error = message.error {
                result = .failure(.commandFailed(method: "", message: error.message))
            } else {
                result = .success(message.result ?? [:])
            }
            condition.lock()
            if abandoned.remove(id) == nil { responses[id] = result }
            condition.broadcast()
            condition.unlock()
        } else if let method = message.method {
            condition.lock()
            let event = DevToolsEvent(sequence: receivedEvents.count, method: method,
                                      parameters: message.params ?? [:], sessionID: message.sessionId)
            condition.unlock()
            onEvent(event, self)
            condition.lock()
            receivedEvents.append(event)
            condition.broadcast()
            condition.unlock()
        }
    }
}

private struct OutgoingCommand: Encodable {
    var id: Int
    var method: String
    var params: JSONValue
    var sessionId: String?
}

private struct IncomingMessage: Decodable {
    struct ProtocolError: Decodable {
        var code: Int?
        var message: String
    }

    var id: Int?
    var method: String?
    var params: JSONValue?
    var result: JSONValue?
    var error: ProtocolError?
    var sessionId: String?
}
