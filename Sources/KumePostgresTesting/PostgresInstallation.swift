import Foundation

/// Where PostgreSQL 15's server programs are, and which user runs them.
///
/// PostgreSQL refuses to run as root, so when the tests run as root (as CI does) every server program runs as the
/// `postgres` user (created by Debian's `postgresql-15` package) through `runuser`; otherwise as the current user.
struct PostgresInstallation: Sendable {
    /// The folder holding `initdb`, `pg_ctl`, `postgres` and `psql`.
    let binDirectory: String
    /// The user the server runs as, or nil for the current user.
    let serviceUser: String?
    /// The service user's numeric ids, when there is a service user.
    let serviceIDs: (uid: uid_t, gid: gid_t)?
    /// `runuser`'s path, when there is a service user.
    let runuser: String?

    /// The places searched for the server programs, in order: `KUME_TEST_PG_BIN`, then Debian's folder.
    static var searchedFolders: [String] {
        var folders: [String] = []
        if let custom = ProcessInfo.processInfo.environment["KUME_TEST_PG_BIN"], !custom.isEmpty {
            folders.append(custom)
        }
        folders.append("/usr/lib/postgresql/15/bin")
        return folders
    }

    /// Finds the programs and decides the user.
    ///
    /// - Throws: ``PostgresTestClusterError/serverNotInstalled(searched:)`` or
    ///   ``PostgresTestClusterError/serviceUserMissing(_:)``.
    static func find() throws -> PostgresInstallation {
        let fileManager = FileManager.default
        guard let bin = searchedFolders.first(where: { folder in
            ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy {
                fileManager.isExecutableFile(atPath: folder + "/" + $0)
            }
        }) else {
            throw PostgresTestClusterError.serverNotInstalled(searched: searchedFolders)
        }
        guard geteuid() == 0 else {
            return PostgresInstallation(binDirectory: bin, serviceUser: nil, serviceIDs: nil, runuser: nil)
        }
        let user = "postgres"
        guard let entry = getpwnam(user) else { throw PostgresTestClusterError.serviceUserMissing(user) }
        let ids = (uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
        let runuserCandidates = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        guard let runuser = runuserCandidates.first(where: { fileManager.isExecutableFile(atPath: $0) }) else {
            throw PostgresTestClusterError.launch(
                command: "runuser", reason: "not found in \(runuserCandidates.joined(separator: ", ")) (util-linux)")
        }
        return PostgresInstallation(binDirectory: bin, serviceUser: user, serviceIDs: ids, runuser: runuser)
    }

    /// Runs one of the server programs as the service user (or as this user) and waits for it.
    ///
    /// - Parameters:
    ///   - program: `initdb`, `pg_ctl`, ….
    ///   - arguments: Its arguments.
    ///   - step: What the call does, for the error.
    /// - Throws: ``PostgresTestClusterError/command(step:status:output:)`` when it exits non-zero.
    @discardableResult
    func runServerProgram(_ program: String, _ arguments: [String], step: String) throws -> SubprocessResult {
        let path = binDirectory + "/" + program
        let result: SubprocessResult
        if let serviceUser, let runuser {
            result = try Subprocess.run(
                runuser, ["-u", serviceUser, "--", path] + arguments, environment: Subprocess.cleanEnvironment)
        } else {
            result = try Subprocess.run(path, arguments, environment: Subprocess.cleanEnvironment)
        }
        guard result.status == 0 else {
            throw PostgresTestClusterError.command(step: step, status: result.status, output: result.output + result.error)
        }
        return result
    }

    /// Gives a path to the service user (when there is one), so the server can write there.
    func handOver(_ path: String) {
        if let serviceIDs { _ = chown(path, serviceIDs.uid, serviceIDs.gid) }
    }
}
