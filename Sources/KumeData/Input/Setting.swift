import Foundation

/// A setting of a read, a check or a measure that an error message points to, so the user can change it.
///
/// The library's messages name a setting by its ``words`` (what it is, never how a front end spells it);
/// a front end such as the `kume` command line shows its own name for it (a flag) in their place, with
/// ``named(in:by:)``.
public enum Setting: String, Sendable, CaseIterable {
    /// The call whose rules a roster is checked against, by id or file.
    case call
    /// The cluster's main activity (NACE codes).
    case mainActivity
    /// The sheet or layer of a workbook or GeoPackage to read.
    case sheet
    /// The CRS of a registry's planar x, y columns.
    case crs
    /// The SQL query that selects a PostgreSQL source's rows.
    case sql
    /// The programme year a portfolio is reviewed for.
    case year
    /// The folder of Türkiye's district polygons.
    case boundaries
    /// The method that draws the economic geography.
    case geography
    /// The least share of the members' firms a province must hold to be part of the geography.
    case minimumShare
    /// The NACE level sectors are aggregated to.
    case level
    /// The economic geography an application declares (provinces and districts by name).
    case declaredGeography
    /// The prefix (and schema) of the PostGIS tables a map is written to.
    case layerPrefix
    /// Whether existing PostGIS tables are replaced.
    case overwrite
    /// Where a density clustering runs: kume itself, or inside PostGIS.
    case engine
    /// The density clustering method.
    case method

    /// How the library's messages name the setting.
    public var words: String {
        switch self {
        case .call: "the call id"
        case .mainActivity: "the main activity setting"
        case .sheet: "the sheet setting"
        case .crs: "the registry's CRS setting"
        case .sql: "the SQL query setting"
        case .year: "the year to review"
        case .boundaries: "the boundary folder setting"
        case .geography: "the geography method setting"
        case .minimumShare: "the minimum province share"
        case .level: "the NACE level setting"
        case .declaredGeography: "the declared geography setting"
        case .layerPrefix: "the table prefix setting"
        case .overwrite: "the overwrite setting"
        case .engine: "the clustering engine setting"
        case .method: "the clustering method setting"
        }
    }

    /// `message` with each setting's ``words`` replaced by `name(setting)`: how a front end shows the
    /// library's messages in its own terms.
    public static func named(in message: String, by name: (Setting) -> String) -> String {
        allCases.reduce(message) { text, setting in
            text.contains(setting.words) ? text.replacingOccurrences(of: setting.words, with: name(setting)) : text
        }
    }
}
