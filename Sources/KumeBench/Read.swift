import ArgumentParser
import Kume

/// `kume-bench read FILE`: times reading a registry CSV with ``RegistryReader``.
struct Read: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times reading a registry CSV, or a PostGIS table 'PG:… tables=firms' (prints operation,n,seconds).")

    @Argument(help: "The registry CSV file, or a PostGIS source 'PG:dbname=… tables=firms'.")
    var file: String

    @Option(help: "With a PG: source: an SQL query giving the rows instead of tables=.")
    var sql: String?

    @Flag(help: "Parse on the calling thread only (no parallel parts).")
    var sequential = false

    @Option(help: "Parts parsed at once per block (default: the reader's).")
    var parts: Int?

    @Option(help: "Block size in MiB (default: the reader's).")
    var blockMiB: Int?

    mutating func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        var options = RegistryReader.Options()
        if let parts { options.parallelParts = max(1, parts) }
        if let blockMiB { options.blockBytes = max(1, blockMiB) << 20 }
        let registry: Registry
        let postgres = PostgresTableSource.isPostgres(file)
        if postgres {
            guard !sequential else { throw ValidationError("--sequential is for a CSV file; a PG: source is read in parallel") }
            registry = try await RegistryInput.read(file, sql: sql, options: options)
        } else if sql != nil {
            throw ValidationError("--sql reads a PG: source")
        } else if sequential {
            registry = try RegistryReader.read(path: file, options: options)
        } else {
            registry = try await RegistryReader.readConcurrently(path: file, options: options)
        }
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let operation = postgres ? "read_registry_postgres" : sequential ? "read_registry_sequential" : "read_registry"
        print("\(operation),\(registry.count),\(seconds)")
    }
}
