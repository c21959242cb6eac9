import Dispatch
import Foundation
import Kume

/// Ends the process cleanly on SIGINT (Ctrl-C) and SIGTERM: removes the temporary file of any output
/// being written and exits with status 128 + the signal number (130, 143).
///
/// The signals are ignored at the C level and delivered through dispatch signal sources, so the cleanup
/// runs on an ordinary thread (it may take locks and remove files, which a C signal handler may not).
/// Outputs are written through ``AtomicFile``, so an existing output is never replaced by a partial one.
enum SignalCleanup {
    /// The signals handled, with their exit statuses.
    static let signals: [(number: Int32, exitStatus: Int32)] = [(SIGINT, 128 + SIGINT), (SIGTERM, 128 + SIGTERM)]

    /// The dispatch sources, kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers; call once, first thing in `main`. Returns once dispatch has registered the
    /// sources (at most 2 s): a source is registered asynchronously, and until then a signal meets only
    /// SIG_IGN and is lost, which on a loaded machine let a run that was told to stop finish instead.
    static func install() {
        guard sources.isEmpty else { return }
        let queue = DispatchQueue(label: "kume.signals")
        let registered = DispatchSemaphore(value: 0)
        for (number, exitStatus) in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                AtomicFile.cancelPendingWrites()
                // _exit, not exit: other threads are still running and must not see atexit teardown.
                _exit(exitStatus)
            }
            source.setRegistrationHandler { registered.signal() }
            source.resume()
            sources.append(source)
        }
        for _ in signals { _ = registered.wait(timeout: .now() + 2) }
    }
}
