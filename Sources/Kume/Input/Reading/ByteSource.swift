import Foundation

/// Where a table's bytes come from: a file read in chunks, or bytes already in memory.
///
/// Reading in chunks keeps memory bounded: a 200 MB file with no line break is never held whole; the
/// scanner stops once one record outgrows its bound.
struct ByteSource {
    private enum Storage {
        case file(FileHandle)
        case memory([UInt8], position: Int)
    }

    private var storage: Storage

    /// Opens a file for chunked reading.
    /// - Throws: ``InputError`` naming the file when it cannot be opened.
    init(path: String, displayName: String) throws(InputError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(issues: [InputIssue(
                file: displayName, line: 0, column: 0,
                problem: exists ? "the file cannot be read" : "the file does not exist",
                remedy: exists ? "check its permissions" : "check the path")])
        }
        storage = .file(handle)
    }

    /// Serves bytes already in memory.
    init(bytes: [UInt8]) {
        storage = .memory(bytes, position: 0)
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
        }
    }

    /// Closes the file, if any.
    func close() {
        if case .file(let handle) = storage { try? handle.close() }
    }
}
