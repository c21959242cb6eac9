import ArgumentParser
import Foundation
import Kume

/// `kume batch`: `kume check` over every roster in a folder, in one process, with a summary table.
struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every roster in a folder and write one report per roster plus summary.csv.",
        discussion: """
            Rosters are the folder's .csv, .tsv, .txt, .geojson and .json files (not hidden files, not \
            subfolders). A file STEM-plans.csv (the suffix in any case) holds the business plans of the roster \
            named STEM with any roster extension, compared ignoring case, and turns on its budget check; one \
            with no such roster is a roster itself unless its header is a plans header, when it is listed as \
            unpaired. Each roster gets OUTDIR/FILE.json, .md, .txt or .html (with --maps also its map: the members in OUTDIR/FILE.geojson, the geography in \
            OUTDIR/FILE-geography.geojson and, with the district polygons, the districts in OUTDIR/FILE-districts.geojson; \
            with --format html also OUTDIR/index.html, the summary table linking every roster's page); \
            OUTDIR/summary.csv has one row per file of the folder: file, kind (roster, plans, skipped), \
            eligible, each check's status, the plans file paired with a roster (or the roster of a plans \
            file), and a note (the error of a bad roster, or why a file was skipped or left unpaired). Every \
            skipped or unpaired file is also listed on standard output. Rosters are read one at a time, so \
            memory does not grow with their number. Exit status 0 when every roster was checked (eligible or \
            not), 2 when any was bad input (the others are still checked and written).
            """
    )

    @Argument(help: "The folder of rosters.")
    var folder: String

    @Option(name: [.short, .customLong("output")], help: "The folder for the reports and summary.csv (created if missing).")
    var output: String

    @Option(help: "Format of each roster's report file.")
    var format: Check.ReportFormat?

    @Option(name: .customLong("report"), help: .hidden)
    var report: Check.ReportFormat?

    @Flag(help: "Also write each roster's map: OUTDIR/FILE.geojson (the members), FILE-geography.geojson and, with the district polygons, FILE-districts.geojson.")
    var maps = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var columns: ColumnOptions

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var places: BoundaryOptions

    /// The report format: `--format`, or its old name `--report`.
    var reportFormat: Check.ReportFormat { format ?? report ?? .json }

    func validate() throws {
        if format != nil, report != nil { throw ValidationError("give --format only ('--report' is its old name)") }
        if geography.declaredGeographyOption != nil {
            throw ValidationError("'--declared-geography' is one application's declaration and batch checks many applications: "
                + "run kume check ROSTER --declared-geography … on each roster")
        }
        let input = URL(fileURLWithPath: folder).standardizedFileURL.path
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        if input == outputFolder {
            throw ValidationError("'--output \(output)' is the roster folder: give another folder, so reports are not read as rosters")
        }
    }

    func run() async throws {
        let files = try Self.folderContents(folder)
        try Self.prepareOutputFolder(output)
        var options = try rules.checkOptions(geography: geography.geographyMethod)
        options.minimumShare = geography.minShare
        options.boundaries = try places.load(provinces: geography.geographyMethod.needsProvincePolygons)
        var summary = Summary()
        var index: [BatchIndexPage.Row] = []
        let summaryPath = URL(fileURLWithPath: output).appendingPathComponent("summary.csv").path
        // Rewritten (atomically) after every roster: whatever stops the run, summary.csv holds every roster
        // checked so far, and every error a roster raised is one row's `note`, never the end of the run.
        try AtomicFile.write(summary.csv, to: summaryPath)
        for roster in files.rosters {
            let row = await checkOne(roster, options: options)
            if let error = row.note {
                FileHandle.standardError.write(Data("kume: \(error)\n".utf8))
            }
            summary.append(row)
            try AtomicFile.write(summary.csv, to: summaryPath)
            index.append(BatchIndexPage.Row(
                file: roster.name, page: row.eligible == nil ? nil : "\(roster.name).html", eligible: row.eligible,
                statuses: row.statuses, robust: row.robust, note: row.note))
        }
        if reportFormat == .html {
            // The index last, so every page it links to exists.
            let page = BatchIndexPage(
                rows: index, folder: folder, call: options.call,
                provenance: ReportProvenance(inputs: [], command: ReportProvenance.command(Array(CommandLine.arguments.dropFirst()))),
                language: rules.lang)
            try AtomicFile.write(try page.document().render(),
                                 to: URL(fileURLWithPath: output).appendingPathComponent("index.html").path)
        }
        for (plans, roster) in files.pairedPlans { summary.append(.init(plans: plans, roster: roster)) }
        for skipped in files.skipped {
            print("skipped \(skipped.name): \(skipped.reason)")
            summary.append(.init(skipped: skipped.name, reason: skipped.reason))
        }
        try AtomicFile.write(summary.csv, to: summaryPath)
        // Shown as the user wrote the folder, not as the absolute path the URL resolves to.
        let shownPath = output.hasSuffix("/") ? output + "summary.csv" : output + "/summary.csv"
        print(summary.line(folder: folder, files: files.fileCount, summaryPath: shownPath))
        if summary.badInput > 0 { throw ExitCode(2) }
    }

    /// Checks one roster and writes its report (and map); a failure becomes the row's note.
    private func checkOne(_ roster: RosterFolder.Roster, options: ClusterCheck.Options) async -> Summary.Row {
        let name = roster.name
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        do {
            var options = options
            if let plans = roster.plans {
                options.plans = try PlanTable.read(path: URL(fileURLWithPath: folder).appendingPathComponent(plans).path)
            }
            let outcome = try await ClusterCheck.run(try RosterReader.read(path: path, options: columns.rosterOptions()), options: options)
            let reportPath = URL(fileURLWithPath: output).appendingPathComponent("\(name).\(reportFormat.fileExtension)").path
            let text: String
            switch reportFormat {
            case .text: text = VerdictReport.text(outcome.verdict, language: rules.lang)
            case .json: text = VerdictReport.json(outcome.verdict) + "\n"
            case .markdown: text = VerdictReport.markdown(outcome.verdict, language: rules.lang)
            case .html:
                let plansPath = roster.plans.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
                text = try batchPage(outcome, rosterPath: path, plansPath: plansPath, boundaries: options.boundaries)
            }
            try AtomicFile.write(text, to: reportPath)
            if maps, let layers = try Check.layers(outcome, boundaries: options.boundaries) {
                try GeoJSONLayers.write(layers, to: URL(fileURLWithPath: output).appendingPathComponent("\(name).geojson").path)
            }
            return .init(file: name, plans: roster.plans, verdict: outcome.verdict)
        } catch {
            return .init(file: name, plans: roster.plans, error: Setting.flagged(error))
        }
    }

    /// One roster's HTML page, its provenance naming the roster (and plans) file and this batch's command.
    private func batchPage(_ outcome: ClusterCheck.Outcome, rosterPath: String, plansPath: String?,
                           boundaries: AdministrativeBoundaries?) throws -> String {
        let provenance = try ReportProvenance.of(
            files: [("roster", rosterPath)] + (plansPath.map { [("plans", $0)] } ?? [])
                + (FileManager.default.fileExists(atPath: rules.call) ? [("call", rules.call)] : []),
            arguments: Array(CommandLine.arguments.dropFirst()), boundariesSource: places.loadedFrom)
        return try CheckReportPage(outcome: outcome, boundaries: boundaries, provenance: provenance,
                                   language: rules.lang).render()
    }

    /// The folder's files, sorted into rosters, paired plans and skipped files.
    static func folderContents(_ folder: String) throws -> RosterFolder {
        do {
            return try RosterFolder(folder: folder)
        } catch {
            throw ValidationError(error.description)
        }
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
        case .html: "html"
        }
    }
}

extension Batch {
    /// The summary table: one row per file of the folder, rosters in the order checked, then the paired
    /// plans files, then the skipped ones.
    struct Summary {
        /// One file: a roster's verdict or the error that stopped it, a paired plans file, or a skipped file.
        struct Row {
            var file: String
            var kind: String
            var eligible: Bool?
            var statuses: [CheckID: CheckStatus] = [:]
            /// Whether the verdict holds under every reading of the geography; `nil` when not assessed.
            var robust: Bool?
            var pairedWith: String?
            var note: String?

            init(file: String, plans: String?, verdict: Verdict) {
                self.file = file
                kind = "roster"
                pairedWith = plans
                eligible = verdict.eligible
                for check in verdict.checks { statuses[check.id] = check.status }
                robust = verdict.checks.contains { $0.robustness != nil } ? verdict.robust : nil
            }

            init(file: String, plans: String?, error: String) {
                self.file = file
                kind = "roster"
                pairedWith = plans
                note = error
            }

            init(plans: String, roster: String) {
                file = plans
                kind = "plans"
                pairedWith = roster
            }

            init(skipped: String, reason: String) {
                file = skipped
                kind = "skipped"
                note = reason
            }
        }

        private(set) var rows: [Row] = []
        private(set) var eligibleCount = 0
        private(set) var notEligible = 0
        private(set) var badInput = 0
        private(set) var plans = 0
        private(set) var skipped = 0

        mutating func append(_ row: Row) {
            switch (row.kind, row.eligible) {
            case ("roster", true?): eligibleCount += 1
            case ("roster", false?): notEligible += 1
            case ("roster", nil): badInput += 1
            case ("plans", _): plans += 1
            default: skipped += 1
            }
            rows.append(row)
        }

        /// `file,kind,eligible,<check ids…>,paired_with,note`; `eligible` is `yes`, `no`, or empty.
        var csv: String {
            var lines = [(["file", "kind", "eligible"] + CheckID.allCases.map(\.rawValue) + ["paired_with", "note"])
                .joined(separator: ",")]
            for row in rows {
                let eligible = row.eligible.map { $0 ? "yes" : "no" } ?? ""
                let statuses = CheckID.allCases.map { row.statuses[$0]?.rawValue ?? "" }
                let fields = [row.file, row.kind, eligible] + statuses + [row.pairedWith ?? "", row.note ?? ""]
                lines.append(fields.map(CSVText.field).joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }

        /// The line printed at the end of a run; its counts add up to the folder's files.
        func line(folder: String, files: Int, summaryPath: String) -> String {
            let rosters = eligibleCount + notEligible + badInput
            return "\(files) file\(files == 1 ? "" : "s") in \(folder): \(rosters) roster\(rosters == 1 ? "" : "s") checked "
                + "(\(eligibleCount) eligible, \(notEligible) not eligible, \(badInput) bad input), "
                + "\(plans) plans file\(plans == 1 ? "" : "s") paired, \(skipped) skipped — summary in \(summaryPath)"
        }
    }
}
