import Foundation
import Synchronization

extension PostgresTestCluster {
    /// Runs `initdb` in `folder/data` with superuser `kume`, the password from a temporary file, trust on the
    /// unix socket and SCRAM-SHA-256 over TCP, then appends the test settings to `postgresql.conf`.
    static func initialise(folder: String, password: String, installation: PostgresInstallation) throws {
        let passwordFile = folder + "/password"
        _ = FileManager.default.createFile(
            atPath: passwordFile, contents: Data((password + "\n").utf8), attributes: [.posixPermissions: 0o600])
        installation.handOver(passwordFile)
        defer { try? FileManager.default.removeItem(atPath: passwordFile) }
        try installation.runServerProgram(
            "initdb",
            [
                "-D", folder + "/data", "-U", "kume", "--pwfile=" + passwordFile, "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions",
            ],
            step: "initdb")
        let settings = """

            # Throwaway test cluster: loopback only, socket in its own folder, no durability.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = '\(folder.replacingOccurrences(of: "'", with: "''"))'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 60
            logging_collector = off

            """
        let configuration = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/data/postgresql.conf"))
        defer { try? configuration.close() }
        try configuration.seekToEnd()
        try configuration.write(contentsOf: Data(settings.utf8))
    }

    /// Starts the server on a free loopback port, trying another port (up to five times) when another process took
    /// the one chosen between the check and the start.
    ///
    /// - Returns: The port.
    static func startServer(folder: String, installation: PostgresInstallation) throws -> Int {
        let log = folder + "/server.log"
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = try freeLoopbackPort()
            do {
                try installation.runServerProgram(
                    "pg_ctl", ["-D", folder + "/data", "-l", log, "-o", "-p \(port)", "-w", "-t", "60", "start"],
                    step: "pg_ctl start")
                return port
            } catch {
                lastError = error
                let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                guard text.contains("could not bind") || text.contains("already in use") else {
                    throw PostgresTestClusterError.command(
                        step: "starting the server", status: 1, output: "\(error)\n\(text)")
                }
            }
        }
        throw lastError ?? PostgresTestClusterError.command(step: "starting the server", status: 1, output: "")
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now (bound to port 0, read back, released).
    static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else {
            throw PostgresTestClusterError.launch(command: "socket()", reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            throw PostgresTestClusterError.launch(
                command: "bind(127.0.0.1:0)", reason: String(cString: strerror(errno)))
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The folders of the clusters this process started and has not stopped, shut down at normal exit.
enum LiveClusters {
    private static let folders = Mutex<Set<String>>([])
    private static let exitHook: Void = {
        atexit { LiveClusters.stopAll() }
    }()

    /// Records a started cluster (and installs the exit hook once).
    static func add(_ folder: String) {
        _ = exitHook
        folders.withLock { _ = $0.insert(folder) }
    }

    /// Forgets a stopped cluster.
    static func remove(_ folder: String) {
        folders.withLock { _ = $0.remove(folder) }
    }

    /// Shuts down and removes every live cluster.
    static func stopAll() {
        let all = folders.withLock { value in
            defer { value.removeAll() }
            return value
        }
        for folder in all { ClusterFolder.shutDownAndRemove(folder) }
    }
}
