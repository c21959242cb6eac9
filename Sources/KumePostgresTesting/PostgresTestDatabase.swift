import Foundation

/// One database in a throwaway cluster, with the ways to connect to it.
public struct PostgresTestDatabase: Sendable {
    /// The database's name.
    public let name: String
    /// The folder holding the server's unix socket.
    public let socketFolder: String
    /// The server's TCP port on 127.0.0.1 (also the number in the socket's name).
    public let port: Int
    /// The superuser the tests connect as.
    public let user: String
    /// The superuser's password (needed over TCP; the unix socket trusts the local user).
    public let password: String

    /// A libpq conninfo through the unix socket: `host='FOLDER' port=N user='kume' dbname='NAME'`.
    public var conninfo: String {
        "host=\(Self.quote(socketFolder)) port=\(port) user=\(Self.quote(user)) dbname=\(Self.quote(name))"
    }

    /// A libpq conninfo over TCP to 127.0.0.1, where the server asks for the password (SCRAM-SHA-256).
    ///
    /// - Parameter includingPassword: Whether `password=` is part of the string; without it, libpq takes the
    ///   password from `PGPASSWORD` or a password file.
    public func tcpConninfo(includingPassword: Bool) -> String {
        var text = "host=127.0.0.1 port=\(port) user=\(Self.quote(user)) dbname=\(Self.quote(name))"
        if includingPassword { text += " password=\(Self.quote(password))" }
        return text
    }

    /// A `postgresql://` URI over TCP to 127.0.0.1 with the password in it.
    public var uri: String {
        "postgresql://\(user):\(password)@127.0.0.1:\(port)/\(name)"
    }

    /// A line for a password file (`.pgpass`, `PGPASSFILE`) matching this database over TCP.
    public var passwordFileLine: String {
        "127.0.0.1:\(port):\(name):\(user):\(password)"
    }

    /// A conninfo value in single quotes, with `\` and `'` escaped as libpq expects.
    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
