import Foundation

/// A one-line progress counter on standard error, shown only when standard error is a terminal and the
/// work has run longer than a second.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let started = Date()
    private let lock = NSLock()
    private var shown = false
    private let enabled = isatty(FileHandle.standardError.fileDescriptor) != 0

    init(label: String) {
        self.label = label
    }

    func update(done: Int, of all: Int) {
        guard enabled, Date().timeIntervalSince(started) > 1 else { return }
        lock.lock()
        defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\r\(label): \(done)/\(all)".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
