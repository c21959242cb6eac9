internal import CLibPQ
import Foundation

/// One connection to a PostgreSQL server, owning libpq's `PGconn`.
///
/// Credentials are found the PostgreSQL way, by libpq itself: the conninfo or `postgresql://` URI, then the `PG*`
/// environment variables (`PGHOST`, `PGPORT`, `PGDATABASE`, `PGUSER`, `PGPASSWORD`, `PGSERVICE`, …), then the
/// password file (`~/.pgpass` or `PGPASSFILE`). kume never reads or prints a password: errors and notices go
/// through a ``PasswordScrubber``.
///
/// The client encoding is always UTF-8. The server's notices (warnings, `RAISE NOTICE`) are collected in
/// ``notices`` instead of being printed. A connection is not thread-safe and deliberately not `Sendable`: open one per
/// task.
public final class PostgresConnection {
    /// libpq's connection handle (`PGconn *`).
    let handle: OpaquePointer
    /// Removes this connection's passwords from messages.
    public let scrubber: PasswordScrubber
    /// The server's notices since the connection opened, oldest first, scrubbed, without trailing newlines.
    public internal(set) var notices: [String] = []
    /// PostGIS's `geometry` type OID, once looked up (0: looked up, not installed).
    var geometryOIDCache: UInt32?

    /// Connects with a conninfo string (`host=… port=… dbname=…`) or a URI (`postgresql://user@host:port/db`).
    ///
    /// An empty string connects with the environment's and libpq's defaults alone. Calls `PQconnectdbParams` with
    /// `expand_dbname`, the client encoding set to UTF-8 and a fallback application name.
    /// - Parameters:
    ///   - conninfo: The connection string; what it leaves out comes from the `PG*` variables and `.pgpass`.
    ///   - applicationName: Shown in `pg_stat_activity` unless the conninfo sets `application_name`.
    /// - Throws: ``PostgresError`` (operation `PQconnectdbParams`) with libpq's message, passwords scrubbed.
    public init(conninfo: String, applicationName: String = "kume") throws {
        scrubber = PasswordScrubber(conninfo: conninfo)
        let keywords = ["dbname", "fallback_application_name", "client_encoding"]
        let values = [conninfo, applicationName, "UTF8"]
        let connection = Self.withCStrings(keywords) { keywordPointers in
            Self.withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError(operation: "PQconnectdbParams", message: "libpq could not allocate a connection")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresError(operation: "PQconnectdbParams", message: scrubber.scrub(message))
        }
        handle = connection
        // userdata is this object, unretained: the handle dies in deinit, before the object does.
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        PQsetNoticeProcessor(handle, { userdata, message in
            guard let userdata, let message else { return }
            let connection = Unmanaged<PostgresConnection>.fromOpaque(userdata).takeUnretainedValue()
            connection.notices.append(connection.scrubber.scrub(PostgresConnection.trimmed(message)))
        }, userdata)
    }

    deinit {
        PQfinish(handle)
    }

    /// The database connected to (`PQdb`).
    public var database: String { Self.string(PQdb(handle)) }
    /// The user connected as (`PQuser`).
    public var user: String { Self.string(PQuser(handle)) }
    /// The host or socket folder connected to (`PQhost`).
    public var host: String { Self.string(PQhost(handle)) }
    /// The port connected to (`PQport`).
    public var port: String { Self.string(PQport(handle)) }
    /// The server's version as a number, e.g. 150018 for 15.18 (`PQserverVersion`).
    public var serverVersion: Int { Int(PQserverVersion(handle)) }
    /// Whether a password was sent to the server while connecting (`PQconnectionUsedPassword`).
    public var usedPassword: Bool { PQconnectionUsedPassword(handle) == 1 }

    /// A run-time parameter the server reported (`PQparameterStatus`): `server_encoding`, `TimeZone`, ….
    public func parameterStatus(_ name: String) -> String? {
        PQparameterStatus(handle, name).map { String(cString: $0) }
    }

    /// Whether a transaction block is open (`PQtransactionStatus` is not idle).
    public var isInTransaction: Bool {
        PQtransactionStatus(handle) != PQTRANS_IDLE
    }

    /// The connection's last error (`PQerrorMessage`), trimmed and scrubbed.
    func lastError(_ operation: String) -> PostgresError {
        PostgresError(operation: operation, message: scrubber.scrub(Self.trimmed(PQerrorMessage(handle))))
    }

    /// A C string as Swift, empty for NULL.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// A libpq message without its trailing newline and spaces.
    static func trimmed(_ pointer: UnsafePointer<CChar>?) -> String {
        var text = string(pointer)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    /// Calls `body` with a NULL-terminated array of C strings.
    static func withCStrings<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
    ) -> Result {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
