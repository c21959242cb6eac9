import Foundation
import Testing

@testable import KumePostgresTesting

@Suite("PostgresTestCluster")
struct PostgresTestClusterTests {
    @Test("The shared cluster answers on its unix socket, with PostGIS in the databases it creates")
    func sharedClusterHasPostGIS() async throws {
        let cluster = try PostgresTestCluster.shared()
        try await cluster.withDatabase { database in
            let version = try cluster.psql("SELECT postgis_lib_version();", database: database.name)
            #expect(version.hasPrefix("3."))
            let socket = try cluster.psql("SELECT current_setting('unix_socket_directories');", database: database.name)
            #expect(socket.trimmingCharacters(in: .whitespacesAndNewlines) == cluster.folder)
            #expect(FileManager.default.fileExists(atPath: cluster.folder + "/.s.PGSQL.\(cluster.port)"))
        }
    }

    @Test("A database created without PostGIS has no PostGIS, and is dropped after withDatabase")
    func databaseWithoutPostGIS() async throws {
        let cluster = try PostgresTestCluster.shared()
        let name = try await cluster.withDatabase(postgis: false) { database in
            let extensions = try cluster.psql("SELECT count(*) FROM pg_extension WHERE extname = 'postgis';",
                                              database: database.name)
            #expect(extensions.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
            return database.name
        }
        let left = try cluster.psql("SELECT count(*) FROM pg_database WHERE datname = '\(name)';", database: "postgres")
        #expect(left.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("withDatabase drops the database also when the body throws")
    func databaseDroppedOnThrow() async throws {
        struct Planned: Error {}
        let cluster = try PostgresTestCluster.shared()
        var name = ""
        await #expect(throws: Planned.self) {
            try await cluster.withDatabase(postgis: false) { database in
                name = database.name
                throw Planned()
            }
        }
        let left = try cluster.psql("SELECT count(*) FROM pg_database WHERE datname = '\(name)';", database: "postgres")
        #expect(left.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("The server listens on 127.0.0.1 only, and runs as postgres under root, else as the current user")
    func loopbackAndUser() throws {
        let cluster = try PostgresTestCluster.shared()
        let listen = try cluster.psql("SHOW listen_addresses;", database: "postgres")
        #expect(listen.trimmingCharacters(in: .whitespacesAndNewlines) == "127.0.0.1")
        let server = try #require(cluster.serverPID)
        let status = try String(contentsOfFile: "/proc/\(server)/status", encoding: .utf8)
        let uidLine = try #require(status.split(separator: "\n").first { $0.hasPrefix("Uid:") })
        let realUID = try #require(uidLine.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first)
        let expected = geteuid() == 0 ? try #require(getpwnam("postgres")).pointee.pw_uid : geteuid()
        #expect(uid_t(realUID) == expected)
    }

    @Test("Over TCP the server asks for the password: refused without it, accepted from PGPASSWORD")
    func tcpNeedsPassword() throws {
        let cluster = try PostgresTestCluster.shared()
        let database = try cluster.createDatabase(postgis: false)
        defer { try? cluster.dropDatabase(database) }
        let psql = cluster.installation.binDirectory + "/psql"
        let query = ["-X", "-A", "-t", "-w", "-c", "SELECT inet_server_addr();"]
        let refused = try Subprocess.run(
            psql, query + ["-d", database.tcpConninfo(includingPassword: false)],
            environment: Subprocess.cleanEnvironment)
        #expect(refused.status != 0)
        #expect(refused.error.contains("password"))
        var environment = Subprocess.cleanEnvironment
        environment["PGPASSWORD"] = database.password
        let accepted = try Subprocess.run(
            psql, query + ["-d", database.tcpConninfo(includingPassword: false)], environment: environment)
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.trimmingCharacters(in: .whitespacesAndNewlines) == "127.0.0.1")
    }

    @Test("stop() shuts the server down and removes the folder, and a second stop() does nothing")
    func stopRemovesEverything() throws {
        let cluster = try PostgresTestCluster.start(postgis: false)
        let server = try #require(cluster.serverPID)
        #expect(ClusterFolder.isRunning(server))
        cluster.stop()
        #expect(cluster.isStopped)
        #expect(!FileManager.default.fileExists(atPath: cluster.folder))
        #expect(!ClusterFolder.isRunning(server))
        cluster.stop()
        #expect(waitUntil { !ClusterFolder.isRunning(cluster.watchdogPID) }, "the watchdog ends once the folder is gone")
    }

    @Test("When the owning process dies, the watchdog stops the server and removes the folder",
          arguments: [SIGKILL, SIGTERM, SIGINT])
    func watchdogCleansUpAfterOwner(signal: Int32) throws {
        let owner = try Self.startSleeper()
        let cluster = try PostgresTestCluster.start(owner: owner, postgis: false)
        let server = try #require(cluster.serverPID)
        #expect(ClusterFolder.isRunning(server))
        kill(owner, signal)
        _ = Subprocess.waitForExit(owner, timeoutSeconds: 10)
        #expect(waitUntil { !FileManager.default.fileExists(atPath: cluster.folder) })
        #expect(waitUntil { !ClusterFolder.isRunning(server) })
        #expect(waitUntil { !ClusterFolder.isRunning(cluster.watchdogPID) })
        cluster.stop()
    }

    @Test("A cluster whose owner and watchdog were both killed is removed by the next cluster's start")
    func staleFolderRemovedByNextStart() throws {
        let owner = try Self.startSleeper()
        let stale = try PostgresTestCluster.start(owner: owner, postgis: false)
        let server = try #require(stale.serverPID)
        kill(stale.watchdogPID, SIGKILL)
        #expect(Subprocess.waitForExit(stale.watchdogPID, timeoutSeconds: 10) == 128 + SIGKILL)
        kill(owner, SIGKILL)
        _ = Subprocess.waitForExit(owner, timeoutSeconds: 10)
        // Nothing but a start removes it now (another test's cluster starting meanwhile may be the one that does).
        let next = try PostgresTestCluster.start(postgis: false)
        defer { next.stop() }
        #expect(!FileManager.default.fileExists(atPath: stale.folder))
        #expect(waitUntil { !ClusterFolder.isRunning(server) })
        #expect(FileManager.default.fileExists(atPath: next.folder))
        stale.stop()
    }

    @Test("The watchdog keeps no file of the test process open and runs in a session of its own")
    func watchdogIsDetached() throws {
        let cluster = try PostgresTestCluster.shared()
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(cluster.watchdogPID)/fd")
        for descriptor in descriptors {
            let target = try FileManager.default.destinationOfSymbolicLink(
                atPath: "/proc/\(cluster.watchdogPID)/fd/\(descriptor)")
            #expect(target == "/dev/null", "descriptor \(descriptor) points at \(target)")
        }
        #expect(getsid(cluster.watchdogPID) == cluster.watchdogPID)
        #expect(getsid(cluster.watchdogPID) != getsid(0))
    }

    /// A `sleep` process standing in for a test process that owns a cluster.
    static func startSleeper() throws -> pid_t {
        try Subprocess.spawn("/bin/sleep", ["120"])
    }
}

/// Polls `condition` every 50 ms for up to `seconds`; whether it became true.
func waitUntil(seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}
