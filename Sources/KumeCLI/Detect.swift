import ArgumentParser
import Foundation
import Kume
import KumeGeo

/// `kume detect`: candidate clusters from a firm registry.
struct Detect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find candidate clusters in a firm registry.",
        discussion: """
            Clusters the registry's firms of each sector (DBSCAN or HDBSCAN on a local equal-area projection), \
            builds each cluster's economic geography as `kume check` does, measures its strength against the \
            whole registry, places the institutions of --institutions, and checks it against the call \
            (every firm of the sector counted as a potential committed member). Candidates are ranked by \
            their excess firms: sector firms inside beyond what the registry's average mix predicts. Each is \
            tested against that mix (binomial, Holm-adjusted over all candidates); only those significant at \
            5 % are shown unless --all. Without --institutions, chamber and university are unknown.
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case dbscan, hdbscan }

    /// Where the clustering runs.
    enum Engine: String, ExpressibleByArgument, CaseIterable { case kume, postgis }

    /// How the candidates are printed on standard output.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

    @Argument(help: "The registry: CSV, .xlsx, .ods, GeoPackage, Shapefile or FlatGeobuf with the roster's columns (type defaults to firm), or a PostGIS table 'PG:dbname=… tables=firms'.")
    var registry: String

    @OptionGroup var sheet: SheetOption

    @Option(help: "With a PG: registry: an SQL query giving the rows (run in a read-only transaction) instead of tables=.")
    var sql: String?

    @Option(help: "A sector group clustered together, as NACE codes: 29 or 29,22.1,25.")
    var sector: String?

    @Option(help: "Without --sector: cluster every code at this level (section, division, group, class).")
    var level: NaceCode.Level = .division

    @Option(help: "Clustering method.")
    var method: Method = .dbscan

    @Option(help: "Where DBSCAN runs: kume, or postgis (ST_ClusterDBSCAN inside the database of a PG: registry, in the same projection, with the same clusters).")
    var engine: Engine = .kume

    @Option(name: .customLong("eps-km"), help: "DBSCAN: neighbourhood radius in kilometres (default 2).")
    var epsKilometresOption: Double?

    @Option(name: .customLong("min-firms"), help: "DBSCAN: firms within the radius (counting the firm itself) that make a core firm (default 10).")
    var minFirmsOption: Int?

    @Option(name: .customLong("min-cluster-size"), help: "HDBSCAN: the smallest cluster, in firms (default 20).")
    var minClusterSizeOption: Int?

    @Flag(help: "HDBSCAN: a sector's firms may form one single cluster (hdbscan's allow_single_cluster); its members are the firms of its densest core.")
    var allowSingleCluster = false

    @Flag(help: "Also list candidates whose concentration is not significant.")
    var all = false

    var epsKilometres: Double { epsKilometresOption ?? 2 }
    var minFirms: Int { minFirmsOption ?? 10 }
    var minClusterSize: Int { minClusterSizeOption ?? 20 }

    @Option(help: "Clusters with fewer firms are not made candidates (default: the call's minimum of committed firms).")
    var minCandidateFirms: Int?

    @Option(help: "Institutions (chambers, universities, zones…) as a roster file, placed against each candidate.")
    var institutions: String?

    @Option(name: .customLong("near-km"), help: "List institutions within this distance of a candidate, in kilometres.")
    var nearKilometres: Double = 10

    @Option(help: "The call for the pre-eligibility verdict: \(Call.builtInIDs.joined(separator: ", ")), or a file.")
    var call: String = "2017-3"

    @Option(help: "CRS of planar x, y columns (e.g. EPSG:32636); not needed for lat/lon.")
    var crs: String?

    @Option(name: [.short, .customLong("output")], help: "Write the candidates as GeoJSON (.geojson), a GeoJSON text sequence (.geojsons), a GeoPackage/FlatGeobuf (.gpkg, .fgb) with the candidates and (--with-firms) their firms as layers, or those layers as PostGIS tables ('PG:dbname=…', see --layer-prefix).")
    var output: String?

    @OptionGroup var postgis: PostGISOutputOptions

    @Flag(help: "Also write each candidate's firms as points (in the GeoJSON, or as a layer 'firms').")
    var withFirms = false

    @Option(help: "Write the candidate table as CSV to this file.")
    var csv: String?

    @Option(help: "text: the terminal table; html: one self-contained page with the candidates on a map of Türkiye's provinces and their table.")
    var format: Format = .text

    @Option(help: "Show at most this many candidates in the terminal table (0: all); the headline counts all.")
    var top: Int = 20

    @Option(help: "Concave-hull ratio of each candidate's geography: 1 is the convex hull, 0 the most concave.")
    var concavity: Double = GeographyParameters().concavity

    @Option(name: .customLong("buffer-km"), help: "Buffer around each candidate's hull, in kilometres.")
    var bufferKilometres: Double = GeographyParameters().bufferKilometres

    @Flag(help: "Keep spatial outliers in each candidate's hull.")
    var keepOutliers = false

    var geographyParameters: GeographyParameters {
        GeographyParameters(concavity: concavity, bufferKilometres: bufferKilometres, keepOutliers: keepOutliers)
    }

    @OptionGroup var columns: ColumnOptions

    @OptionGroup var places: BoundaryOptions

    func validate() throws {
        if sql != nil, !PostgresTableSource.isPostgres(registry) {
            throw ValidationError("'--sql' reads a PG: registry; give 'PG:dbname=…' as the registry, or drop --sql")
        }
        if engine == .postgis {
            guard PostgresTableSource.isPostgres(registry) else {
                throw ValidationError("'--engine postgis' clusters inside the registry's database: give a PG: registry ('PG:dbname=… tables=firms'), or drop --engine")
            }
            guard method == .dbscan else {
                throw ValidationError("'--engine postgis' runs DBSCAN (ST_ClusterDBSCAN), not HDBSCAN: use --method dbscan or --engine kume")
            }
        }
        guard epsKilometres > 0, epsKilometres.isFinite else {
            throw ValidationError("'--eps-km \(epsKilometres)' must be above 0: use a radius such as 2 (km)")
        }
        switch method {
        case .dbscan:
            if minClusterSizeOption != nil || allowSingleCluster {
                let flag = minClusterSizeOption != nil ? "--min-cluster-size" : "--allow-single-cluster"
                throw ValidationError("'\(flag)' is for --method hdbscan; DBSCAN takes --eps-km and --min-firms")
            }
        case .hdbscan:
            if epsKilometresOption != nil || minFirmsOption != nil {
                throw ValidationError("'--eps-km' and '--min-firms' are for --method dbscan; HDBSCAN takes --min-cluster-size")
            }
        }
        if withFirms, output == nil { throw ValidationError("'--with-firms' adds the firms to the GeoJSON of -o FILE; give -o candidates.geojson") }
        if nearKilometres != 10, institutions == nil { throw ValidationError("'--near-km' needs --institutions FILE") }
        do {
            try geographyParameters.validate()
        } catch {
            throw ValidationError("\(Setting.flagged(error)) (use --concavity 0…1 and --buffer-km above 0)")
        }
        guard minFirms >= 2 else { throw ValidationError("'--min-firms \(minFirms)' must be at least 2: use e.g. 10") }
        guard minClusterSize >= 2 else {
            throw ValidationError("'--min-cluster-size \(minClusterSize)' must be at least 2: use e.g. 20")
        }
        if let minCandidateFirms, minCandidateFirms < 1 {
            throw ValidationError("'--min-candidate-firms \(minCandidateFirms)' must be at least 1")
        }
        guard nearKilometres >= 0 else { throw ValidationError("'--near-km' must be 0 or more") }
        try postgis.validate(output: output, option: "--output")
        if let output { try MapOutput.validate(output, option: "--output", alsoAllowed: [".geojsons"], postgis: postgis) }
    }

    func run() async throws {
        if let output { try MapOutput.checkWritable(output) }
        if let csv { try AtomicFile.checkWritable(csv) }
        let selectedCall = FileManager.default.fileExists(atPath: call) ? try Call.load(path: call) : try Call.builtIn(id: call)
        var firms = try await RegistryInput.read(
            registry, sql: sql, options: RegistryReader.Options(columnMapping: columns.mapping(), sheet: sheet.sheet))
        if let crs {
            guard firms.coordinateFrame == .planar else {
                throw ValidationError("'--crs' gives the CRS of planar x, y columns, but \(firms.source) has latitude and longitude; drop --crs")
            }
            firms = try firms.convertedToLongitudeLatitude(from: CRS.userInput(crs))
        }
        let partners = try institutions.map { try RosterReader.read(path: $0).members.filter { $0.type != .firm } } ?? []
        let method: ClusteringMethod = switch self.method {
        case .dbscan: .dbscan(try DBSCAN(epsMetres: epsKilometres * 1000, minPoints: minFirms))
        case .hdbscan: .hdbscan(try HDBSCAN(minClusterSize: minClusterSize, allowSingleCluster: allowSingleCluster))
        }
        let sectors: SectorSelection = try sector.map { .group(try MainActivity.parse($0, option: "--sector")) } ?? .each(level)
        var search = CandidateSearch(
            sectors: sectors, method: method, geography: geographyParameters,
            institutionsWithinKilometres: nearKilometres, call: selectedCall,
            boundaries: try places.load(provinces: format == .html),
            minimumFirms: minCandidateFirms)
        search.institutionsGiven = institutions != nil
        if engine == .postgis { search.engine = .postgis(conninfo: try PostgresTableSource(argument: registry, sql: sql).conninfo) }
        let progress = ProgressBar(total: 0, unit: "sector groups")
        let found = try await CandidateFinder.find(registry: firms, institutions: partners, search: search) { done, all in
            progress.update(done, of: all)
        }
        let candidates = all ? found : found.filter(\.significant)
        progress.finish()
        if let output {
            let features = CandidateReport.features(candidates, registry: firms, firms: withFirms)
            var layers = FeatureLayer.split(features, names: ["candidate": "candidates", "firm": "firms"])
            if PostgresTableSource.isPostgres(output) {
                // Every table is written, empty when nothing was found, so no earlier run's rows stay behind.
                for name in ["candidates"] + (withFirms ? ["firms"] : []) where !layers.contains(where: { $0.name == name }) {
                    layers.append(FeatureLayer(name: name, features: []))
                }
            }
            if let written = try MapOutput.writeGIS(layers, to: output, postgis: postgis) {
                if PostgresTableSource.isPostgres(output) { StandardError.line("kume: candidates written to \(written.joined(separator: ", "))") }
            } else {
                let writer = GeoJSONWriter()
                try AtomicFile.write(
                    output.hasSuffix(".geojsons") ? try writer.textSequence(features) : try writer.featureCollection(features),
                    to: output)
            }
        }
        if let csv { try AtomicFile.write(CandidateReport.csv(candidates), to: csv) }
        if format == .html {
            // --top limits the page as it does the table; the headline counts every candidate.
            let page = CandidatesPage(
                candidates: top > 0 ? Array(candidates.prefix(top)) : candidates, tested: found, search: search, registry: firms,
                display: try search.boundaries.map { try $0.simplifiedForDisplay() },
                provenance: try ReportProvenance.of(
                    files: [("registry", registry)] + (institutions.map { [("institutions", $0)] } ?? []),
                    arguments: Array(CommandLine.arguments.dropFirst()), boundariesSource: places.loadedFrom))
            print(try page.document().render(), terminator: "")
            return
        }
        let shown = top > 0 ? Array(candidates.prefix(top)) : candidates
        print(CandidateReport.text(shown, all: found, search: search, registry: firms), terminator: "")
        if shown.count < candidates.count { print("(\(candidates.count - shown.count) more: --top 0 shows all, --csv writes all)") }
    }
}

extension NaceCode.Level: ExpressibleByArgument {}

extension CRS {
    /// A CRS as a user writes it: `EPSG:32636`, a PROJ string, or WKT.
    static func userInput(_ text: String) -> CRS {
        if text.hasPrefix("+") { return .projString(text) }
        if let code = Int(text.uppercased().replacingOccurrences(of: "EPSG:", with: "")) { return .epsg(code) }
        if text.contains("[") { return .wkt(text) }
        return .projString(text)
    }
}
