import ArgumentParser
import Foundation
import Kume

/// `kume rank`: ranks sectors (for LQ, region × sector pairs) of a regions × sectors matrix by a measure.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank sectors by a concentration measure.",
        discussion: """
            Reads a long table region,sector,value (employment or firm counts; repeated pairs are summed) and \
            ranks its sectors by the chosen measure, most concentrated first. For lq the rows are the \
            region × sector pairs with a non-zero value. eg (Ellison–Glaeser γ) needs --plants, a table \
            region,sector,employment with one line per plant.
            """
    )

    @OptionGroup var input: MatrixInputOptions

    @Option(help: "The concentration measure to rank by.")
    var measure: SectorRanking.Measure = .lq

    @Option(help: "A plant table region,sector,employment (one line per plant), for --measure eg.")
    var plants: String?

    @Option(help: "Output format.")
    var format: MeasureTable.Format = .table

    @Option(help: "Print only the first N rows.")
    var top: Int?

    @Option(help: "Write a map of the provinces with --sector's value, total and LQ: .geojson, or .gpkg/.fgb (layer 'provinces'); needs the district polygons.")
    var map: String?

    @Option(help: "The sector to map with --map (a label of the matrix, e.g. 29 at --level division).")
    var sector: String?

    @OptionGroup var places: BoundaryOptions

    func validate() throws {
        try input.requireInput()
        if map != nil, sector == nil { throw ValidationError("--map needs --sector, the sector to map (e.g. --sector 29)") }
        if let map { try MapOutput.validate(map, option: "--map") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1; give --top 10, for example") }
        if measure == .eg, plants == nil {
            throw ValidationError("--measure eg needs plant sizes; give --plants FILE with region,sector,employment per plant")
        }
        if measure != .eg, plants != nil {
            throw ValidationError("--plants is only used by --measure eg; drop it or add --measure eg")
        }
    }

    func run() throws {
        let matrix = try input.loadMatrix()
        var plantsBySector: [String: [EllisonGlaeser.Plant]] = [:]
        if let plants {
            plantsBySector = try Self.readPlants(plants, matrix: matrix)
        }
        let table = try SectorRanking.table(matrix, measure: measure, plantsBySector: plantsBySector, top: top)
        print(table.rendered(format), terminator: "")
        if let map, let sector {
            try AtomicFile.checkWritable(map)
            guard matrix.sectorIndex(of: sector) != nil else {
                throw ValidationError("sector \"\(sector)\" is not in the matrix; use one of its sector labels")
            }
            guard let boundaries = try places.load(provinces: true) else {
                throw ValidationError("--map needs Türkiye's district polygons: run scripts/fetch-boundaries")
            }
            let display = try boundaries.simplifiedForDisplay()
            let features = RegionMap.provinces(display: display, matrix: matrix, sector: sector)
            if try MapOutput.writeGIS([FeatureLayer(name: "provinces", features: features)], to: map) == nil {
                try AtomicFile.write(try GeoJSONWriter().featureCollection(features), to: map)
            }
            StandardError.line("kume: map of \(features.count) provinces written to \(map)")
        }
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

extension SectorRanking.Measure: ExpressibleByArgument {}
extension MeasureTable.Format: ExpressibleByArgument {}
extension RegionSectorMatrix.Weighting: ExpressibleByArgument {}
