/// Why a throwaway PostgreSQL cluster could not be set up or used.
public enum PostgresTestClusterError: Error, CustomStringConvertible, Sendable {
    /// PostgreSQL 15's server programs (`initdb`, `pg_ctl`, `postgres`) were not found.
    case serverNotInstalled(searched: [String])
    /// The cluster runs as `postgres` when the tests run as root, and that user does not exist.
    case serviceUserMissing(String)
    /// A program could not be started at all.
    case launch(command: String, reason: String)
    /// A program ran and failed.
    case command(step: String, status: Int32, output: String)
    /// A program did not end within its time limit, and was killed.
    case timedOut(step: String, seconds: Double)

    /// What went wrong and what to do, one line (a failed program's output follows on the next lines).
    public var description: String {
        switch self {
        case .serverNotInstalled(let searched):
            return "PostgreSQL 15 server programs not found (looked in \(searched.joined(separator: ", "))) — "
                + "install postgresql-15 and postgresql-15-postgis-3 (scripts/setup postgresql-15 "
                + "postgresql-15-postgis-3, or scripts/test), or set KUME_TEST_PG_BIN to the folder holding initdb"
        case .serviceUserMissing(let user):
            return "the tests run as root, so the throwaway cluster must run as '\(user)', which does not exist — "
                + "install postgresql-15 (its package creates the user) or run the tests as an ordinary user"
        case .launch(let command, let reason):
            return "could not start \(command): \(reason) — check that the program exists and is executable"
        case .timedOut(let step, let seconds):
            return "\(step) did not end within \(Int(seconds)) s and was killed — check that the machine is not "
                + "overloaded and that nothing else holds the cluster's folder or port"
        case .command(let step, let status, let output):
            return "\(step) failed with status \(status) — see its output below\n\(output)"
        }
    }
}
