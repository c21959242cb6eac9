/// One field's value in one feature.
///
/// Spreadsheet cells arrive as ``integer``, ``real`` or ``string`` (GDAL types a column only when all of its cells
/// agree), dates as ``date`` or ``dateTime``; an empty or unset cell is ``null``. Times, lists and binary values
/// arrive as ``string`` holding GDAL's text form (`OGR_F_GetFieldAsString`).
public enum FieldValue: Sendable, Hashable, CustomStringConvertible {
    /// No value: the field is unset or null.
    case null
    /// An integer (32- or 64-bit field).
    case integer(Int64)
    /// A real number.
    case real(Double)
    /// Text (UTF-8).
    case string(String)
    /// True or false (an integer field of subtype boolean).
    case boolean(Bool)
    /// A calendar date.
    case date(FieldDate)
    /// A date and time.
    case dateTime(FieldDateTime)

    /// The value as text for messages: `null`, the number, the quoted text, `true`/`false`, ISO 8601 dates.
    public var description: String {
        switch self {
        case .null: return "null"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .string(let value): return "'\(value)'"
        case .boolean(let value): return String(value)
        case .date(let value): return value.description
        case .dateTime(let value): return value.description
        }
    }
}

/// A calendar date (proleptic Gregorian), as GDAL stores it.
public struct FieldDate: Sendable, Hashable, CustomStringConvertible {
    /// The year, for example 2024.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// The date `year`-`month`-`day`.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601: `2024-03-07`.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// A date and time of day, with GDAL's time-zone flag.
public struct FieldDateTime: Sendable, Hashable, CustomStringConvertible {
    /// What the time is relative to.
    public enum TimeZone: Sendable, Hashable {
        /// Not stated (GDAL's flag 0).
        case unknown
        /// Local time, zone not stated (flag 1).
        case local
        /// A fixed offset from UTC in minutes, a multiple of 15 (flag 100 + minutes / 15; 0 is UTC).
        case utcOffset(minutes: Int)
    }

    /// The calendar date.
    public var date: FieldDate
    /// The hour, 0–23.
    public var hour: Int
    /// The minute, 0–59.
    public var minute: Int
    /// The second, 0 to below 61, with milliseconds.
    public var second: Double
    /// What the time is relative to.
    public var timeZone: TimeZone

    /// The date and time given.
    public init(date: FieldDate, hour: Int, minute: Int, second: Double, timeZone: TimeZone = .unknown) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.timeZone = timeZone
    }

    /// GDAL's time-zone flag for ``timeZone``.
    var timeZoneFlag: Int32 {
        switch timeZone {
        case .unknown: return 0
        case .local: return 1
        case .utcOffset(let minutes): return Int32(100 + minutes / 15)
        }
    }

    /// The zone for GDAL's flag.
    static func timeZone(flag: Int32) -> TimeZone {
        switch flag {
        case 0: return .unknown
        case 1: return .local
        default: return flag >= 2 ? .utcOffset(minutes: Int(flag - 100) * 15) : .unknown
        }
    }

    /// ISO 8601: `2024-03-07T09:30:00`, with milliseconds when not whole, and `Z` or `+03:00` for an offset.
    public var description: String {
        let whole = Int(second)
        let milliseconds = Int(((second - Double(whole)) * 1000).rounded())
        var text = "\(date)T\(FieldDate.padded(hour, 2)):\(FieldDate.padded(minute, 2)):\(FieldDate.padded(whole, 2))"
        if milliseconds > 0 { text += "." + FieldDate.padded(milliseconds, 3) }
        if case .utcOffset(let minutes) = timeZone {
            text += minutes == 0
                ? "Z" : (minutes < 0 ? "-" : "+") + FieldDate.padded(abs(minutes) / 60, 2) + ":" + FieldDate.padded(abs(minutes) % 60, 2)
        }
        return text
    }
}
