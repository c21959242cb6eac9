import ArgumentParser
import Foundation
import Kume

/// `kume batch`: `kume check` over every roster in a folder, in one process, with a summary table.
struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every roster in a folder and write one report per roster plus summary.csv.",
        discussion: """
            Rosters are the folder's .csv, .tsv, .txt, .geojson and .json files (not hidden files, not \
            subfolders). A file NAME-plans.csv is not a roster: it holds the business plans of NAME.csv (or \
            NAME.geojson) and turns on its budget check. Each roster gets OUTDIR/FILE.json, .md or .txt (with \
            --maps also OUTDIR/FILE.geojson); OUTDIR/summary.csv has one row per roster: file, eligible, \
            each check's status, and the error for bad input. Rosters are read one at a time, so memory does \
            not grow with their number. Exit status 0 when every roster was checked (eligible or not), \
            2 when any was bad input (the others are still checked and written).
            """
    )

    @Argument(help: "The folder of rosters.")
    var folder: String

    @Option(name: [.short, .customLong("output")], help: "The folder for the reports and summary.csv (created if missing).")
    var output: String

    @Option(help: "Format of each roster's report file.")
    var report: Check.ReportFormat = .json

    @Flag(help: "Also write each roster's map as OUTDIR/FILE.geojson.")
    var maps = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var places: BoundaryOptions

    /// The suffix of a business-plans file that belongs to the roster with the same stem.
    static let plansSuffix = "-plans.csv"

    /// The extensions read as rosters.
    static let rosterExtensions: Set<String> = ["csv", "tsv", "txt", "geojson", "json"]

    func validate() throws {
        let input = URL(fileURLWithPath: folder).standardizedFileURL.path
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        if input == outputFolder {
            throw ValidationError("'--output \(output)' is the roster folder: give another folder, so reports are not read as rosters")
        }
    }

    func run() async throws {
        let rosters = try Self.rosterFiles(in: folder)
        try Self.prepareOutputFolder(output)
        var options = try rules.checkOptions(geography: geography.geographyMethod)
        options.boundaries = try places.load(provinces: geography.geographyMethod.needsProvincePolygons)
        var summary = Summary()
        let summaryPath = URL(fileURLWithPath: output).appendingPathComponent("summary.csv").path
        // Rewritten (atomically) after every roster: whatever stops the run, summary.csv holds every roster
        // checked so far, and every error a roster raised is one row's `error`, never the end of the run.
        try AtomicFile.write(summary.csv, to: summaryPath)
        for name in rosters {
            let row = await checkOne(name: name, options: options)
            if let error = row.error {
                FileHandle.standardError.write(Data("kume: \(error)\n".utf8))
            }
            summary.append(row)
            try AtomicFile.write(summary.csv, to: summaryPath)
        }
        // Shown as the user wrote the folder, not as the absolute path the URL resolves to.
        let shownPath = output.hasSuffix("/") ? output + "summary.csv" : output + "/summary.csv"
        print(summary.line(folder: folder, summaryPath: shownPath))
        if summary.badInput > 0 { throw ExitCode(2) }
    }

    /// Checks one roster and writes its report (and map); a failure becomes the row's error.
    private func checkOne(name: String, options: ClusterCheck.Options) async -> Summary.Row {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        do {
            var options = options
            let plansPath = Self.plansPath(forRoster: path)
            if FileManager.default.fileExists(atPath: plansPath) {
                options.plans = try PlanTable.read(path: plansPath)
            }
            let outcome = try await ClusterCheck.run(try RosterReader.read(path: path), options: options)
            let reportPath = URL(fileURLWithPath: output).appendingPathComponent("\(name).\(report.fileExtension)").path
            let text: String
            switch report {
            case .text: text = VerdictReport.text(outcome.verdict, language: rules.lang)
            case .json: text = VerdictReport.json(outcome.verdict) + "\n"
            case .markdown: text = VerdictReport.markdown(outcome.verdict, language: rules.lang)
            }
            try AtomicFile.write(text, to: reportPath)
            if maps, let map = try ClusterMap.geoJSON(outcome) {
                try AtomicFile.write(map, to: URL(fileURLWithPath: output).appendingPathComponent("\(name).geojson").path)
            }
            return .init(file: name, verdict: outcome.verdict)
        } catch {
            return .init(file: name, error: String(describing: error))
        }
    }

    /// The roster files of a folder, sorted by name (bytewise, so the order is the same everywhere).
    static func rosterFiles(in folder: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("'\(folder)' is not a folder: give the folder that holds the rosters")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { name in
            guard !name.hasPrefix("."), !name.lowercased().hasSuffix(plansSuffix) else { return false }
            let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
            guard rosterExtensions.contains(ext) else { return false }
            var isSubfolder: ObjCBool = false
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isSubfolder) && !isSubfolder.boolValue
        }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// `NAME-plans.csv` beside `NAME.csv`.
    static func plansPath(forRoster path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().path + plansSuffix
    }

    /// Creates the output folder when missing (its parent must exist).
    static func prepareOutputFolder(_ output: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw ValidationError("'--output \(output)' is a file: give a folder for the reports")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: false)
        } catch {
            throw AtomicFile.WriteError(path: output, reason: "the folder cannot be created; does its parent exist?")
        }
    }
}

extension Check.ReportFormat {
    /// The file extension of a report in this format.
    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        }
    }
}

extension Batch {
    /// The summary table: one row per roster, in the order checked.
    struct Summary {
        /// One roster's outcome: its verdict, or the error that stopped it.
        struct Row {
            var file: String
            var eligible: Bool?
            var statuses: [CheckID: CheckStatus] = [:]
            var error: String?

            init(file: String, verdict: Verdict) {
                self.file = file
                eligible = verdict.eligible
                for check in verdict.checks { statuses[check.id] = check.status }
            }

            init(file: String, error: String) {
                self.file = file
                self.error = error
            }
        }

        private(set) var rows: [Row] = []
        private(set) var eligibleCount = 0
        private(set) var notEligible = 0
        private(set) var badInput = 0

        mutating func append(_ row: Row) {
            switch row.eligible {
            case true?: eligibleCount += 1
            case false?: notEligible += 1
            case nil: badInput += 1
            }
            rows.append(row)
        }

        /// `file,eligible,<check ids…>,error`; `eligible` is `yes`, `no`, or empty for bad input.
        var csv: String {
            var lines = [(["file", "eligible"] + CheckID.allCases.map(\.rawValue) + ["error"]).joined(separator: ",")]
            for row in rows {
                let eligible = row.eligible.map { $0 ? "yes" : "no" } ?? ""
                let statuses = CheckID.allCases.map { row.statuses[$0]?.rawValue ?? "" }
                let fields = [row.file, eligible] + statuses + [row.error ?? ""]
                lines.append(fields.map(Self.field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }

        /// The line printed at the end of a run.
        func line(folder: String, summaryPath: String) -> String {
            "\(rows.count) rosters in \(folder): \(eligibleCount) eligible, \(notEligible) not eligible, "
                + "\(badInput) bad input — summary in \(summaryPath)"
        }

        /// An RFC 4180 field: quoted when it holds a comma, a quote or a line break.
        static func field(_ text: String) -> String {
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
