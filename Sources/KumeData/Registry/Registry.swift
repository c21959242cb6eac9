import KumeGeo

/// A registry (every firm of a region with its code, place and size) held as columns, one array per
/// field, so a national registry of millions of rows stays compact and fast to scan.
public struct Registry: Sendable {
    /// The frame of ``coordinates``.
    public enum CoordinateFrame: Sendable, Hashable {
        /// WGS84 longitude, latitude in degrees (`lat`/`lon` columns, or placed at a district or province).
        case wgs84LongitudeLatitude
        /// Planar `x`, `y` as given (easting, northing); the caller converts from its CRS.
        case planar
    }

    /// The file the rows came from, as the user named it.
    public package(set) var source: String
    /// The ids, in file order.
    package var ids = TextColumn()
    /// The names, in file order.
    package var names = TextColumn()
    /// The member types (`firm` where the file has no `type` column).
    public package(set) var types: [MemberType] = []
    /// Each row's NACE code as an index into ``NaceClassification/entries`` of the shared table; -1 when empty.
    public package(set) var naceIndices: [Int16] = []
    /// Each row's point in ``coordinateFrame``; both values NaN when the row has none.
    public package(set) var coordinates: [Coordinate] = []
    /// The frame of ``coordinates``.
    public package(set) var coordinateFrame: CoordinateFrame = .wgs84LongitudeLatitude
    /// How each row's point was obtained.
    public package(set) var placements: [Member.PlacementSource] = []
    /// Employees per row; -1 when not given.
    public package(set) var employees: [Int32] = []
    /// Province plate per row (1–81); 0 when not given.
    public package(set) var provincePlates: [UInt8] = []
    /// Index into ``DistrictTable/districts`` of the shared table per row; -1 when not given.
    public package(set) var districtIndices: [Int16] = []
    /// The 1-based line each row starts on.
    public package(set) var lines: [Int32] = []
    /// FNV-1a hashes of the ids, computed while parsing (in parallel parts) for the duplicate check.
    var idHashes: [UInt64] = []
    /// Warnings (placements, swapped points), the first ``RosterReader/Options/maximumIssues`` of them.
    public package(set) var warnings: [InputWarning] = []
    /// How many further warnings were raised but not kept.
    public package(set) var omittedWarnings = 0

    /// Creates an empty registry for a source.
    public init(source: String) {
        self.source = source
    }

    /// The number of rows.
    public var count: Int { types.count }

    /// The NACE code of row `index`, or `nil` when it has none.
    public func nace(at index: Int) -> NaceCode? {
        let position = Int(naceIndices[index])
        return position < 0 ? nil : NaceClassification.shared.entries[position].code
    }

    /// Row `index` as a ``Member`` (for a few rows; the columns are the efficient form).
    public func member(at index: Int) -> Member {
        let point = coordinates[index]
        let plate = Int(provincePlates[index]), district = Int(districtIndices[index])
        var member = Member(
            id: ids[index], name: names[index], type: types[index], nace: nace(at: index),
            location: point.x.isNaN ? nil : point, placement: placements[index],
            employees: employees[index] < 0 ? nil : Int(employees[index]),
            province: plate == 0 ? nil : ProvinceTable.shared.province(plate: plate)?.name,
            district: district < 0 ? nil : DistrictTable.shared.districts[district].name, line: Int(lines[index]))
        member.placement = placements[index]
        return member
    }

    /// Reserves room for the rows of `parts` times `scale`, before appending them.
    mutating func reserveCapacity(for parts: [Registry], scale: Double = 1) {
        let rows = Int(Double(parts.reduce(0) { $0 + $1.count }) * scale)
        ids.reserveCapacity(texts: rows, bytes: Int(Double(parts.reduce(0) { $0 + $1.ids.utf8.count }) * scale))
        names.reserveCapacity(texts: rows, bytes: Int(Double(parts.reduce(0) { $0 + $1.names.utf8.count }) * scale))
        types.reserveCapacity(rows)
        naceIndices.reserveCapacity(rows)
        coordinates.reserveCapacity(rows)
        placements.reserveCapacity(rows)
        employees.reserveCapacity(rows)
        provincePlates.reserveCapacity(rows)
        districtIndices.reserveCapacity(rows)
        lines.reserveCapacity(rows)
        idHashes.reserveCapacity(rows)
    }

    /// Appends another registry's rows (used to join chunks parsed in parallel, in order).
    mutating func append(contentsOf other: Registry) {
        ids.append(contentsOf: other.ids)
        names.append(contentsOf: other.names)
        types.append(contentsOf: other.types)
        naceIndices.append(contentsOf: other.naceIndices)
        coordinates.append(contentsOf: other.coordinates)
        placements.append(contentsOf: other.placements)
        employees.append(contentsOf: other.employees)
        provincePlates.append(contentsOf: other.provincePlates)
        districtIndices.append(contentsOf: other.districtIndices)
        lines.append(contentsOf: other.lines)
        idHashes.append(contentsOf: other.idHashes)
    }
}
