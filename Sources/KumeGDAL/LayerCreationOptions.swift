/// How ``VectorDataset/createLayer(named:geometryType:spatialReference:options:)`` makes a layer, in terms that
/// mean the same for every driver; each is translated into the driver's own layer creation option, or refused
/// (``GDALError/Kind/unsupportedOption(name:driver:known:)``) by a driver that cannot honour it.
public struct LayerCreationOptions: Sendable, Equatable {
    /// Build a spatial index (GeoPackage's R-tree, FlatGeobuf's packed Hilbert R-tree, PostgreSQL's GiST, a
    /// Shapefile's `.qix`); nil leaves the driver's default (an index for GeoPackage, FlatGeobuf and PostgreSQL).
    /// `true` is refused by formats without one (GeoJSON, spreadsheets).
    public var spatialIndex: Bool?
    /// The geometry column's name (GeoPackage, PostgreSQL: `GEOMETRY_NAME`); nil for the driver's default
    /// (`geom` for GeoPackage, `wkb_geometry` for PostgreSQL). Refused by formats that do not name it.
    public var geometryColumnName: String?
    /// The feature id column's name (GeoPackage, PostgreSQL: `FID`); nil for the driver's default (`fid`,
    /// `ogc_fid`).
    public var fidColumnName: String?
    /// Replace a layer of the same name (GeoPackage, PostgreSQL: `OVERWRITE=YES`; other drivers: the layer is
    /// deleted first when the driver can delete layers). Without it an existing layer is an error.
    public var overwrite: Bool
    /// Other layer creation options of the driver (`NAME: VALUE`), checked against its documented list.
    public var driverOptions: [String: String]

    /// Options with the given values; the defaults leave everything to the driver and never overwrite.
    public init(
        spatialIndex: Bool? = nil, geometryColumnName: String? = nil, fidColumnName: String? = nil,
        overwrite: Bool = false, driverOptions: [String: String] = [:]
    ) {
        self.spatialIndex = spatialIndex
        self.geometryColumnName = geometryColumnName
        self.fidColumnName = fidColumnName
        self.overwrite = overwrite
        self.driverOptions = driverOptions
    }

    /// The driver's layer creation options for these settings, or the error for one the driver cannot honour.
    /// `overwrite` is only translated for drivers with an `OVERWRITE` option; the caller handles the others.
    func gdalOptions(for driver: VectorDriver, source: String) throws -> [String: String] {
        let known = driver.optionNames("DS_LAYER_CREATIONOPTIONLIST")
        let knownUpper = Set(known.map { $0.uppercased() })
        func refuse(_ name: String) -> GDALError {
            GDALError(
                kind: .unsupportedOption(name: name, driver: driver.rawValue, known: known),
                operation: "GDALDatasetCreateLayer", source: source)
        }
        try driver.requireKnownOptions(
            driverOptions, in: "DS_LAYER_CREATIONOPTIONLIST", operation: "GDALDatasetCreateLayer", source: source)
        var options = driverOptions
        if let spatialIndex {
            if knownUpper.contains("SPATIAL_INDEX") {
                options["SPATIAL_INDEX"] = driver == .postgreSQL ? (spatialIndex ? "GIST" : "NONE") : (spatialIndex ? "YES" : "NO")
            } else if spatialIndex {
                throw refuse("spatial index")
            }
        }
        if let geometryColumnName {
            guard knownUpper.contains("GEOMETRY_NAME") else { throw refuse("geometry column name") }
            options["GEOMETRY_NAME"] = geometryColumnName
        }
        if let fidColumnName {
            guard knownUpper.contains("FID") else { throw refuse("feature id column name") }
            options["FID"] = fidColumnName
        }
        if overwrite, knownUpper.contains("OVERWRITE") {
            options["OVERWRITE"] = "YES"
        }
        return options
    }
}
