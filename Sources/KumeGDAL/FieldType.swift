internal import CGDAL

/// The type of a layer's field, as kume reads and writes it.
///
/// GDAL's subtypes are folded in where they change the meaning (an integer field of subtype `OFSTBoolean` is
/// ``boolean``); other subtypes (16-bit integers, 32-bit reals, JSON and UUID strings) read as their base type.
public enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A 32-bit signed integer (`OFTInteger`).
    case integer
    /// A 64-bit signed integer (`OFTInteger64`).
    case integer64
    /// A double-precision real (`OFTReal`).
    case real
    /// UTF-8 text (`OFTString`).
    case string
    /// True or false: a 32-bit integer of subtype `OFSTBoolean` (GeoPackage and PostgreSQL store booleans).
    case boolean
    /// A calendar date (`OFTDate`).
    case date
    /// A date and time of day (`OFTDateTime`).
    case dateTime
    /// A time of day (`OFTTime`); its values read as text `HH:MM:SS`.
    case time
    /// Bytes (`OFTBinary`); values read as GDAL's hexadecimal text.
    case binary
    /// A list type (`OFTIntegerList`, `OFTRealList`, …), by GDAL's name; values read as GDAL's text form.
    case other(String)

    /// The case for an OGR field type and subtype.
    init(ogr type: OGRFieldType, subtype: OGRFieldSubType) {
        switch type {
        case OFTInteger: self = subtype == OFSTBoolean ? .boolean : .integer
        case OFTInteger64: self = .integer64
        case OFTReal: self = .real
        case OFTString, OFTWideString: self = .string
        case OFTDate: self = .date
        case OFTDateTime: self = .dateTime
        case OFTTime: self = .time
        case OFTBinary: self = .binary
        default: self = .other(GDALCall.string(OGR_GetFieldTypeName(type)))
        }
    }

    /// The OGR type and subtype for creating a field; nil for ``other(_:)``.
    var ogr: (type: OGRFieldType, subtype: OGRFieldSubType)? {
        switch self {
        case .integer: return (OFTInteger, OFSTNone)
        case .integer64: return (OFTInteger64, OFSTNone)
        case .real: return (OFTReal, OFSTNone)
        case .string: return (OFTString, OFSTNone)
        case .boolean: return (OFTInteger, OFSTBoolean)
        case .date: return (OFTDate, OFSTNone)
        case .dateTime: return (OFTDateTime, OFSTNone)
        case .time: return (OFTTime, OFSTNone)
        case .binary: return (OFTBinary, OFSTNone)
        case .other: return nil
        }
    }

    /// A short name: `integer`, `integer64`, `real`, `string`, `boolean`, `date`, `datetime`, `time`, `binary`, or
    /// GDAL's name of a list type.
    public var description: String {
        switch self {
        case .integer: return "integer"
        case .integer64: return "integer64"
        case .real: return "real"
        case .string: return "string"
        case .boolean: return "boolean"
        case .date: return "date"
        case .dateTime: return "datetime"
        case .time: return "time"
        case .binary: return "binary"
        case .other(let name): return name
        }
    }
}
