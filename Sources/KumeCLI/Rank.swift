import ArgumentParser
import Foundation
import Kume

/// `kume rank`: ranks sectors (for LQ and star ratings, region × sector cells) of a regions × sectors
/// matrix by a measure.
struct Rank: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank sectors by a concentration measure.",
        discussion: """
            Ranks the sectors of a registry (aggregated by province and --level) or of a long table \
            region,sector,value (--matrix), most concentrated first. The default measure is Ellison–Glaeser \
            γ, which discounts the concentration a few plants would show by chance (from a registry each firm \
            is a plant; with --matrix, give --plants, or the default falls back to locational-gini). Sectors \
            with fewer than --min-firms firms are left out (registry only). For lq and stars the rows are \
            region × sector cells with at least --min-firms firms and --min-employment employees, each with \
            its firm count; stars is the European Cluster Observatory's rating (size, specialisation LQ ≥ 2, \
            focus; one star each). Measure names are case-insensitive.
            """
    )

    @OptionGroup var input: MatrixInputOptions

    @Option(help: "The concentration measure: eg (default), lq, stars, herfindahl, gini, locational-gini, hoover.")
    var measure: SectorRanking.Measure?

    @Option(help: "A plant table region,sector,employment (one line per plant), for eg on a --matrix.")
    var plants: String?

    @Option(help: "Leave out sectors (lq, stars: region × sector cells) with fewer firms (default \(SectorRanking.Settings.defaultMinimumFirms); registry only).")
    var minFirms: Int?

    @Option(help: "lq, stars: leave out cells with fewer employees (default \(Int(SectorRanking.Settings.defaultMinimumEmployment)); not with --weight firms).")
    var minEmployment: Double?

    @Option(help: "Output format.")
    var format: MeasureTable.Format = .table

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @Option(help: "Write a map of the provinces with --sector's value, total and LQ (needs the district polygons): .geojson, .gpkg/.fgb (layer 'provinces'), PostGIS ('PG:dbname=…', table kume_provinces, see --layer-prefix), or a page with an SVG choropleth of LQ and the provinces' table (.html).")
    var map: String?

    @OptionGroup var postgis: PostGISOutputOptions

    @Option(help: "Only this sector's rows (a label of the matrix, e.g. 29 at --level division); the sector --map draws.")
    var sector: String?

    @OptionGroup var places: BoundaryOptions

    func validate() throws {
        try input.requireInput()
        if map != nil, sector == nil { throw ValidationError("--map needs --sector, the sector to map (e.g. --sector 29)") }
        try postgis.validate(output: map, option: "--map")
        if let map { try MapOutput.validate(map, option: "--map", alsoAllowed: [".html"], postgis: postgis) }
        if map == nil, places.boundaries != nil || places.noBoundaries {
            throw ValidationError("--boundaries and --no-boundaries are only used by --map")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; give --top 10, for example") }
        if let minFirms {
            guard minFirms >= 0 else { throw ValidationError("'--min-firms \(minFirms)' must be 0 or more") }
            if input.matrix != nil {
                throw ValidationError("--min-firms needs firm counts, which a --matrix does not give; drop it, or rank a registry")
            }
        }
        if let minEmployment {
            guard minEmployment >= 0, minEmployment.isFinite else {
                throw ValidationError("'--min-employment \(minEmployment)' must be 0 or more")
            }
            if input.matrix == nil, input.weight == .firms {
                throw ValidationError("--min-employment does not apply with --weight firms; use --min-firms")
            }
            if let measure, measure != .lq, measure != .stars {
                throw ValidationError("--min-employment applies to lq and stars cells; use --min-firms for \(measure.rawValue)")
            }
        }
        if let measure, measure != .eg, plants != nil {
            throw ValidationError("--plants is only used by --measure eg; drop it or add --measure eg")
        }
        if plants != nil, input.registry != nil {
            throw ValidationError("--plants goes with --matrix; a registry's firms are its plants")
        }
        if measure == .eg, input.matrix != nil, plants == nil {
            throw ValidationError("--measure eg on a --matrix needs plant sizes; give --plants FILE with region,sector,employment per plant")
        }
    }

    func run() async throws {
        let loaded = try await input.load()
        let matrix = loaded.matrix
        let measure = self.measure ?? (loaded.plantsBySector != nil || plants != nil ? .eg : .locationalGini)
        if self.measure == nil, measure != .eg {
            StandardError.line("kume: a --matrix gives no plants, so sectors are ranked by locational-gini; give --plants FILE for Ellison–Glaeser γ")
        }
        var plantsBySector = loaded.plantsBySector ?? [:]
        if let plants { plantsBySector = try Self.readPlants(plants, matrix: matrix) }
        let ranking = SectorRanking.Input(
            matrix: matrix, firmCounts: loaded.firmCounts, plantsBySector: plantsBySector,
            valuesAreEmployment: input.matrix != nil || input.weight == .employment)
        let settings = SectorRanking.Settings(
            minimumFirms: minFirms ?? SectorRanking.Settings.defaultMinimumFirms,
            minimumEmployment: minEmployment ?? SectorRanking.Settings.defaultMinimumEmployment,
            sector: sector, top: top)
        if let sector, matrix.sectorIndex(of: sector) == nil {
            throw ValidationError("sector \"\(sector)\" is not in the matrix; use one of its sector labels")
        }
        if let map { try MapOutput.checkWritable(map) }
        let result = try SectorRanking.table(ranking, measure: measure, settings: settings)
        if result.leftOut > 0 {
            let what = measure == .lq || measure == .stars ? "region × sector cells" : "sectors"
            StandardError.line("kume: \(result.leftOut) \(what) below the minimum counts left out (--min-firms \(settings.minimumFirms)"
                + (ranking.valuesAreEmployment && (measure == .lq || measure == .stars) ? ", --min-employment \(NumberText.plain(settings.minimumEmployment))" : "") + ")")
        }
        if let map, let sector {
            guard let boundaries = try places.load(provinces: true) else {
                throw ValidationError("--map needs Türkiye's district polygons: run scripts/fetch-boundaries")
            }
            let display = try boundaries.simplifiedForDisplay()
            if map.lowercased().hasSuffix(".html") {
                let page = ProvinceChoroplethPage(
                    display: display, matrix: matrix, sector: sector,
                    valueName: ranking.valuesAreEmployment ? "employees" : "firms",
                    provenance: try ReportProvenance.of(
                        files: [input.registry.map { ("registry", $0) }, input.matrix.map { ("matrix", $0) }].compactMap { $0 },
                        arguments: Array(CommandLine.arguments.dropFirst()), boundariesSource: places.loadedFrom))
                try AtomicFile.write(try page.document().render(), to: map)
                StandardError.line("kume: map of \(display.boundaries.provinces.count) provinces written to \(map)")
            } else {
                let features = RegionMap.provinces(display: display, matrix: matrix, sector: sector)
                var written = [map]
                if let files = try MapOutput.writeGIS([FeatureLayer(name: "provinces", features: features)], to: map, postgis: postgis) {
                    written = files
                } else {
                    try AtomicFile.write(try GeoJSONWriter().featureCollection(features), to: map)
                }
                StandardError.line("kume: map of \(features.count) provinces written to \(written.joined(separator: ", "))")
            }
        }
        // With --map the file is the answer asked for: the table is not dumped beside it.
        if map == nil { print(result.table.rendered(format), terminator: "") }
    }

    static func readPlants(_ path: String, matrix: RegionSectorMatrix) throws -> [String: [EllisonGlaeser.Plant]] {
        let rows = try RegionSectorTableReader.readRows(text: try InputFile.text(path, kind: "plant table", format: "UTF-8 CSV"), file: path)
        var out: [String: [EllisonGlaeser.Plant]] = [:]
        var issues: [InputIssue] = []
        for row in rows {
            guard let region = matrix.regionIndex(of: row.region) else {
                issues.append(InputIssue(file: path, line: row.line, column: 1,
                                         problem: "region \"\(row.region)\" is not in the matrix",
                                         remedy: "use the region labels of --matrix"))
                continue
            }
            out[row.sector, default: []].append(EllisonGlaeser.Plant(region: region, employment: row.value))
        }
        guard issues.isEmpty else { throw InputError(issues: issues) }
        return out
    }
}

extension SectorRanking.Measure: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
extension MeasureTable.Format: ExpressibleByArgument {}
extension RegionSectorMatrix.Weighting: ExpressibleByArgument {}
