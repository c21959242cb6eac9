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

    func validate() throws {
        try input.requireInput()
        if let top, top < 1 { throw MatrixInputOptions.usageError("--top must be at least 1; give --top 10, for example") }
        if measure == .eg, plants == nil {
            throw MatrixInputOptions.usageError("--measure eg needs plant sizes; give --plants FILE with region,sector,employment per plant")
        }
        if measure != .eg, plants != nil {
            throw MatrixInputOptions.usageError("--plants is only used by --measure eg; drop it or add --measure eg")
        }
    }

    func run() throws {
        let matrix = try input.loadMatrix()
        var plantsBySector: [String: [EllisonGlaeser.Plant]] = [:]
        if let plants {
            plantsBySector = try MatrixInputOptions.exitOnInputError { try Self.readPlants(plants, matrix: matrix) }
        }
        let table = try MatrixInputOptions.exitOnInputError {
            try SectorRanking.table(matrix, measure: measure, plantsBySector: plantsBySector, top: top)
        }
        print(table.rendered(format), terminator: "")
    }

    static func readPlants(_ path: String, matrix: RegionSectorMatrix) throws -> [String: [EllisonGlaeser.Plant]] {
        let rows = try RegionSectorTableReader.readRows(text: try MatrixInputOptions.readText(path), file: path)
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

/// Where `rank` and `related` get their regions × sectors matrix. Today `--matrix FILE`; the registry path
/// (a `REGISTRY` positional with `--level` and `--weight`, aggregated by
/// `RegionSectorMatrix.aggregating(regions:naceCodes:employment:level:weighting:)`) is added here.
struct MatrixInputOptions: ParsableArguments {
    @Option(help: "A long table region,sector,value (CSV; ',', ';' or tab).")
    var matrix: String?

    /// Checks an input was named. Called from the commands' `validate()` (not as this group's own
    /// `validate()`, which argument parsing runs even for `--help`).
    func requireInput() throws {
        guard matrix != nil else {
            throw MatrixInputOptions.usageError("no input; give --matrix FILE with columns region,sector,value")
        }
    }

    func loadMatrix() throws -> RegionSectorMatrix {
        guard let matrix else { throw MatrixInputOptions.usageError("no input; give --matrix FILE with columns region,sector,value") }
        let result = try MatrixInputOptions.exitOnInputError { try RegionSectorTableReader.read(text: try MatrixInputOptions.readText(matrix), file: matrix) }
        for warning in result.warnings { MatrixInputOptions.standardError("warning: \(warning)") }
        return result.matrix
    }
}

extension SectorRanking.Measure: ExpressibleByArgument {}
extension MeasureTable.Format: ExpressibleByArgument {}

/// Helpers shared by `rank` and `related` (kept as members so they cannot clash with other subcommands).
extension MatrixInputOptions {
    /// Reads a file as UTF-8, or exits 2 saying which file could not be read.
    static func readText(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(issues: [InputIssue(file: path, line: 0, column: 0, problem: "cannot read the file as UTF-8 text",
                                                 remedy: "check the path and save the table as UTF-8 CSV")])
        }
    }

    /// Runs `body`; bad input (``InputError``, ``RegionalMeasureError``) is printed and exits with status 2.
    static func exitOnInputError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            MatrixInputOptions.standardError(error.description)
            throw ExitCode(2)
        } catch let error as RegionalMeasureError {
            MatrixInputOptions.standardError("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Prints a usage problem to standard error and returns the exit status 2 to throw.
    ///
    /// swift-argument-parser runs `validate()` even when `--help` is asked for (and then shows the help with
    /// status 0), so the message is held back in that case.
    static func usageError(_ message: String) -> ExitCode {
        let helpAsked = CommandLine.arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" || $0 == "help" }
        if !helpAsked { MatrixInputOptions.standardError("error: \(message)") }
        return ExitCode(2)
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
