/// A failure reported by libpq or the server, with the server's own message and SQLSTATE.
///
/// Every message passes through the connection's password scrubber first, so no password given in a conninfo, a
/// URI or `PGPASSWORD` ever appears in one (libpq echoes parts of a malformed URI in its parse errors).
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// What kume was doing, named after the libpq function or the statement kind (`"PQconnectdbParams"`,
    /// `"COPY TO STDOUT"`).
    public let operation: String
    /// libpq's or the server's primary message, without the trailing newline.
    public let message: String
    /// The five-character SQLSTATE (`42P01` undefined table, `25006` read-only transaction), when the server sent one.
    public let sqlState: String?
    /// The server's detail line, if any.
    public let detail: String?
    /// The server's hint, if any; used as the remedy when present.
    public let hint: String?

    /// Creates an error; `message` must already be scrubbed of secrets.
    public init(operation: String, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil) {
        self.operation = operation
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
    }

    /// Whether this is the server refusing a write in a read-only transaction (SQLSTATE 25006).
    public var isReadOnlyViolation: Bool { sqlState == "25006" }

    /// `operation failed: message (SQLSTATE xxxxx; detail) — remedy`, one line.
    public var description: String {
        var text = "\(operation) failed: \(message)"
        let extras = [sqlState.map { "SQLSTATE \($0)" }, detail].compactMap { $0 }
        if !extras.isEmpty { text += " (" + extras.joined(separator: "; ") + ")" }
        return text + " — " + remedy
    }

    /// What went wrong in one line, without the operation's libpq name: `cannot connect: …` for a connection,
    /// else the server's message with its SQLSTATE and detail.
    public var problem: String {
        let oneLine = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        var text = operation == "PQconnectdbParams" ? "cannot connect: \(oneLine)" : oneLine
        let extras = [sqlState.map { "SQLSTATE \($0)" }, detail].compactMap { $0 }
        if !extras.isEmpty { text += " (" + extras.joined(separator: "; ") + ")" }
        return text
    }

    /// What to do about it: the server's hint, else advice by kind.
    public var remedy: String {
        if let hint { return hint }
        if operation == "PQconnectdbParams" {
            return "check the connection string (host, port, dbname, user), the password (in the URI, PGPASSWORD or "
                + "~/.pgpass) and that the server is running and reachable"
        }
        if sqlState?.hasPrefix("42") == true {
            return "check the SQL and the names of the tables and columns it uses"
        }
        return "check the statement and the database's state"
    }
}
