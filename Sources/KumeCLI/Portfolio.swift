import ArgumentParser
import Foundation
import Kume

/// `kume portfolio`: the programme's progress indicators over every cluster of a folder.
struct Portfolio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count the programme's progress indicators over every cluster of a folder.",
        discussion: """
            Reads every roster in FOLDER (one per cluster, named by its file name without the extension) and \
            the monitoring table (FOLDER/monitoring.csv or --monitoring: cluster,year,indicator,member_id,value), \
            and gives for the programme and for each cluster, for the year and with the change from the year \
            before: accredited coordinating bodies, active universities, active firms, firms with more \
            cooperation, shared facilities and the firms using them, and new products. The same entity in \
            several clusters counts once: by tax number, else by its name without legal-form words (and, for \
            institutions, its type and province). Every merge and near-miss is listed; --same, --different \
            and --decisions settle them. Exit status 0, or 2 for bad input.
            """
    )

    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, html
    }

    @Argument(help: "The portfolio folder: one roster per cluster, and monitoring.csv.")
    var folder: String

    @Option(help: "The year to review (default: the latest year of the monitoring table).")
    var year: Int?

    @Option(help: "Report format on standard output.")
    var format: Format = .text

    @Option(name: [.short, .customLong("output")], help: "Write the map of the clusters' economic geographies with their indicators: .geojson, or .gpkg/.fgb (layer 'clusters'), or PostGIS ('PG:dbname=…', table kume_clusters, see --layer-prefix).")
    var output: String?

    @OptionGroup var postgis: PostGISOutputOptions

    @Option(help: "The monitoring table (default: FOLDER/monitoring.csv when present).")
    var monitoring: String?

    @Option(help: ArgumentHelp("Two members that are one entity: \"CLUSTER/ID=CLUSTER/ID\" (or a member's name on either side); repeatable.", valueName: "A=B"))
    var same: [String] = []

    @Option(help: ArgumentHelp("Two members that are different entities: \"CLUSTER/ID≠CLUSTER/ID\" (also != or <>); repeatable.", valueName: "A≠B"))
    var different: [String] = []

    @Option(help: "A table of such decisions: first,second,decision (same or different).")
    var decisions: String?

    func validate() throws {
        try postgis.validate(output: output, option: "--output")
        if let output { try MapOutput.validate(output, option: "--output", postgis: postgis) }
        if let year, !(1950...2100).contains(year) {
            throw ValidationError("'--year \(year)' is not a plausible year: write the calendar year, e.g. 2023")
        }
        _ = try parsedDecisions()
    }

    /// The `--same` and `--different` decisions, in the order given.
    private func parsedDecisions() throws -> [EntityDecision] {
        var parsed: [EntityDecision] = []
        for (values, kind) in [(same, EntityDecision.Kind.same), (different, .different)] {
            for value in values {
                switch EntityDecision.parse(value, kind: kind, option: "--\(kind.rawValue)") {
                case .success(let decision): parsed.append(decision)
                case .failure(let error): throw ValidationError(Setting.flagged(error))
                }
            }
        }
        return parsed
    }

    func run() async throws {
        if let output { try MapOutput.checkWritable(output) }
        let folderURL = URL(fileURLWithPath: folder).standardizedFileURL
        let defaultMonitoring = folderURL.appendingPathComponent(PortfolioFolder.monitoringFileName).path
        let monitoringPath = monitoring ?? (FileManager.default.fileExists(atPath: defaultMonitoring) ? defaultMonitoring : nil)
        // Side tables kept in the folder are not rosters.
        let excluded = Set([monitoringPath, decisions].compactMap { path -> String? in
            guard let path else { return nil }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            return url.deletingLastPathComponent().path == folderURL.path ? url.lastPathComponent : nil
        })
        if monitoring != nil, FileManager.default.fileExists(atPath: defaultMonitoring),
           URL(fileURLWithPath: monitoringPath ?? "").standardizedFileURL.path != defaultMonitoring {
            StandardError.line("kume: \(shown(defaultMonitoring)) is not read: --monitoring \(monitoring ?? "") is")
        }
        var settled = try parsedDecisions()
        if let decisions { settled += try EntityDecisionTable.read(path: decisions) }
        let contents = try await PortfolioFolder.read(
            folder: folder, excluding: excluded, monitoring: monitoringPath.map { monitoring ?? shown($0) })
        let clusters = contents.clusters
        let review = try await PortfolioReview.make(
            clusters: clusters, monitoring: contents.monitoring, year: year, decisions: settled)
        // The clusters' geographies, for the map and the HTML page's drawing of it.
        let geographies = output != nil || format == .html ? try await PortfolioMap.geographies(clusters) : []
        var written = [output].compactMap { $0 }
        if let output {
            let layers = [FeatureLayer(name: "clusters",
                                       features: PortfolioMap.features(review, clusters: clusters, geographies: geographies))]
            if let files = try MapOutput.writeGIS(layers, to: output, postgis: postgis) {
                written = files
            } else {
                try AtomicFile.write(try PortfolioMap.geoJSON(review, clusters: clusters, geographies: geographies), to: output)
            }
        }
        switch format {
        case .text: print(PortfolioReport.text(review), terminator: "")
        case .csv: print(PortfolioReport.csv(review), terminator: "")
        case .json: print(PortfolioReport.json(review))
        case .html: print(try PortfolioReport.html(review, geographies: geographies), terminator: "")
        }
        if output != nil { StandardError.line("kume: map written to \(written.joined(separator: ", "))") }
    }

    /// The default monitoring table as the user would write it (FOLDER/monitoring.csv).
    private func shown(_ path: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + PortfolioFolder.monitoringFileName
    }
}
