import Foundation

/// A progress bar on standard error for runs longer than a second; silent when standard error is not
/// a terminal. Updates come from worker tasks, hence the lock (the class holds no C handle).
final class ProgressBar: @unchecked Sendable {
    private var total: Int
    private let unit: String
    private let start = Date()
    private let lock = NSLock()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    /// A bar for `total` steps of `unit` ("simulations", "sectors").
    init(total: Int, unit: String) {
        self.total = total
        self.unit = unit
    }

    /// Shows `done` of the total (or of `total`, when the total became known only now).
    func update(_ done: Int, of newTotal: Int? = nil) {
        guard enabled else { return }
        lock.withLock {
            if let newTotal { total = newTotal }
            guard Date().timeIntervalSince(start) > 1 else { return }
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(unit)".utf8))
            shown = true
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }
}
