import Foundation
import Synchronization

/// A throwaway PostgreSQL 15 cluster with PostGIS for tests: started in a temporary folder on a free loopback
/// port, stopped and removed afterwards.
///
/// ```swift
/// let cluster = try PostgresTestCluster.shared()
/// try await cluster.withDatabase { database in
///     let connection = try PostgresConnection(conninfo: database.conninfo)
///     …
/// }
/// ```
///
/// The server listens on 127.0.0.1 only, on a port the system reported free, and on a unix socket in its folder;
/// it runs as `postgres` when the tests run as root (PostgreSQL refuses root) and as the current user otherwise.
/// The unix socket trusts the local user; TCP asks for the superuser's password (SCRAM-SHA-256). Durability is off
/// (`fsync`, `synchronous_commit`, `full_page_writes`): the data is thrown away.
///
/// Clean-up: ``stop()`` (also run for every live cluster at normal process exit, and from `deinit`) shuts the
/// server down and removes the folder. When the process dies otherwise — a crash, SIGINT, SIGTERM, SIGKILL — a
/// watchdog in its own session notices within half a second and does the same. If the watchdog is killed as well,
/// the next cluster started on this machine removes the stale folder (see ``ClusterFolder``).
public final class PostgresTestCluster: Sendable {
    /// The cluster's folder (data, log, socket).
    public let folder: String
    /// The TCP port on 127.0.0.1.
    public let port: Int
    /// The superuser's name.
    public let superuser = "kume"
    /// The superuser's password, random per cluster.
    public let password: String
    /// The watchdog's pid.
    public let watchdogPID: pid_t
    /// The process whose end the watchdog waits for.
    public let owner: pid_t
    /// The installation the server programs come from.
    let installation: PostgresInstallation
    /// Set once the cluster is stopped; also numbers the databases created.
    private let state = Mutex<(stopped: Bool, databases: Int)>((false, 0))

    /// The database created at start with the PostGIS extension, copied for each test database.
    static let postgisTemplate = "kume_postgis_template"

    /// The cluster shared by every test of this process, started on first use, stopped at exit.
    ///
    /// - Throws: Why the cluster could not start (the same error to every caller).
    public static func shared() throws -> PostgresTestCluster {
        try sharedCluster.get()
    }

    /// Starts a new cluster.
    ///
    /// - Parameters:
    ///   - owner: The process the cluster belongs to: when it ends, the watchdog removes the cluster. Defaults to
    ///     this process.
    ///   - postgis: Whether to prepare the PostGIS template that ``createDatabase(postgis:)`` copies (about a
    ///     second); without it, only databases without PostGIS can be created.
    /// - Throws: ``PostgresTestClusterError`` with the failing step's output.
    public static func start(owner: pid_t = getpid(), postgis: Bool = true) throws -> PostgresTestCluster {
        let installation = try PostgresInstallation.find()
        let base = ClusterFolder.base(for: installation)
        ClusterFolder.sweepStale(in: base)
        let folder = try ClusterFolder.create(in: base, owner: owner)
        installation.handOver(folder)
        do {
            let watchdog = try ClusterFolder.startWatchdog(folder: folder, owner: owner)
            let password = randomPassword()
            try initialise(folder: folder, password: password, installation: installation)
            let port = try startServer(folder: folder, installation: installation)
            let cluster = PostgresTestCluster(
                folder: folder, port: port, password: password, watchdog: watchdog, owner: owner,
                installation: installation)
            if postgis {
                do {
                    try cluster.psql(
                        "CREATE DATABASE \(postgisTemplate);\n\\connect \(postgisTemplate)\nCREATE EXTENSION postgis;\n",
                        database: "postgres")
                } catch PostgresTestClusterError.command(_, let status, let output) {
                    throw PostgresTestClusterError.command(
                        step: "creating the PostGIS template database (install postgresql-15-postgis-3 if the "
                            + "extension is missing)", status: status, output: output)
                }
            }
            return cluster
        } catch {
            ClusterFolder.shutDownAndRemove(folder)
            throw error
        }
    }

    private init(
        folder: String, port: Int, password: String, watchdog: pid_t, owner: pid_t, installation: PostgresInstallation
    ) {
        self.folder = folder
        self.port = port
        self.password = password
        self.watchdogPID = watchdog
        self.owner = owner
        self.installation = installation
        LiveClusters.add(folder)
    }

    deinit {
        stop()
    }

    /// Whether ``stop()`` has run.
    public var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// Shuts the server down (immediately: the data is thrown away) and removes the folder. Idempotent.
    public func stop() {
        let wasStopped = state.withLock { value in
            defer { value.stopped = true }
            return value.stopped
        }
        guard !wasStopped else { return }
        ClusterFolder.shutDownAndRemove(folder)
        LiveClusters.remove(folder)
        // The watchdog, a child of this process, ends once the folder is gone (it looks twice a second): reap it,
        // for a zombie child confuses runners that watch this process's children (Swift Testing's exit tests
        // spin on one they did not start).
        _ = Subprocess.waitForExit(watchdogPID, timeoutSeconds: 5)
    }

    /// The server's process id, from `postmaster.pid`, while it runs.
    public var serverPID: pid_t? {
        ClusterFolder.pid(inFile: folder + "/data/postmaster.pid")
    }

    /// Runs SQL with `psql` through the unix socket as the superuser and returns its unaligned, tuples-only output.
    ///
    /// `psql` stops at the first error (`ON_ERROR_STOP`). This is the harness's own channel to the server,
    /// independent of the code under test.
    /// - Throws: ``PostgresTestClusterError/command(step:status:output:)`` with psql's message.
    @discardableResult
    public func psql(_ sql: String, database: String) throws -> String {
        let arguments = [
            "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", "\(port)", "-U", superuser,
            "-d", database, "-f", "-",
        ]
        let result = try Subprocess.run(
            installation.binDirectory + "/psql", arguments, environment: Subprocess.cleanEnvironment, input: sql)
        guard result.status == 0 else {
            throw PostgresTestClusterError.command(step: "psql on \(database)", status: result.status, output: result.error)
        }
        return result.output
    }

    /// Creates a database with a fresh name, with the PostGIS extension (copied from a template) or empty.
    ///
    /// - Throws: ``PostgresTestClusterError`` with psql's message.
    public func createDatabase(postgis: Bool = true) throws -> PostgresTestDatabase {
        let number = state.withLock { value in
            value.databases += 1
            return value.databases
        }
        let name = "kume_test_\(number)"
        let template = postgis ? Self.postgisTemplate : "template0"
        try psql("CREATE DATABASE \(name) TEMPLATE \(template);\n", database: "postgres")
        return PostgresTestDatabase(
            name: name, socketFolder: folder, port: port, user: superuser, password: password)
    }

    /// Drops a database, closing its connections first.
    ///
    /// - Throws: ``PostgresTestClusterError`` with psql's message.
    public func dropDatabase(_ database: PostgresTestDatabase) throws {
        try psql("DROP DATABASE IF EXISTS \(database.name) WITH (FORCE);\n", database: "postgres")
    }

    /// Runs `body` with a new database and drops the database afterwards, also when `body` throws.
    ///
    /// - Throws: What `body` throws, or why the database could not be created.
    public func withDatabase<Result>(
        postgis: Bool = true, _ body: (PostgresTestDatabase) async throws -> Result
    ) async throws -> Result {
        let database = try createDatabase(postgis: postgis)
        do {
            let result = try await body(database)
            try dropDatabase(database)
            return result
        } catch {
            try? dropDatabase(database)
            throw error
        }
    }

    /// A random 32-character hexadecimal password.
    private static func randomPassword() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let text = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined().prefix(32).description
    }
}

/// The shared cluster, started once per process on first use.
private let sharedCluster = Result<PostgresTestCluster, any Error> { try PostgresTestCluster.start() }
