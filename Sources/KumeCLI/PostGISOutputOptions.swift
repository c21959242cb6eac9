import ArgumentParser
import Kume

/// How a command's layers are named and replaced when its map goes to PostGIS (`-o 'PG:dbname=…'`).
struct PostGISOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "With a PG: output: the tables' names before the layer's, or SCHEMA.PREFIX (default \(PostgresOutputTarget.defaultPrefix): \(PostgresOutputTarget.defaultPrefix)candidates, \(PostgresOutputTarget.defaultPrefix)members, …).",
        valueName: "prefix"))
    var layerPrefix: String?

    @Flag(help: "With a PG: output: replace tables of the same names (in the same transaction); without it, an existing table is an error.")
    var overwrite = false

    /// Throws unless these options come with a `PG:` output.
    func validate(output: String?, option: String) throws {
        guard layerPrefix != nil || overwrite else { return }
        guard let output, PostgresTableSource.isPostgres(output) else {
            let flag = layerPrefix != nil ? "--layer-prefix" : "--overwrite"
            throw ValidationError("'\(flag)' names and replaces PostGIS tables: give \(option) 'PG:dbname=…' with it, or drop it")
        }
    }

    /// The database target of a `PG:` output.
    func target(_ output: String) throws -> PostgresOutputTarget {
        try PostgresOutputTarget(argument: output, layerPrefix: layerPrefix)
    }
}
