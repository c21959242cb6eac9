import Foundation

/// Writes an output file whole or not at all: to a temporary file in the same folder, then renamed.
///
/// A reader (QGIS, a script) never sees a half-written file, an interrupted run leaves the previous
/// file in place, and an existing file is replaced only once the new one is complete.
public enum AtomicFile {
    /// An output file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The path as the user gave it.
        public var path: String
        /// What went wrong, from the operating system.
        public var reason: String

        public var description: String {
            "\(path): cannot write the output (\(reason)) — check that the folder exists and is writable"
        }
    }

    /// Writes `bytes` to `path` atomically.
    /// - Throws: ``WriteError`` when the folder is missing or not writable, or the disk is full.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: error.localizedDescription)
        }
        // rename(2) replaces the destination atomically on the same file system.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    /// - Throws: ``WriteError``.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Checks before any work that `path` could be written: its folder exists and it is not a folder.
    /// - Throws: ``WriteError`` naming what to fix.
    public static func checkWritable(_ path: String) throws {
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
}
