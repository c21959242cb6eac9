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
            their excess firms: sector firms inside beyond what the registry's average mix predicts.
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable { case dbscan, hdbscan }

    @Argument(help: "The registry: CSV, .xlsx, .ods, GeoPackage, Shapefile or FlatGeobuf with the roster's columns (type defaults to firm).")
    var registry: String

    @OptionGroup var sheet: SheetOption

    @Option(help: "A sector group clustered together, as NACE codes: 29 or 29,22.1,25.")
    var sector: String?

    @Option(help: "Without --sector: cluster every code at this level (section, division, group, class).")
    var level: NaceCode.Level = .division

    @Option(help: "Clustering method.")
    var method: Method = .dbscan

    @Option(name: .customLong("eps-km"), help: "DBSCAN: neighbourhood radius in kilometres.")
    var epsKilometres: Double = 2

    @Option(help: "DBSCAN: firms within the radius (counting the firm itself) that make a core firm.")
    var minFirms: Int = 10

    @Option(help: "HDBSCAN: the smallest cluster, in firms.")
    var minClusterSize: Int = 20

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

    @Option(name: [.short, .customLong("output")], help: "Write the candidates as GeoJSON (.geojson) or a GeoJSON text sequence (.geojsons).")
    var output: String?

    @Flag(help: "Also write each candidate's firms as points in the GeoJSON.")
    var withFirms = false

    @Option(help: "Write the candidate table as CSV to this file.")
    var csv: String?

    @Option(help: "Show at most this many candidates in the terminal table (0: all).")
    var top: Int = 20

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var places: BoundaryOptions

    func validate() throws {
        guard epsKilometres > 0, epsKilometres.isFinite else {
            throw ValidationError("'--eps-km \(epsKilometres)' must be above 0: use a radius such as 2 (km)")
        }
        guard minFirms >= 2 else { throw ValidationError("'--min-firms \(minFirms)' must be at least 2: use e.g. 10") }
        guard minClusterSize >= 2 else {
            throw ValidationError("'--min-cluster-size \(minClusterSize)' must be at least 2: use e.g. 20")
        }
        if let minCandidateFirms, minCandidateFirms < 1 {
            throw ValidationError("'--min-candidate-firms \(minCandidateFirms)' must be at least 1")
        }
        guard geography.method == .hullBuffer else {
            throw ValidationError("kume detect draws each candidate's geography with hull-buffer; drop --geography provinces")
        }
        guard nearKilometres >= 0 else { throw ValidationError("'--near-km' must be 0 or more") }
        if let output, !(output.hasSuffix(".geojson") || output.hasSuffix(".geojsons") || output.hasSuffix(".json")) {
            throw ValidationError("'--output \(output)' must end in .geojson, or .geojsons for a GeoJSON text sequence")
        }
    }

    func run() async throws {
        for path in [output, csv].compactMap({ $0 }) { try AtomicFile.checkWritable(path) }
        let selectedCall = FileManager.default.fileExists(atPath: call) ? try Call.load(path: call) : try Call.builtIn(id: call)
        var firms = try RegistryReader.read(path: registry, options: RegistryReader.Options(sheet: sheet.sheet))
        if let crs { firms = try firms.convertedToLongitudeLatitude(from: CRS.userInput(crs)) }
        let partners = try institutions.map { try RosterReader.read(path: $0).members.filter { $0.type != .firm } } ?? []
        let method: ClusteringMethod = switch self.method {
        case .dbscan: .dbscan(try DBSCAN(epsMetres: epsKilometres * 1000, minPoints: minFirms))
        case .hdbscan: .hdbscan(try HDBSCAN(minClusterSize: minClusterSize))
        }
        let sectors: SectorSelection = try sector.map { .group(try MainActivity.parse($0, option: "--sector")) } ?? .each(level)
        let search = CandidateSearch(
            sectors: sectors, method: method, geography: geography.parameters,
            institutionsWithinKilometres: nearKilometres, call: selectedCall, boundaries: try places.load(),
            minimumFirms: minCandidateFirms)
        let progress = ProgressBar(total: 0, unit: "sector groups")
        let candidates = try await CandidateFinder.find(registry: firms, institutions: partners, search: search) { done, all in
            progress.update(done, of: all)
        }
        progress.finish()
        if let output {
            let features = CandidateReport.features(candidates, registry: firms, firms: withFirms)
            let writer = GeoJSONWriter()
            try AtomicFile.write(
                output.hasSuffix(".geojsons") ? try writer.textSequence(features) : try writer.featureCollection(features),
                to: output)
        }
        if let csv { try AtomicFile.write(CandidateReport.csv(candidates), to: csv) }
        let shown = top > 0 ? Array(candidates.prefix(top)) : candidates
        print(CandidateReport.text(shown, search: search, registry: firms), terminator: "")
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
