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
        subcommands: [Read.self, Detect.self, Relatedness.self, Distance.self, Geo.self, Boundaries.self]
    )
}
