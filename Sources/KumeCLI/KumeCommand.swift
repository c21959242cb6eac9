import ArgumentParser
import Foundation
import Kume

/// The root `kume` command: it declares the subcommands and maps failures to exit statuses.
@main
struct KumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kume",
        abstract: "Geography and membership of industrial clusters.",
        discussion: """
            Checks a cluster application's roster against a call's rules, computes a cluster's economic \
            geography, and measures the concentration and relatedness of sectors.

            Exit status: 0 success (an eligible application), 1 not eligible, 2 bad input or usage.
            """,
        version: KumeInfo.versionLine,
        subcommands: [Check.self, Geography.self, Detect.self, Synth.self, Rank.self, Related.self, Pattern.self, Batch.self, Portfolio.self]
    )

    /// Runs the command line; bad usage and bad input exit with status 2 and a message on standard error.
    static func main() async {
        SignalCleanup.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands
        if let message = UsageHelp.unknownCommand(arguments, commands: commands) {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let code = exitCode(for: error)
            if code == .success { Self.exit(withError: error) }  // --help, --version
            let message = code == .validationFailure
                ? UsageHelp.improved(fullMessage(for: error), arguments: arguments, commands: commands)
                : Setting.flagged(error)
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
