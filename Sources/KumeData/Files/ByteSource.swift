import Foundation

/// Where a table's bytes come from: a file read in chunks, or bytes already in memory.
///
/// Reading in chunks keeps memory bounded: a 200 MB file with no line break is never held whole; the
/// scanner stops once one record outgrows its bound.
struct ByteSource {
    private indirect enum Storage {
        case file(FileHandle)
        case memory([UInt8], position: Int)
        /// Bytes already read (`prefix` from `position`), then the rest of another source.
        case chain(prefix: [UInt8], position: Int, rest: ByteSource)
    }

    private var storage: Storage

    /// Opens a file for chunked reading.
    /// - Throws: ``InputError`` naming the file when it cannot be opened.
    init(path: String, displayName: String) throws(InputError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(issues: [InputIssue(
                file: displayName, line: 0, column: 0, problem: "this is a folder, not a file",
                remedy: "give the roster or registry file itself")])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(issues: [InputIssue(
                file: displayName, line: 0, column: 0,
                problem: exists ? "the file cannot be read" : "the file does not exist",
                remedy: exists ? "check its permissions" : "check the path")])
        }
        storage = .file(handle)
    }

    /// Reads from an open handle (a pipe or a socket) until its end; the handle is closed by ``close()``.
    init(handle: FileHandle) {
        storage = .file(handle)
    }

    /// Serves bytes already in memory.
    init(bytes: [UInt8]) {
        storage = .memory(bytes, position: 0)
    }

    /// Serves `prefix` first, then whatever `rest` has left.
    init(prefix: [UInt8], then rest: ByteSource) {
        storage = .chain(prefix: prefix, position: 0, rest: rest)
    }

    /// Appends up to `count` further bytes to `buffer`; returns how many were appended (0 at the end).
    mutating func read(into buffer: inout [UInt8], upTo count: Int) throws(InputError) -> Int {
        switch storage {
        case .file(let handle):
            let data: Data?
            do {
                data = try handle.read(upToCount: count)
            } catch {
                throw InputError(issues: [InputIssue(
                    file: "", line: 0, column: 0, problem: "reading failed: \(error)", remedy: "check the file")])
            }
            guard let data, !data.isEmpty else { return 0 }
            buffer.append(contentsOf: data)
            return data.count
        case .memory(let bytes, let position):
            let end = min(bytes.count, position + count)
            guard end > position else { return 0 }
            buffer.append(contentsOf: bytes[position..<end])
            storage = .memory(bytes, position: end)
            return end - position
        case .chain(let prefix, let position, var rest):
            if position < prefix.count {
                let end = min(prefix.count, position + count)
                buffer.append(contentsOf: prefix[position..<end])
                storage = .chain(prefix: prefix, position: end, rest: rest)
                return end - position
            }
            let read = try rest.read(into: &buffer, upTo: count)
            storage = .chain(prefix: [], position: 0, rest: rest)
            return read
        }
    }

    /// Closes the file, if any.
    func close() {
        switch storage {
        case .file(let handle): try? handle.close()
        case .chain(_, _, let rest): rest.close()
        case .memory: break
        }
    }
}
