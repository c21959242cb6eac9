import Foundation
import Synchronization

/// Writes an output file whole or not at all: to a temporary file in the same folder, flushed to disk,
/// then renamed over the destination.
///
/// A reader (QGIS, a script) never sees a half-written file, an interrupted run leaves the previous
/// file in place, and an existing file is replaced only once the new one is complete. Temporary files of
/// writes in progress are tracked, so a signal handler can remove them with ``cancelPendingWrites()``.
package enum AtomicFile {
    /// An output file could not be written.
    package struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The path as the user gave it.
        package var path: String
        /// What went wrong, from the operating system.
        package var reason: String

        /// Creates the error.
        /// - Parameters:
        ///   - path: The path as the user gave it.
        ///   - reason: What went wrong.
        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        package var description: String {
            "\(path): cannot write the output (\(reason)) — check that the folder exists and is writable"
        }
    }

    /// The temporary files of writes in progress, and whether writing was cancelled.
    ///
    /// Creating, renaming and removing a temporary file happen while holding this lock, so a cancellation
    /// sees every temporary file that exists and none is created after it.
    private struct Pending {
        var paths: Set<String> = []
        var cancelled = false
        var counter = 0
    }

    private static let pending = Mutex(Pending())

    /// Writes `bytes` to `path` atomically.
    /// - Parameters:
    ///   - bytes: The file's whole content.
    ///   - path: The destination; its folder must exist.
    /// - Throws: ``WriteError`` when the folder is missing or not writable, the disk is full, or writing
    ///   was cancelled by ``cancelPendingWrites()``.
    package static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let (temporary, descriptor) = try pending.withLock { state throws(WriteError) -> (String, Int32) in
            guard !state.cancelled else { throw WriteError(path: path, reason: "the run was interrupted") }
            state.counter += 1
            let name = ".\(url.lastPathComponent).\(getpid()).\(state.counter).tmp"
            let temporary = folder.appendingPathComponent(name).path
            // O_EXCL: never write into a file someone else created under the same name.
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            state.paths.insert(temporary)
            return (temporary, descriptor)
        }
        let written = writeAll(Array(bytes), to: descriptor)
        // fsync before rename: after a crash the destination holds the old or the new content, whole.
        let synced = written == nil && fsync(descriptor) == 0
        let syncError = synced ? nil : (written ?? String(cString: strerror(errno)))
        close(descriptor)
        try pending.withLock { state throws(WriteError) in
            state.paths.remove(temporary)
            if let syncError {
                unlink(temporary)
                throw WriteError(path: path, reason: syncError)
            }
            guard !state.cancelled else {
                unlink(temporary)
                throw WriteError(path: path, reason: "the run was interrupted")
            }
            // rename(2) replaces the destination atomically on the same file system.
            guard rename(temporary, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    /// - Throws: ``WriteError``.
    package static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Removes the temporary file of every write in progress and makes later writes fail, for a handler of
    /// SIGINT or SIGTERM that is about to end the process. Existing destination files are left as they are.
    ///
    /// Safe to call from any thread (not from inside a C signal handler: it takes a lock).
    /// - Returns: The temporary files removed.
    @discardableResult
    package static func cancelPendingWrites() -> [String] {
        pending.withLock { state in
            state.cancelled = true
            let removed = state.paths.sorted()
            for path in removed { unlink(path) }
            state.paths.removeAll()
            return removed
        }
    }

    /// Checks before any work that `path` could be written: its folder exists and it is not a folder.
    /// - Throws: ``WriteError`` naming what to fix.
    package static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder.path) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw WriteError(path: path, reason: "the folder \(folder.path) is not writable")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw WriteError(path: path, reason: "it is a folder")
        }
    }

    /// Writes every byte, retrying short writes and EINTR; returns the error text, or nil on success.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += count
            }
            return nil
        }
    }
}
