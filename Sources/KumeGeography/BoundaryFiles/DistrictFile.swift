import Foundation
import KumeData
import KumeGDAL
import KumeGeo

/// Reads the district polygons (`tur_polbna_adm2.shp` and its `.dbf`, `.shx`, `.cpg`) into `DistrictRecord`s
/// through GDAL's Shapefile driver, which honours the table's code page and groups each record's rings into
/// polygons with their holes.
public enum DistrictFile {
    /// Which of the two polygon sets to read.
    public enum Detail: Sendable, CaseIterable {
        /// The full-resolution polygons (`tur_polbna_adm2`, 10.7 MB), for locating points and areas.
        case full
        /// The package's simplified twin (`tur_polbna_adm2_simplified`, 4.8 MB).
        case simplified

        /// The file name without extension.
        public var stem: String {
            switch self {
            case .full: return "tur_polbna_adm2"
            case .simplified: return "tur_polbna_adm2_simplified"
            }
        }
    }

    /// The attribute fields the district table needs.
    static let requiredFields = ["pcode", "adm1", "adm1_tr", "adm2_tr"]

    /// Reads the districts from `directory`, names spelled from kume's official tables (`ProvinceTable`,
    /// `DistrictTable`): the file's upper-case names are not reliable about `I` versus `İ` (`ESKİŞEHIR`,
    /// `EDIRNE`), so they are matched Turkish-aware and spelled as the tables spell them.
    ///
    /// - Parameters:
    ///   - directory: the folder holding the boundary files (see `BoundaryLocator`).
    ///   - detail: full or simplified polygons.
    /// - Returns: the 973 districts in file order.
    /// - Throws: `BoundaryError` when a file is missing or cannot be read by GDAL, a field is missing, a
    ///   record has no polygon, or a p-code is malformed.
    package static func read(directory: String, detail: Detail = .full) throws(BoundaryError) -> [DistrictRecord] {
        let path = (directory as NSString).appendingPathComponent(detail.stem) + ".shp"
        do {
            return try read(path: path)
        } catch let error as BoundaryError {
            throw error
        } catch let error as GDALError {
            throw .unreadable(file: path, reason: error.gdalMessage ?? "\(error)")
        } catch {
            throw .unreadable(file: path, reason: "\(error)")
        }
    }

    private static func read(path: String) throws -> [DistrictRecord] {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw BoundaryError.unreadable(file: path, reason: "no such file, or not readable")
        }
        let dataset = try VectorDataset.open(path, drivers: [.shapefile])
        let layer = try dataset.layer(at: 0)
        let names = Set(try layer.fields().map(\.name))
        for field in requiredFields where !names.contains(field) {
            throw BoundaryError.missingField(file: path, field: field)
        }
        let columns = try requiredFields.map { try layer.fieldIndex(named: $0) }
        var result: [DistrictRecord] = []
        result.reserveCapacity(try layer.featureCount() ?? 0)
        var number = 0
        let context = try BoundaryGeometry.run("the district file") { try GeometryContext() }
        try layer.forEachFeature { feature in
            number += 1
            let texts = try columns.map { column -> String in
                if case .string(let text) = try feature.value(at: column) { return text }
                return ""
            }
            guard let wkb = try feature.geometryWKB(.xy) else {
                throw BoundaryError.invalidRecord(file: path, record: number, problem: "the record has no polygon")
            }
            let polygons = try Self.polygons(wkb, in: context, file: path, record: number)
            result.append(try record(pcode: texts[0], provinceCode: texts[1], adm1Name: texts[2], adm2Name: texts[3],
                                     polygons: polygons, path: path, number: number))
        }
        return result
    }

    /// The polygons of a record's WKB (one for a Polygon), rings as stored, read through GEOS's WKB reader.
    /// - Throws: ``BoundaryError/invalidRecord(file:record:problem:)`` for bytes that are not WKB, or a
    ///   geometry that is not a polygon or multipolygon.
    static func polygons(_ wkb: [UInt8], in context: GeometryContext, file: String, record: Int)
        throws(BoundaryError) -> [RingPolygon] {
        do {
            let geometry = try Geometry(wkb: wkb, in: context)
            let type = try geometry.type
            guard type == .polygon || type == .multiPolygon else {
                throw BoundaryError.invalidRecord(
                    file: file, record: record,
                    problem: "the geometry is a \(type.rawValue), not a polygon or multipolygon")
            }
            return try geometry.polygons().map { RingPolygon(shell: $0[0], holes: Array($0.dropFirst())) }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .invalidRecord(file: file, record: record, problem: "the polygon cannot be read: \(error)")
        }
    }

    /// A district from its attributes and polygons, names spelled officially.
    static func record(
        pcode: String, provinceCode: String, adm1Name: String, adm2Name: String, polygons: [RingPolygon], path: String,
        number: Int
    ) throws(BoundaryError) -> DistrictRecord {
        guard pcode.hasPrefix("TUR"), pcode.count == 9, let plate = Int(pcode.dropFirst(3).prefix(3)),
            (1...81).contains(plate), provinceCode == String(pcode.prefix(6))
        else {
            throw .invalidRecord(
                file: path, record: number,
                problem: "p-code '\(pcode)' / province code '\(provinceCode)' is not TURppp / TURpppddd")
        }
        return DistrictRecord(
            pcode: pcode, provinceCode: provinceCode, plate: plate,
            province: ProvinceTable.shared.province(plate: plate)?.name ?? TurkishText.titleCased(adm1Name),
            district: DistrictTable.shared.district(named: adm2Name, inProvince: plate)?.name
                ?? TurkishText.titleCased(adm2Name),
            sourceName: adm2Name, polygons: polygons)
    }
}
