import KumeData
import KumeGeo

/// Türkiye's 973 districts and 81 provinces as valid polygons, with official names and equal-area sizes.
///
/// Built from the district polygons (see `DistrictFile`, `BoundaryLocator`): each district is checked with
/// GEOS and repaired with `GEOSMakeValid_r` when invalid (the codes are listed in `repairedDistrictCodes`);
/// each province is the GEOS unary union of its districts (grouped by the `adm1` code). Areas are measured
/// in one Lambert azimuthal equal-area projection centred on Türkiye (`equalAreaProjection`).
/// A plain value: build GEOS geometries from it per task (see `PlaceLocator`).
public struct AdministrativeBoundaries: Sendable {
    /// The districts, in boundary-file order.
    public var districts: [AdministrativeDistrict]
    /// The provinces, by plate number (index 0 is plate 1).
    public var provinces: [AdministrativeProvince]
    /// The p-codes of the districts GEOS found invalid and repaired (empty for the published files).
    public var repairedDistrictCodes: [String]
    /// The equal-area projection the areas were measured in.
    public var equalAreaProjection: LocalProjection

    /// The centre of the equal-area projection used for Türkiye: 35° E, 39° N (near the country's
    /// bounding-box centre, 35.24° E, 38.96° N).
    public static let projectionCentre = Coordinate(longitude: 35, latitude: 39)

    /// Creates boundaries from parts already built (for example simplified ones).
    public init(
        districts: [AdministrativeDistrict], provinces: [AdministrativeProvince], repairedDistrictCodes: [String],
        equalAreaProjection: LocalProjection
    ) {
        self.districts = districts
        self.provinces = provinces
        self.repairedDistrictCodes = repairedDistrictCodes
        self.equalAreaProjection = equalAreaProjection
    }

    /// Reads the district files in `directory` and builds the boundaries.
    ///
    /// - Parameters:
    ///   - directory: the folder holding `tur_polbna_adm2.*` (see `BoundaryLocator`).
    ///   - detail: full or simplified polygons.
    /// - Throws: `BoundaryError` when the files are missing or corrupt, or GEOS or PROJ fails.
    public static func load(directory: String, detail: DistrictFile.Detail = .full) throws(BoundaryError)
        -> AdministrativeBoundaries
    {
        try AdministrativeBoundaries(records: try DistrictFile.read(directory: directory, detail: detail))
    }

    /// The districts alone, without the provinces' unions (most of the loading time): enough to place
    /// points and to find the places a geography touches (``PlaceLocator``). ``provinces`` is empty.
    ///
    /// - Parameter directory: the folder holding `tur_polbna_adm2.*` (see `BoundaryLocator`).
    /// - Throws: `BoundaryError` when the files are missing or corrupt, or GEOS or PROJ fails.
    public static func loadDistricts(directory: String) throws(BoundaryError) -> AdministrativeBoundaries {
        let projection = LocalProjection(centre: projectionCentre)
        let (districts, repaired) = try districts(
            from: try DistrictFile.read(directory: directory, detail: .full), projection: projection)
        return AdministrativeBoundaries(
            districts: districts, provinces: [], repairedDistrictCodes: repaired, equalAreaProjection: projection)
    }

    /// Builds the boundaries from district records: validates (and repairs) each district, unions the
    /// districts of each province, and measures areas. `build(records:tasks:)` does the same on several cores.
    ///
    /// - Parameter records: the districts as read by `DistrictFile.read(directory:detail:)`.
    /// - Throws: `BoundaryError.geometry` when GEOS or PROJ fails.
    package init(records: [DistrictRecord]) throws(BoundaryError) {
        let projection = LocalProjection(centre: Self.projectionCentre)
        let (districts, repaired) = try Self.districts(from: records, projection: projection)
        var provinces: [AdministrativeProvince] = []
        for (plate, code) in Self.provinceCodes(records) {
            provinces.append(try Self.province(plate: plate, code: code, districts: districts, projection: projection))
        }
        self.init(
            districts: districts, provinces: provinces, repairedDistrictCodes: repaired, equalAreaProjection: projection)
    }

    /// `init(records:)` with the provinces' unions (most of the work) spread over `tasks` concurrent tasks,
    /// each with its own GEOS and PROJ contexts; the result does not depend on `tasks`.
    ///
    /// - Parameters:
    ///   - records: the districts as read by `DistrictFile.read(directory:detail:)`.
    ///   - tasks: the number of concurrent tasks (at least 1), typically the number of cores.
    /// - Throws: `BoundaryError.geometry` when GEOS or PROJ fails.
    package static func build(records: [DistrictRecord], tasks: Int) async throws(BoundaryError) -> AdministrativeBoundaries {
        let projection = LocalProjection(centre: projectionCentre)
        let (districts, repaired) = try Self.districts(from: records, projection: projection)
        let codes = provinceCodes(records)
        let taskCount = max(1, min(tasks, codes.count))
        do {
            let provinces = try await ParallelJobs.mapThrowing(count: taskCount, workers: taskCount) { task in
                // Provinces task, task + taskCount, …: big and small ones spread evenly.
                try stride(from: task, to: codes.count, by: taskCount).map { codes[$0] }.map {
                    try province(plate: $0.plate, code: $0.code, districts: districts, projection: projection)
                }
            }.joined().sorted { $0.plate < $1.plate }
            return AdministrativeBoundaries(
                districts: districts, provinces: provinces, repairedDistrictCodes: repaired, equalAreaProjection: projection)
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .geometry(subject: "the provinces", message: String(describing: error))
        }
    }

    /// Reads the district files in `directory` and builds the boundaries on `tasks` concurrent tasks.
    ///
    /// - Throws: `BoundaryError` when the files are missing or corrupt, or GEOS or PROJ fails.
    public static func load(directory: String, detail: DistrictFile.Detail = .full, tasks: Int) async throws(BoundaryError)
        -> AdministrativeBoundaries
    {
        try await build(records: try DistrictFile.read(directory: directory, detail: detail), tasks: tasks)
    }

    /// The districts, validated (repaired where invalid) and measured; and the codes of the repaired ones.
    private static func districts(
        from records: [DistrictRecord], projection: LocalProjection
    ) throws(BoundaryError) -> ([AdministrativeDistrict], [String]) {
        let (context, transformer) = try BoundaryGeometry.run("the equal-area projection") {
            (try GeometryContext(), try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext()))
        }
        var districts: [AdministrativeDistrict] = []
        var repaired: [String] = []
        for record in records {
            let subject = "district \(record.pcode) (\(record.district), \(record.province))"
            let (polygons, wasRepaired) = try BoundaryGeometry.run(subject) { () throws -> ([[[Coordinate]]], Bool) in
                let rings = BoundaryGeometry.rings(record.polygons)
                let built = try BoundaryGeometry.geometry(rings, in: context)
                if try built.isValid() { return (rings, false) }
                return (try BoundaryGeometry.polygonalRings(of: try built.makeValid()), true)
            }
            if wasRepaired { repaired.append(record.pcode) }
            let area = try BoundaryGeometry.run(subject) {
                try BoundaryGeometry.areaSquareKilometres(polygons, transformer: transformer)
            }
            districts.append(
                AdministrativeDistrict(
                    code: record.pcode, plate: record.plate, province: record.province, name: record.district,
                    polygons: polygons, areaSquareKilometres: area))
        }
        return (districts, repaired)
    }

    /// Each province's plate number and p-code, by plate number.
    private static func provinceCodes(_ records: [DistrictRecord]) -> [(plate: Int, code: String)] {
        var codes: [Int: String] = [:]
        for record in records where codes[record.plate] == nil { codes[record.plate] = record.provinceCode }
        return codes.keys.sorted().map { (plate: $0, code: codes[$0] ?? "") }
    }

    /// One province: the GEOS unary union of its districts, measured, in a context of its own.
    private static func province(
        plate: Int, code: String, districts: [AdministrativeDistrict], projection: LocalProjection
    ) throws(BoundaryError) -> AdministrativeProvince {
        let members = districts.filter { $0.plate == plate }
        let name = members.first?.province ?? String(plate)
        let subject = "province \(name) (plate \(plate))"
        let (polygons, area) = try BoundaryGeometry.run(subject) { () throws -> ([[[Coordinate]]], Double) in
            let context = try GeometryContext()
            let transformer = try Transformer(from: .wgs84, to: projection.crs, in: try ProjectionContext())
            let parts = try members.map { try BoundaryGeometry.geometry($0.polygons, in: context) }
            let union = try Geometry.collection(parts, as: .geometryCollection, in: context).unaryUnion()
            let polygons = try BoundaryGeometry.polygonalRings(of: union)
            return (polygons, try BoundaryGeometry.areaSquareKilometres(polygons, transformer: transformer))
        }
        return AdministrativeProvince(
            plate: plate, code: code, name: name, districtCodes: members.map(\.code), polygons: polygons,
            areaSquareKilometres: area)
    }

    /// The province with plate number `plate`, or nil.
    public func province(plate: Int) -> AdministrativeProvince? {
        provinces.first { $0.plate == plate }
    }

    /// The district with p-code `code` (e.g. `TUR016005`), or nil.
    public func district(code: String) -> AdministrativeDistrict? {
        districts.first { $0.code == code }
    }
}
