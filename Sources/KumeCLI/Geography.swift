import ArgumentParser
import Foundation
import Kume

/// `kume geography`: a cluster's economic geography, as a map and a summary.
struct Geography: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute a roster's economic geography (hull-buffer) and where each member stands.",
        discussion: """
            Projects the firms to a local equal-area projection, names spatial outliers, takes the concave \
            hull of the others and buffers it. Prints the method, its parameters, the area, the provinces \
            and districts touched, and each institution's distance; -o writes the map as GeoJSON.
            """
    )

    @Argument(help: "The roster or firm list: CSV, GeoJSON, .xlsx, .ods, GeoPackage, Shapefile or FlatGeobuf (see `kume check --help`), or a PostGIS table 'PG:dbname=… tables=members'.")
    var roster: String

    @OptionGroup var sheet: SheetOption

    @Option(help: "With a PG: roster: an SQL query giving its rows (run in a read-only transaction) instead of tables=.")
    var sql: String?

    @Option(name: [.short, .customLong("output")], help: "Write the map: .geojson, or .gpkg/.fgb with the members, the geography and (with the district polygons) the districts it touches as separate layers.")
    var output: String?

    @Option(help: "Write the districts the geography touches (polygons with its share of each; .geojson, .gpkg or .fgb); needs the district polygons.")
    var placesOutput: String?

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var columns: ColumnOptions

    @OptionGroup var boundaries: BoundaryOptions

    func validate() throws {
        if geography.method == .hullBuffer, geography.minShareOption != nil {
            throw ValidationError("'--min-share' is for --geography provinces here; hull-buffer takes --concavity and --buffer-km")
        }
        if sql != nil, !PostgresTableSource.isPostgres(roster) {
            throw ValidationError("'--sql' reads a PG: roster; give 'PG:dbname=…' as the roster, or drop --sql")
        }
        if let output { try MapOutput.validate(output, option: "--output") }
        if let placesOutput { try MapOutput.validate(placesOutput, option: "--places-output") }
    }

    func run() throws {
        for path in [output, placesOutput].compactMap({ $0 }) { try AtomicFile.checkWritable(path) }
        let members = try RosterInput.read(roster, sql: sql, options: columns.rosterOptions(sheet: sheet.sheet))
        let polygons = try boundaries.load(provinces: geography.geographyMethod.needsProvincePolygons)
        let result = try geography.geographyMethod.build(
            firms: members.firms, members: members.members, source: members.source, boundaries: polygons)
        let locator = try polygons.map { try PlaceLocator(boundaries: $0) }
        let places = try TouchedPlaces(geography: result, members: members.members, locator: locator)
        var written = [output].compactMap { $0 }
        if let output {
            let features = ClusterMap.features(geography: result, members: members.members)
            let files = try MapOutput.writeGIS(try Self.layers(features, places: places, boundaries: polygons), to: output)
            if let files { written = files } else { try AtomicFile.write(try GeoJSONWriter().featureCollection(features), to: output) }
        }
        if let placesOutput {
            guard let shares = places.shares, let polygons else {
                throw ValidationError("--places-output needs Türkiye's district polygons: run scripts/fetch-boundaries")
            }
            let features = try TouchedDistrictsMap.districts(shares, boundaries: polygons)
            if try MapOutput.writeGIS([FeatureLayer(name: "districts", features: features)], to: placesOutput) == nil {
                try AtomicFile.write(try GeoJSONWriter().featureCollection(features), to: placesOutput)
            }
        }
        print(GeographySummary.text(result, places: places, members: members.members, warnings: members.warnings))
        if output != nil { FileHandle.standardError.write(Data("kume: map written to \(written.joined(separator: ", "))\n".utf8)) }
    }

    /// The map's layers for a GeoPackage or FlatGeobuf: the members, the geography, and the districts it
    /// touches when the district polygons are loaded.
    static func layers(_ features: [GeoJSONFeature], places: TouchedPlaces, boundaries: AdministrativeBoundaries?) throws -> [FeatureLayer] {
        var layers = FeatureLayer.split(features, names: ["member": "members", "geography": "geography"])
        layers.sort { ($0.name == "members" ? 0 : 1) < ($1.name == "members" ? 0 : 1) }
        if let shares = places.shares, let boundaries {
            layers.append(FeatureLayer(name: "districts", features: try TouchedDistrictsMap.districts(shares, boundaries: boundaries)))
        }
        return layers
    }
}
