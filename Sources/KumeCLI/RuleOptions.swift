import ArgumentParser
import Foundation
import Kume

/// The options that say which rules apply, shared by `check` and `batch`.
struct RuleOptions: ParsableArguments {
    @Option(help: "The call: \(Call.builtInIDs.joined(separator: ", ")), or a call file (JSON).")
    var call: String = "2017-3"

    @Option(help: "The main activity as NACE codes, e.g. 29,22.1 (default: inferred from committed firms).")
    var mainActivity: String?

    @Option(help: "The application date (YYYY-MM-DD), for the deadline check.")
    var appliedOn: String?

    @Option(help: "Language of the text and Markdown reports (en, tr).")
    var lang: VerdictReport.Language = .english

    func validate() throws {
        if let appliedOn, CalendarDate(iso: appliedOn) == nil {
            throw ValidationError("'--applied-on \(appliedOn)' is not a date: write it as YYYY-MM-DD, e.g. 2017-08-01")
        }
    }

    /// The check's options from these and the geography's; the caller adds plans, reference and boundaries.
    /// - Throws: ``InputError`` for an unknown call or main activity.
    func checkOptions(geography: GeographyMethod) throws -> ClusterCheck.Options {
        let selected = FileManager.default.fileExists(atPath: call) ? try Call.load(path: call) : try Call.builtIn(id: call)
        return ClusterCheck.Options(
            call: selected,
            mainActivity: try mainActivity.map { try MainActivity.parse($0) },
            appliedOn: appliedOn.flatMap(CalendarDate.init(iso:)),
            geography: geography)
    }
}
