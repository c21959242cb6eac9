import Foundation
import KumeGeo
import KumePostgres
import Synchronization

/// Reads a registry from PostgreSQL/PostGIS into the same ``Registry`` the CSV reader fills, with the same column
/// aliases, checks and messages.
///
/// One connection, in a read-only repeatable-read transaction, streams the rows with `COPY (SELECT …) TO STDOUT`
/// (see ``PostgresRegistryQuery``) on a thread of its own, through a local socket, into the parallel registry
/// reader: the server produces the next rows while kume parses the last ones. A problem names the source, the
/// row's number and id, and the column: `PG:firms:12:4: id F0011, column nace: unknown NACE code '99.99' — …`.
package enum PostgresRegistryReader {
    /// Reads the registry.
    ///
    /// - Parameters:
    ///   - source: The table or query.
    ///   - options: The registry reader's options.
    /// - Throws: ``InputError`` for the rows' problems and for connection and query failures (the server's message,
    ///   passwords scrubbed).
    package static func read(_ source: PostgresTableSource, options: RegistryReader.Options = .init()) async throws(InputError)
        -> Registry
    {
        var descriptors: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &descriptors) == 0 else {
            throw PostgresTableSource.error(source.displayName, "no local socket for the rows: \(String(cString: strerror(errno)))",
                                            "retry; check the process's open-file limit")
        }
        let producer = RowProducer(source: source, writeDescriptor: descriptors[1])
        let thread = Thread { producer.run() }
        thread.stackSize = 1 << 20
        thread.start()
        let handle = FileHandle(fileDescriptor: descriptors[0], closeOnDealloc: true)
        var registry: Registry?
        var readError: InputError?
        do {
            var reading = try RegistryReading(
                source: ByteSource(handle: handle), file: source.displayName, options: options, totalBytes: nil)
            registry = try await reading.run(parallel: true)
        } catch {
            readError = error
        }
        try? handle.close()
        let keys = producer.finish(askingKeysFor: readError.map { $0.issues.map(\.line) } ?? [])
        if let failure = producer.failure { throw failure }
        if let readError {
            throw PostgresRegistryQuery.named(readError, lines: producer.rowLines, keys: keys, header: producer.header)
        }
        guard var result = registry else { throw PostgresTableSource.error(source.displayName, "no rows read", "retry") }
        if let crs = producer.crs {
            do {
                let definition: CRS = if crs.hasPrefix("EPSG:"), let code = Int(crs.dropFirst(5)) { .epsg(code) } else { .wkt(crs) }
                result = try result.convertedToLongitudeLatitude(from: definition)
            } catch {
                throw PostgresTableSource.error(source.displayName, "PROJ cannot convert the points from \(crs): \(error)",
                                                "check the geometry column's SRID")
            }
        }
        return result
    }

}

/// The thread that connects, plans the query, streams the rows into the socket, and afterwards looks up the ids
/// of rows with problems in the same snapshot.
final class RowProducer: Sendable {
    private let source: PostgresTableSource
    private let writeDescriptor: Int32
    private struct State {
        var failure: InputError?
        var header: [String] = []
        var crs: String?
        var keyRequest: [Int]?
        var keys: [Int: String] = [:]
        var done = false
        var rowLines = CSVRowLines()
    }
    private let state = Mutex(State())
    private let streamed = DispatchSemaphore(value: 0)
    private let requested = DispatchSemaphore(value: 0)
    private let answered = DispatchSemaphore(value: 0)

    init(source: PostgresTableSource, writeDescriptor: Int32) {
        self.source = source
        self.writeDescriptor = writeDescriptor
    }

    var failure: InputError? { state.withLock { $0.failure } }
    var header: [String] { state.withLock { $0.header } }
    var crs: String? { state.withLock { $0.crs } }
    var rowLines: CSVRowLines { state.withLock { $0.rowLines } }

    /// Runs on the producer thread.
    func run() {
        var signalled = false
        do {
            let connection = try PostgresConnection(conninfo: source.conninfo)
            try connection.transaction(.readOnly, isolation: .repeatableRead) { connection in
                // One plan, no parallel workers, no synchronised scans: the row order is the same when the ids
                // of rows with problems are looked up again below.
                try connection.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                try connection.execute("SET LOCAL synchronize_seqscans = off")
                let plan = try PostgresRegistryQuery.plan(source, on: connection)
                state.withLock {
                    $0.header = plan.header
                    $0.crs = plan.crs
                }
                try connection.execute("SAVEPOINT streaming")
                do {
                    // Only this thread scans while streaming; the reader reads rowLines after streamed.wait().
                    var lines = CSVRowLines()
                    defer { state.withLock { $0.rowLines = lines } }
                    try connection.copyOut(plan.copySQL, blockBytes: 1 << 20) { block in
                        block.withUnsafeBytes { lines.scan($0) }
                        try send(block)
                    }
                } catch is SocketClosed {
                    // The reader stopped early (a problem in the rows): the COPY was cancelled; the ids are looked
                    // up below, in the same snapshot.
                    try connection.execute("ROLLBACK TO SAVEPOINT streaming")
                }
                close(writeDescriptor)
                signalled = true
                streamed.signal()
                requested.wait()
                let rows = state.withLock { state in (state.keyRequest ?? []).compactMap { state.rowLines.row(ofLine: $0) } }
                let keys = try plan.keys(ofRows: rows, on: connection)
                state.withLock { $0.keys = keys }
            }
        } catch let error as InputError {
            state.withLock { $0.failure = error }
        } catch let error as PostgresError {
            state.withLock { $0.failure = PostgresTableSource.error(source.displayName, error) }
        } catch {
            state.withLock {
                $0.failure = PostgresTableSource.error(
                    source.displayName, "\(error)", "check the connection string, the table and the server")
            }
        }
        if !signalled {
            close(writeDescriptor)
            streamed.signal()
        }
        answered.signal()
    }

    /// Called by the reader once it has stopped reading: asks for the ids of `lines` and waits for the thread.
    func finish(askingKeysFor lines: [Int]) -> [Int: String] {
        streamed.wait()
        state.withLock { $0.keyRequest = lines }
        requested.signal()
        answered.wait()
        return state.withLock { $0.keys }
    }

    /// The reader closed its end.
    struct SocketClosed: Error {}

    /// Writes a whole block to the socket, without SIGPIPE when the reader has gone.
    private func send(_ block: [UInt8]) throws {
        try block.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(writeDescriptor, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 {
                    if errno == EINTR { continue }
                    throw SocketClosed()
                }
                offset += sent
            }
        }
    }
}
