import Kume

/// The flags of `kume` that the library's settings are given with: the library's messages name a setting
/// in words (``Setting/words``), and `kume` shows its flag instead.
extension Setting {
    /// The flag, as the user types it.
    var flag: String {
        switch self {
        case .call: "--call"
        case .mainActivity: "--main-activity"
        case .sheet: "--sheet"
        case .crs: "--crs"
        case .sql: "--sql"
        case .year: "--year YYYY"
        case .boundaries: "--boundaries"
        case .geography: "--geography"
        case .minimumShare: "--min-share"
        case .level: "--level"
        case .declaredGeography: "--declared-geography"
        case .layerPrefix: "--layer-prefix"
        case .overwrite: "--overwrite"
        case .engine: "--engine"
        case .method: "--method"
        }
    }

    /// `error`'s message with the settings it names shown as `kume`'s flags.
    static func flagged(_ error: any Error) -> String {
        named(in: String(describing: error)) { $0.flag }
    }
}
