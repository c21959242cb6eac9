import ArgumentParser
import Kume

/// Where `rank` and `related` get their regions × sectors matrix: a firm registry aggregated by province
/// and NACE level, or a long table `region,sector,value` (official statistics publish those).
struct MatrixInputOptions: ParsableArguments {
    @Argument(help: "A firm registry (CSV, .xlsx, .ods, GeoPackage, Shapefile or FlatGeobuf with the roster's columns and a province column), or a PostGIS table 'PG:dbname=… tables=firms'.")
    var registry: String?

    @Option(help: "With a registry workbook or GeoPackage: its sheet or layer, by name or number from 1 (default: the first with a header row).")
    var sheet: String?

    @Option(help: "With a PG: registry: an SQL query giving the rows (run in a read-only transaction) instead of tables=.")
    var sql: String?

    @Option(help: "Instead of a registry: a long table region,sector,value (CSV; ',', ';' or tab).")
    var matrix: String?

    @Option(help: "With a registry: the NACE level of the sectors (section, division, group, class).")
    var level: NaceCode.Level = .division

    @Option(help: "With a registry: weigh firms by employment or count them (employment, firms).")
    var weight: RegionSectorMatrix.Weighting = .employment

    /// Checks that exactly one input was named. Called from the commands' `validate()`.
    func requireInput() throws {
        switch (registry, matrix) {
        case (nil, nil): throw ValidationError("no input; give a REGISTRY file, or --matrix FILE with columns region,sector,value")
        case (_?, _?): throw ValidationError("give a REGISTRY or --matrix, not both")
        case (let registry?, nil) where sql != nil && !PostgresTableSource.isPostgres(registry):
            throw ValidationError("'--sql' reads a PG: registry; give 'PG:dbname=…' as the registry, or drop --sql")
        case (nil, _?) where sql != nil: throw ValidationError("'--sql' reads a PG: registry; drop it with --matrix")
        default: break
        }
        if sheet != nil, matrix != nil {
            throw ValidationError("'--sheet' is only valid with a REGISTRY workbook or GeoPackage, not with --matrix")
        }
    }

    /// The matrix with, from a registry, the firm counts of its cells and each firm as a plant.
    struct Loaded {
        var matrix: RegionSectorMatrix
        var firmCounts: RegionSectorMatrix?
        var plantsBySector: [String: [EllisonGlaeser.Plant]]?
    }

    /// The matrix, read or aggregated; warnings go to standard error.
    func loadMatrix() async throws -> RegionSectorMatrix { try await load().matrix }

    /// The matrix and, from a registry, its firm counts and plants; warnings go to standard error.
    func load() async throws -> Loaded {
        if let matrix {
            let result = try RegionSectorTableReader.read(text: try InputFile.text(matrix, kind: "region table", format: "UTF-8 CSV"), file: matrix)
            for warning in result.warnings { StandardError.line("warning: \(warning)") }
            return Loaded(matrix: result.matrix)
        }
        guard let registry else { throw ValidationError("no input; give a REGISTRY file or --matrix FILE") }
        let firms = try await RegistryInput.read(registry, sql: sql, options: RegistryReader.Options(sheet: sheet))
        let aggregation = try RegionSectorMatrix.aggregating(registry: firms, level: level, weighting: weight)
        if aggregation.unassigned > 0 {
            StandardError.line("warning: \(firms.source): \(aggregation.unassigned) firms have no province or NACE code and are left out")
        }
        return Loaded(matrix: aggregation.matrix, firmCounts: aggregation.firmCounts,
                      plantsBySector: aggregation.plantsBySector)
    }
}
