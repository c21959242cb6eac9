import ArgumentParser
import Foundation
import Kume

/// `kume check`: the evaluator's verdict on an application's roster.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an application's roster against a call's rules.",
        discussion: """
            Reads the roster (CSV or GeoJSON), computes the cluster's economic geography, and checks the \
            member types, the chamber, the university, the committed firms of the main activity, and, \
            when given, the budget and the deadline. With --reference, also reports the main activity's \
            location quotient and Kd (Duranton–Overman, r 0–50 km, global envelope of random labellings \
            at 5 %) among the registry's firms inside the geography: evidence, never part of eligibility. \
            --format html (or --report-file FILE) writes one self-contained page to attach: the verdict, the map, \
            the checks with their evidence, the provinces and members, and how to reproduce it; print it to PDF \
            with: chromium --headless --no-pdf-header-footer --print-to-pdf=report.pdf report.html. \
            Exit status 0 eligible, 1 not eligible, 2 bad input.
            """
    )

    /// How the verdict is printed on standard output.
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    @Argument(help: "The roster: CSV (`,`, `;` or tab; UTF-8 or Windows-1254), a GeoJSON FeatureCollection, an .xlsx or .ods workbook, or a GeoPackage, Shapefile or FlatGeobuf layer (told by content), or a PostGIS table 'PG:dbname=… tables=members'.")
    var roster: String

    @OptionGroup var sheet: SheetOption

    @Option(help: "With a PG: roster: an SQL query giving its rows (run in a read-only transaction) instead of tables=.")
    var sql: String?

    @Option(help: "Business plans CSV with columns plan,item,cost,support (TL), for the budget check.")
    var plans: String?

    @Option(name: [.short, .customLong("output")], help: "Write the map: the members, the geography and (with the district polygons) the districts it touches as separate layers: in one .gpkg, or one file each (.geojson/.fgb: the members in the file given, the others beside it as NAME-geography.geojson, NAME-districts.geojson), or as PostGIS tables ('PG:dbname=…', see --layer-prefix).")
    var output: String?

    @OptionGroup var postgis: PostGISOutputOptions

    @Option(help: "Report format on standard output.")
    var format: ReportFormat?

    @Option(name: .customLong("report"), help: .hidden)
    var report: ReportFormat?

    @Option(help: "Also write the HTML report (the page of --format html) to this file (.html).")
    var reportFile: String?

    @Option(help: "A reference registry (all firms of the region): the main activity's LQ and Kd inside the geography and each firm's co-location with it. A file, or a PostGIS table 'PG:dbname=… tables=firms'.")
    var reference: String?

    @Option(name: .customLong("reference-sql"), help: "With a PG: reference: an SQL query giving its rows (run in a read-only transaction) instead of tables=.")
    var referenceSQL: String?

    @Option(help: "With --reference: random labellings for the main activity's Kd envelope (default \(MainActivityKd.Settings.defaultSimulations); 0: no Kd; else at least \(MainActivityKd.Settings.minimumSimulations)).")
    var kdSimulations: Int?

    @Option(help: "With --reference: the seed of the Kd simulations (default \(MainActivityKd.Settings().seed); the same seed gives the same report on any machine).")
    var seed: UInt64?

    @Flag(help: "Do not try the chamber and university checks over the robustness grid (robustness null, robust true): for timing the plain check.")
    var noRobustness = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var columns: ColumnOptions

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var places: BoundaryOptions

    /// The report format: `--format`, or its old name `--report`.
    var reportFormat: ReportFormat { format ?? report ?? .text }

    func validate() throws {
        if format != nil, report != nil { throw ValidationError("give --format only ('--report' is its old name)") }
        if let reportFile, !reportFile.lowercased().hasSuffix(".html"), !reportFile.lowercased().hasSuffix(".htm") {
            throw ValidationError("'--report-file \(reportFile)' must end in .html (the report is an HTML page)")
        }
        if sql != nil, !PostgresTableSource.isPostgres(roster) {
            throw ValidationError("'--sql' reads a PG: roster; give 'PG:dbname=…' as the roster, or drop --sql")
        }
        if referenceSQL != nil, !(reference.map(PostgresTableSource.isPostgres) ?? false) {
            throw ValidationError("'--reference-sql' reads a PG: reference registry; give --reference 'PG:dbname=…' with it")
        }
        try postgis.validate(output: output, option: "--output")
        if let output { try MapOutput.validate(output, option: "--output", postgis: postgis) }
        if reference == nil, kdSimulations != nil || seed != nil {
            throw ValidationError("'--kd-simulations' and '--seed' are only valid with '--reference REGISTRY'")
        }
        let minimum = MainActivityKd.Settings.minimumSimulations
        if let kdSimulations, kdSimulations != 0, kdSimulations < minimum {
            throw ValidationError(
                "'--kd-simulations \(kdSimulations)' must be 0 (no Kd) or at least \(minimum) (a 5 % test needs \(minimum) random labellings)")
        }
    }

    func run() async throws {
        if let output { try MapOutput.checkWritable(output) }
        if let reportFile { try AtomicFile.checkWritable(reportFile) }
        // The inputs first, so bad input is reported before the boundaries and the reference are loaded.
        let members = try RosterInput.read(roster, sql: sql, options: columns.rosterOptions(sheet: sheet.sheet))
        var options = try rules.checkOptions(geography: geography.geographyMethod)
        options.minimumShare = geography.minShare
        options.declaredGeography = try geography.declaredGeography()
        if noRobustness { options.robustnessGrid = nil }
        options.plans = try plans.map { try PlanTable.read(path: $0) }
        if let reference { options.reference = try await RegistryInput.read(reference, sql: referenceSQL) }
        options.boundaries = try places.load(provinces: geography.geographyMethod.needsProvincePolygons)
        let wantsPage = reportFormat == .html || reportFile != nil
        // The inputs' digests are taken before the check, from the bytes that were read.
        let provenance = wantsPage ? try ReportProvenance.of(
            files: [("roster", roster)] + (plans.map { [("plans", $0)] } ?? [])
                + (reference.map { [("reference registry", $0)] } ?? [])
                + (FileManager.default.fileExists(atPath: rules.call) ? [("call", rules.call)] : []),
            arguments: Array(CommandLine.arguments.dropFirst()), boundariesSource: places.loadedFrom) : nil
        let defaults = MainActivityKd.Settings()
        options.kd = kdSimulations == 0 ? nil : MainActivityKd.Settings(
            simulations: kdSimulations ?? defaults.simulations, seed: seed ?? defaults.seed)
        let outcome = try await ClusterCheck.run(members, options: options)
        var written = [output].compactMap { $0 }
        if let output, let layers = try Self.layers(outcome, boundaries: options.boundaries) {
            written = try MapOutput.write(layers, to: output, postgis: postgis)
        }
        let page = try provenance.map { provenance in
            try CheckReportPage(outcome: outcome, boundaries: options.boundaries, provenance: provenance,
                                language: rules.lang).render()
        }
        if let reportFile, let page { try AtomicFile.write(page, to: reportFile) }
        switch reportFormat {
        case .html: print(page ?? "", terminator: "")
        case .text: print(VerdictReport.text(outcome.verdict, language: rules.lang), terminator: "")
        case .json: print(VerdictReport.json(outcome.verdict))
        case .markdown: print(VerdictReport.markdown(outcome.verdict, language: rules.lang), terminator: "")
        }
        if output != nil {
            let note = outcome.geography == nil ? "no map written: no firm has a point"
                : "map written to \(written.joined(separator: ", "))"
            FileHandle.standardError.write(Data("kume: \(note)\n".utf8))
        }
        if !outcome.verdict.eligible { throw ExitCode(1) }
    }
}

extension Check {
    /// The map's layers: the members (with their check columns), the geography, and the districts it touches
    /// when the district polygons are loaded; `nil` without a geography.
    static func layers(_ outcome: ClusterCheck.Outcome, boundaries: AdministrativeBoundaries?) throws -> [FeatureLayer]? {
        guard var layers = ClusterMap.layers(outcome) else { return nil }
        if let shares = outcome.places?.shares, let boundaries {
            layers.append(FeatureLayer(name: "districts", features: try TouchedDistrictsMap.districts(shares, boundaries: boundaries)))
        }
        return layers
    }
}

extension VerdictReport.Language: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "en", "english": self = .english
        case "tr", "turkish", "türkçe": self = .turkish
        default: return nil
        }
    }
}
