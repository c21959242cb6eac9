import KumeData

/// Why the administrative boundaries could not be found, read or built.
///
/// Every case says what was wrong and what to do; problems inside a file name the file and, where one is to
/// blame, the record.
public enum BoundaryError: Error, Sendable, CustomStringConvertible {
    /// No folder holding the district polygons was found; `searched` lists each place looked at.
    case notFound(searched: [String])
    /// A file could not be opened or read (GDAL's message as `reason`: missing, truncated or corrupt).
    case unreadable(file: String, reason: String)
    /// Record `record` (1-based) of `file` cannot be a district: `problem` says why.
    case invalidRecord(file: String, record: Int, problem: String)
    /// A field the district table needs is absent from the `.dbf` file.
    case missingField(file: String, field: String)
    /// A minimum share outside (0, 1] was asked for.
    case invalidMinimumShare(Double)
    /// No province holds the minimum share of the firms; `largestShare` is the best province's share.
    case noProvinceReachesShare(minimumShare: Double, largestShare: Double, province: String)
    /// GEOS or PROJ failed on `subject` (a district, a province, the geography): `message` is theirs.
    case geometry(subject: String, message: String)

    public var description: String {
        let refetch = "run scripts/fetch-boundaries again (delete the folder first) to get intact files"
        switch self {
        case .notFound(let searched):
            return "Türkiye's district boundaries were not found (looked in: \(searched.joined(separator: ", ")))"
                + " — run scripts/fetch-boundaries, or give \(Setting.boundaries.words) or set KUME_BOUNDARIES to the folder"
                + " holding tur_polbna_adm2.shp"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(reason)) — check the path and permissions, or \(refetch)"
        case .invalidRecord(let file, let record, let problem):
            return "\(file): record \(record): \(problem) — use the district polygons fetched by scripts/fetch-boundaries"
        case .missingField(let file, let field):
            return "\(file): the field '\(field)' is missing — use the district polygons fetched by scripts/fetch-boundaries"
        case .invalidMinimumShare(let share):
            return "minimum share \(share) is not in (0, 1] — give a fraction such as 0.1 for 10 %"
        case .noProvinceReachesShare(let minimum, let largest, let province):
            return "no province holds \(minimum * 100) % of the firms (the most, \(largest * 100) %, are in \(province))"
                + " — lower the minimum share or use the hull-buffer method"
        case .geometry(let subject, let message):
            return "\(subject): the geometry operation failed (\(message)) — check that the polygon is valid"
                + " longitude, latitude (WGS84); for the district files, \(refetch)"
        }
    }
}
