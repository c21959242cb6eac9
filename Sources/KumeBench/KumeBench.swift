import ArgumentParser

/// `kume-bench`: the kume side of the benchmarks under `scripts/bench/`.
///
/// Each subcommand times one family of operations on a given input and prints one CSV line per
/// operation (`operation,n,seconds`), so the scripts can put kume beside its peers in the same run.
@main
struct KumeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kume-bench",
        abstract: "Times kume's operations for the benchmark scripts under scripts/bench/.",
        subcommands: [Read.self, Detect.self, Relatedness.self, Distance.self, Geo.self, Boundaries.self, GDAL.self]
    )

    /// Parses and runs the subcommand: a synchronous one (`geo`, `gdal`) runs without awaiting anything.
    ///
    /// ArgumentParser's own `main` for an async root makes valgrind 3.19 itself crash at start-up (VALGRIND
    /// INTERNAL ERROR inside libdispatch), even for `--help`; with this one, as with `kume`'s, `scripts/sanitize`
    /// can run the `geo` and `gdal` smoke operations under valgrind.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
