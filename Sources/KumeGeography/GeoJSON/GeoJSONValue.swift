import KumeData

/// A property value of a GeoJSON feature, typed so that a column keeps one JSON type across features.
package enum GeoJSONValue: Hashable, Sendable {
    /// Text, also for codes (NACE codes, ids, tax numbers) so that GIS tools keep leading zeros.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A real number written with at most `decimals` decimals, and always with a decimal point (`12.0`).
    case number(Double, decimals: Int)
    /// A boolean.
    case bool(Bool)
    /// No value.
    case null

    /// The JSON type name, used to keep one type per property (`nil` for null).
    var jsonType: String? {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return nil
        }
    }

    /// Wraps an optional string (`null` when absent).
    package static func string(_ text: String?) -> GeoJSONValue { text.map { .string($0) } ?? .null }
    /// Wraps an optional integer (`null` when absent).
    package static func integer(_ value: Int?) -> GeoJSONValue { value.map { .integer($0) } ?? .null }
    /// Wraps an optional boolean (`null` when absent).
    package static func bool(_ value: Bool?) -> GeoJSONValue { value.map { .bool($0) } ?? .null }
    /// Wraps an optional real number (`null` when absent or not finite).
    package static func number(_ value: Double?, decimals: Int) -> GeoJSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value, decimals: decimals)
    }
}

extension JSONText {
    /// The JSON text of a property value.
    static func value(_ value: GeoJSONValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .integer(let i): return String(i)
        case .number(let d, let decimals):
            // A real keeps a decimal point (12.0, not 12), so GIS tools type the column as real in every run.
            let text = number(d, decimals: decimals)
            return text.contains(".") || text.contains("e") || text == "null" ? text : text + ".0"
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }
}
