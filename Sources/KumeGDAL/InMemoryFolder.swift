internal import CGDAL
import Synchronization

/// A folder in GDAL's in-memory file system (`/vsimem/`): a dataset is written there whole, its bytes taken
/// (`VSIGetMemFileBuffer`), and the folder removed (`VSIRmdirRecursive`), so that the caller writes the file to
/// disk in one step (through a temporary file and a rename) and never leaves a half-written dataset behind.
///
/// Each folder has a unique name in the process; removing it also removes whatever GDAL wrote beside the
/// dataset (SQLite journals). Not `Sendable`: one task writes into it.
public final class InMemoryFolder {
    /// `/vsimem/kume-N`, without a trailing slash.
    public let path: String
    private static let counter = Atomic<Int>(0)

    /// Creates a new, empty folder (`VSIMkdir`).
    public init() {
        GDALLibrary.registerOnce()
        let number = Self.counter.add(1, ordering: .relaxed).newValue
        path = "/vsimem/kume-\(number)"
        _ = VSIMkdir(path, 0o755)
    }

    deinit {
        _ = VSIRmdirRecursive(path)
    }

    /// The path of a file named `name` in the folder.
    public func file(_ name: String) -> String {
        "\(path)/\(name)"
    }

    /// A copy of the bytes of the in-memory file at `path` (`VSIGetMemFileBuffer`, without taking it).
    ///
    /// - Throws: ``GDALError/Kind/fileNotFound`` when there is no such file.
    public func contents(of path: String) throws -> [UInt8] {
        var length: vsi_l_offset = 0
        guard let buffer = VSIGetMemFileBuffer(path, &length, 0) else {
            throw GDALError(kind: .fileNotFound, operation: "VSIGetMemFileBuffer", source: path)
        }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
    }
}
