import ArgumentParser
import Kume

/// The root `kume` command: it only declares the subcommands.
@main
struct KumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kume",
        abstract: "Geography and membership of industrial clusters.",
        discussion: """
            Checks a cluster application's roster against a call's rules, computes a cluster's economic \
            geography, and measures the concentration and relatedness of sectors.
            """,
        version: KumeInfo.versionLine,
        subcommands: [Pattern.self]
    )
}
