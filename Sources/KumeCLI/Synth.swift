import ArgumentParser
import Foundation
import Kume

/// `kume synth`: a synthetic firm registry on Türkiye's real geography, for demos, tests and benchmarks.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic firm registry (CSV) on Türkiye's real geography.",
        discussion: """
            Firms are placed around the real district points in proportion to population, with real NACE \
            classes and heavy-tailed employment, plus planted clusters where Türkiye's known ones are \
            (data/synthetic/planted_clusters.csv). Every row is SYNTHETIC. The same seed gives the same file.
            """
    )

    @Option(help: "How many firms (1,000 to 1,000,000 are typical).")
    var firms: Int = 10_000

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Flag(help: "Leave out the planted clusters (a registry with no cluster, for control runs).")
    var noPlanted = false

    @Option(name: [.short, .customLong("output")], help: "The CSV file to write.")
    var output: String

    func validate() throws {
        guard firms >= 1 else { throw ValidationError("'--firms \(firms)' must be at least 1: a registry with no firm cannot be searched") }
    }

    func run() throws {
        try AtomicFile.checkWritable(output)
        let registry = try SyntheticRegistry.turkiye(firms: firms, seed: seed, planted: !noPlanted)
        try AtomicFile.write(registry.csv, to: output)
        FileHandle.standardError.write(Data("kume: \(firms) synthetic firms written to \(output)\n".utf8))
    }
}
