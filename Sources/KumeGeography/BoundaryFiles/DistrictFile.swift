import Foundation
import KumeData

/// Reads the district polygons (`tur_polbna_adm2.shp` + `.dbf`) into `DistrictRecord`s.
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

    /// Reads the districts from `directory`, names spelled from kume's official tables (`ProvinceTable`,
    /// `DistrictTable`): the file's upper-case names are not reliable about `I` versus `İ` (`ESKİŞEHIR`,
    /// `EDIRNE`), so they are matched Turkish-aware and spelled as the tables spell them.
    ///
    /// - Parameters:
    ///   - directory: the folder holding the boundary files (see `BoundaryLocator`).
    ///   - detail: full or simplified polygons.
    /// - Returns: the 973 districts in file order.
    /// - Throws: `BoundaryError` when a file is missing, truncated or corrupt, a field is missing, the
    ///   `.shp` and `.dbf` disagree, or a p-code is malformed.
    public static func read(directory: String, detail: Detail = .full) throws(BoundaryError) -> [DistrictRecord] {
        let base = (directory as NSString).appendingPathComponent(detail.stem)
        let shapes = try Shapefile.read(path: base + ".shp")
        let table = try DBFTable.read(path: base + ".dbf")
        return try records(shapes: shapes, table: table, dbfPath: base + ".dbf")
    }

    /// Joins shapes and attributes record by record.
    static func records(shapes: Shapefile, table: DBFTable, dbfPath: String) throws(BoundaryError) -> [DistrictRecord] {
        guard shapes.records.count == table.records.count else {
            throw .recordCountMismatch(shapes: shapes.records.count, records: table.records.count, file: dbfPath)
        }
        func column(_ name: String) throws(BoundaryError) -> Int {
            guard let index = table.fieldIndex(named: name) else { throw .missingField(file: dbfPath, field: name) }
            return index
        }
        let pcodeColumn = try column("pcode")
        let adm1Column = try column("adm1")
        let adm1NameColumn = try column("adm1_tr")
        let adm2NameColumn = try column("adm2_tr")
        let provinces = ProvinceTable.shared
        let officialDistricts = DistrictTable.shared

        var result: [DistrictRecord] = []
        result.reserveCapacity(shapes.records.count)
        for (index, shape) in shapes.records.enumerated() where !table.deleted[index] {
            let row = table.records[index]
            let pcode = row[pcodeColumn].text ?? ""
            let provinceCode = row[adm1Column].text ?? ""
            let adm1Name = row[adm1NameColumn].text ?? ""
            let adm2Name = row[adm2NameColumn].text ?? ""
            guard pcode.hasPrefix("TUR"), pcode.count == 9, let plate = Int(pcode.dropFirst(3).prefix(3)),
                (1...81).contains(plate), provinceCode == String(pcode.prefix(6))
            else {
                throw .malformed(
                    file: dbfPath, byteOffset: table.byteOffset(record: index, field: pcodeColumn),
                    problem: "record \(index + 1): p-code '\(pcode)' / province code '\(provinceCode)' is not TURppp / TURpppddd")
            }
            result.append(
                DistrictRecord(
                    pcode: pcode, provinceCode: provinceCode, plate: plate,
                    province: provinces.province(plate: plate)?.name ?? TurkishText.titleCased(adm1Name),
                    district: officialDistricts.district(named: adm2Name, inProvince: plate)?.name
                        ?? TurkishText.titleCased(adm2Name),
                    sourceName: adm2Name, polygons: shape.polygons()))
        }
        return result
    }
}
