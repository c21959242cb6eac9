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

    @Option(name: [.short, .customLong("output")], help: "Write the map: the members, the geography and (with the district polygons) the districts it touches as separate layers: in one .gpkg, or one file each (.geojson/.fgb: the members in the file given, the others beside it as NAME-geography.geojson, NAME-districts.geojson).")
    var output: String?

    @Option(help: "Write the districts the geography touches (polygons with its share of each; .geojson, .gpkg or .fgb); needs the district polygons.")
    var placesOutput: String?

    @OptionGroup var geography: GeographyOptions

    @OptionGroup var columns: ColumnOptions

    @OptionGroup var boundaries: BoundaryOptions

    func validate() throws {
        if geography.declaredGeographyOption != nil {
            if geography.method != .hullBuffer || geography.minShareOption != nil || geography.concavityOption != nil
                || geography.bufferKilometresOption != nil || geography.keepOutliers {
                throw ValidationError("'--declared-geography' draws the declared provinces and districts: give it without "
                    + "--geography, --min-share, --concavity, --buffer-km and --keep-outliers")
            }
            if boundaries.noBoundaries {
                throw ValidationError("'--declared-geography' draws the declared area from the district polygons: drop --no-boundaries")
            }
        }
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
        let method = try geography.declaredGeography().map(GeographyMethod.declared) ?? geography.geographyMethod
        let polygons = try boundaries.load(provinces: method.needsProvincePolygons)
        let result = try method.build(
            firms: members.firms, members: members.members, source: members.source, boundaries: polygons)
        let locator = try polygons.map { try PlaceLocator(boundaries: $0) }
        let places = try TouchedPlaces(geography: result, members: members.members, locator: locator)
        var written = [output].compactMap { $0 }
        if let output {
            let memberPlaces = try MemberPlaces(members: members.members, locator: locator)
            let layers = ClusterMap.layers(geography: result, members: members.members, places: memberPlaces)
            written = try MapOutput.write(try Self.layers(layers, places: places, boundaries: polygons), to: output)
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

    /// The map's layers: the members, the geography, and the districts it touches when the district polygons
    /// are loaded.
    static func layers(_ map: [FeatureLayer], places: TouchedPlaces, boundaries: AdministrativeBoundaries?) throws -> [FeatureLayer] {
        var layers = map
        if let shares = places.shares, let boundaries {
            layers.append(FeatureLayer(name: "districts", features: try TouchedDistrictsMap.districts(shares, boundaries: boundaries)))
        }
        return layers
    }
}
