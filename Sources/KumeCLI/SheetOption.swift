import ArgumentParser

/// `--sheet NAME|N`: which sheet of a workbook (or layer of a GeoPackage) holds the main input table.
struct SheetOption: ParsableArguments {
    @Option(help: "The sheet of an .xlsx/.ods workbook, or the layer of a GeoPackage, holding the table: its name, or its number from 1 (default: the first with a header row naming kume's columns). Refused for CSV and GeoJSON.")
    var sheet: String?
}
