import ArgumentParser
import Kume

/// `--columns`: headers of a roster or registry mapped to kume's columns, beyond the aliases it knows.
struct ColumnOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Map headers to columns, e.g. id=Sıra,name=\"Firma Unvanı\",nace=Kod (beyond the English and Turkish aliases kume knows).",
        valueName: "column=header,…"))
    var columns: String?

    /// The column mapping (empty without `--columns`).
    func mapping() throws -> ColumnMapping {
        guard let columns else { return ColumnMapping() }
        do {
            return try ColumnMapping.parse(columns)
        } catch {
            throw ValidationError("--columns \(columns): \(error)")
        }
    }

    func validate() throws {
        _ = try mapping()
    }

    /// Reading options for a roster with this mapping (and `--sheet`, for commands that have it).
    func rosterOptions(sheet: String? = nil) throws -> RosterReader.Options {
        RosterReader.Options(columnMapping: try mapping(), sheet: sheet)
    }
}
