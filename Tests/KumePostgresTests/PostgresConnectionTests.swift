import Foundation
import KumePostgres
import KumePostgresTesting
import Testing

@Suite("PostgresConnection")
struct PostgresConnectionTests {
    @Test("A conninfo through the unix socket connects without a password, and the connection says where it is")
    func socketConnection() async throws {
        try await withConnection { connection, database in
            #expect(connection.database == database.name)
            #expect(connection.user == "kume")
            #expect(connection.port == "\(database.port)")
            #expect(connection.host == database.socketFolder)
            #expect(connection.serverVersion >= 150_000 && connection.serverVersion < 160_000)
            #expect(!connection.usedPassword)
            #expect(connection.parameterStatus("client_encoding") == "UTF8")
        }
    }

    @Test("A postgresql:// URI with the password connects over TCP and sends the password")
    func uriConnection() async throws {
        try await withConnection { _, database in
            let connection = try PostgresConnection(conninfo: database.uri)
            #expect(connection.host == "127.0.0.1")
            #expect(connection.usedPassword)
        }
    }

    @Test("Over TCP without a password in the string, libpq takes it from a password file (passfile, as ~/.pgpass)")
    func passwordFile() async throws {
        try await withConnection { _, database in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-pgpass-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("pgpass").path
            _ = FileManager.default.createFile(
                atPath: file, contents: Data((database.passwordFileLine + "\n").utf8),
                attributes: [.posixPermissions: 0o600])
            let connection = try PostgresConnection(
                conninfo: database.tcpConninfo(includingPassword: false) + " passfile='\(file)'")
            #expect(connection.usedPassword)
        }
    }

    @Test("A wrong password is refused with the server's message, and the password is not in the error")
    func wrongPassword() async throws {
        try await withConnection { _, database in
            let wrong = "Wr0ngPassw0rd-7731"
            let conninfo = database.tcpConninfo(includingPassword: false) + " password='\(wrong)'"
            let error = try #require(throws: PostgresError.self) { try PostgresConnection(conninfo: conninfo) }
            #expect(error.operation == "PQconnectdbParams")
            #expect(error.message.contains("password authentication failed for user \"kume\""))
            #expect(!error.description.contains(wrong))
            #expect(error.description.contains("PGPASSWORD"), "the remedy says where passwords come from")
        }
    }

    @Test("A malformed URI that libpq echoes in its error has its password replaced by ***")
    func malformedURIScrubbed() {
        let secret = "S3cretPass-4411"
        let uri = "postgresql://kume:\(secret)@[::1/kume"
        let error = #expect(throws: PostgresError.self) { try PostgresConnection(conninfo: uri) }
        #expect(error?.message.contains("IPv6 host address") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("***") == true)
        #expect(error?.description.contains(secret) == false)
    }

    @Test("Nothing listening on the port: the error names the host and port and says what to check")
    func nothingListening() throws {
        let error = try #require(throws: PostgresError.self) {
            try PostgresConnection(conninfo: "host=127.0.0.1 port=1 dbname=kume user=kume connect_timeout=5")
        }
        #expect(error.message.contains("127.0.0.1"))
        #expect(error.message.contains("port 1 failed"))
        #expect(error.description.contains("the server is running"))
    }

    @Test("The server's notices are collected, not printed")
    func noticesCollected() async throws {
        try await withConnection { connection, _ in
            try connection.execute("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$")
            #expect(connection.notices == ["NOTICE:  hello 42"])
        }
    }
}
