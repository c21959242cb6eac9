internal import CGDAL

/// How GDAL's XLSX and ODS drivers read a sheet: whether the first row holds the field names, and whether
/// columns get types.
///
/// GDAL 3.6 has no open options for these drivers: they read the configuration options `OGR_XLSX_HEADERS`,
/// `OGR_ODS_HEADERS`, `OGR_XLSX_FIELD_TYPES` and `OGR_ODS_FIELD_TYPES`, and read them lazily, when a sheet is
/// first parsed. A dataset opened with these options therefore sets them as thread-local configuration options
/// (`CPLSetThreadLocalConfigOption`) around every call it makes into GDAL, and restores the previous values
/// after, so two workbooks read differently in one process never see each other's settings.
public struct SpreadsheetOptions: Sendable, Equatable {
    /// Where a sheet's field names come from.
    public enum Headers: String, Sendable {
        /// GDAL decides: the first row is a header when it holds only text and the second row does not (`AUTO`).
        case detect = "AUTO"
        /// The first row is the header (`FORCE`).
        case firstRow = "FORCE"
        /// No header: every row is a feature, the fields are named `Field1`, `Field2`, … (`DISABLE`).
        case none = "DISABLE"
    }

    /// Whether columns get types.
    public enum FieldTypes: String, Sendable {
        /// A column whose cells are all numbers (or all dates) is typed so; mixed columns are text (`AUTO`).
        case detect = "AUTO"
        /// Every column is text, cells as GDAL writes them out (`STRING`).
        case text = "STRING"
    }

    /// Where the field names come from.
    public var headers: Headers
    /// Whether columns get types.
    public var fieldTypes: FieldTypes

    /// Options for a sheet read with `headers` and `fieldTypes` (GDAL's defaults: `.detect`, `.detect`).
    public init(headers: Headers = .detect, fieldTypes: FieldTypes = .detect) {
        self.headers = headers
        self.fieldTypes = fieldTypes
    }

    /// The configuration options, for both drivers (each reads only its own).
    var configuration: [(key: String, value: String)] {
        [
            ("OGR_XLSX_HEADERS", headers.rawValue), ("OGR_ODS_HEADERS", headers.rawValue),
            ("OGR_XLSX_FIELD_TYPES", fieldTypes.rawValue), ("OGR_ODS_FIELD_TYPES", fieldTypes.rawValue),
        ]
    }
}
