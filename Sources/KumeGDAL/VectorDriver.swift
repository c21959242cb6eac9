internal import CGDAL

/// The GDAL vector drivers kume reads and writes, named by GDAL's short names.
///
/// Opening a file always names the drivers allowed to read it (``VectorDataset/open(_:drivers:access:options:)``),
/// so a file is never read by a driver its caller did not expect.
public enum VectorDriver: String, CaseIterable, Sendable {
    /// Excel 2007+ workbooks (`.xlsx`); each sheet is a layer.
    case xlsx = "XLSX"
    /// OpenDocument spreadsheets (`.ods`); each sheet is a layer.
    case ods = "ODS"
    /// Comma-separated values (kume's own reader is the usual path; listed for completeness).
    case csv = "CSV"
    /// GeoPackage (`.gpkg`), QGIS's default format: many layers in one SQLite file.
    case geoPackage = "GPKG"
    /// ESRI Shapefile (`.shp` with `.dbf`, `.shx`, `.prj`, `.cpg`), or a folder of them.
    case shapefile = "ESRI Shapefile"
    /// FlatGeobuf (`.fgb`): one layer per file, with an optional packed R-tree.
    case flatGeobuf = "FlatGeobuf"
    /// GeoJSON (`.geojson`, `.json`).
    case geoJSON = "GeoJSON"
    /// PostgreSQL/PostGIS, opened with a connection string `PG:dbname=… host=… port=…`.
    case postgreSQL = "PostgreSQL"

    /// GDAL's short name, for example `"ESRI Shapefile"`.
    public var shortName: String { rawValue }

    /// True for drivers that read and write files (all but PostgreSQL).
    public var isFileBased: Bool { self != .postgreSQL }

    /// The `GDALDriverH`, or nil when this GDAL build lacks the driver.
    var handle: UnsafeMutableRawPointer? {
        GDALLibrary.registerOnce()
        return GDALGetDriverByName(rawValue)
    }

    /// True when this GDAL build has the driver (`GDALGetDriverByName`).
    public var isAvailable: Bool { handle != nil }

    /// True when the driver can create datasets (`DCAP_CREATE`).
    public var canCreate: Bool { metadata("DCAP_CREATE") == "YES" }

    /// The option names the driver documents in its metadata item `item` (an XML option list such as
    /// `DMD_OPENOPTIONLIST`, `DMD_CREATIONOPTIONLIST` or `DS_LAYER_CREATIONOPTIONLIST`), in the driver's order.
    func optionNames(_ item: String) -> [String] {
        guard let xml = metadata(item) else { return [] }
        // Each option is an element <Option name='NAME' …/>; the list's other elements have no name attribute.
        var names: [String] = []
        var rest = Substring(xml)
        while let start = rest.firstRange(of: "<Option name='") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "'") else { break }
            names.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return names
    }

    /// Throws unless every name in `options` is one the driver documents under `item`.
    func requireKnownOptions(_ options: [String: String], in item: String, operation: String, source: String?) throws {
        guard !options.isEmpty else { return }
        let known = optionNames(item)
        let knownUpper = Set(known.map { $0.uppercased() })
        for name in options.keys.sorted() where !knownUpper.contains(name.uppercased()) {
            throw GDALError(
                kind: .unsupportedOption(name: name, driver: rawValue, known: known), operation: operation,
                source: source)
        }
    }

    /// A driver metadata item (`GDALGetMetadataItem` on the driver), nil when absent.
    private func metadata(_ item: String) -> String? {
        guard let handle, let text = GDALGetMetadataItem(handle, item, nil) else { return nil }
        return String(cString: text)
    }
}
