import Foundation
import KumeData

/// A concentration of firms of some NACE classes planted into a synthetic registry.
package struct PlantedCluster: Sendable, Hashable {
    /// A short name (`automotive_bursa`).
    package var name: String
    /// The province the centre lies in.
    package var province: String
    /// The centre's longitude in degrees (WGS84).
    package var centreLongitude: Double
    /// The centre's latitude in degrees (WGS84).
    package var centreLatitude: Double
    /// The radius in kilometres: firms are drawn from a Gaussian of standard deviation radius/2 around the
    /// centre, truncated at the radius.
    package var radiusKilometres: Double
    /// The NACE Rev.2 classes; each planted firm takes one of them with equal probability.
    package var naceClasses: [NaceCode]
    /// The fraction (0–1) of all generated firms planted here.
    package var share: Double

    /// Creates a planted cluster.
    /// - Parameters:
    ///   - name: a short name.
    ///   - province: the province of the centre.
    ///   - centreLongitude: degrees east (WGS84).
    ///   - centreLatitude: degrees north (WGS84).
    ///   - radiusKilometres: the truncation radius in kilometres; positive.
    ///   - naceClasses: the classes of the planted firms; not empty.
    ///   - share: the fraction of all firms, 0–1.
    package init(
        name: String, province: String, centreLongitude: Double, centreLatitude: Double,
        radiusKilometres: Double, naceClasses: [NaceCode], share: Double
    ) {
        self.name = name
        self.province = province
        self.centreLongitude = centreLongitude
        self.centreLatitude = centreLatitude
        self.radiusKilometres = radiusKilometres
        self.naceClasses = naceClasses
        self.share = share
    }

    /// Reads a planted-cluster spec (the columns of `data/synthetic/planted_clusters.csv`:
    /// `name,province,centre_lon,centre_lat,radius_km,nace,share`, further columns ignored; no quoted fields).
    /// - Parameters:
    ///   - csv: the file's text.
    ///   - file: the file name used in error messages.
    /// - Throws: ``DetectionError/invalidSyntheticInput(problem:remedy:)`` naming `FILE:LINE:COLUMN`.
    package static func parse(csv: String, file: String) throws(DetectionError) -> [PlantedCluster] {
        let lines = csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let header = (lines.first ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let required = ["name", "province", "centre_lon", "centre_lat", "radius_km", "nace", "share"]
        var column: [String: Int] = [:]
        for name in required {
            guard let index = header.firstIndex(of: name) else {
                throw .invalidSyntheticInput(
                    problem: "\(file):1:0: no column \(name)",
                    remedy: "give the header \(required.joined(separator: ","))")
            }
            column[name] = index
        }
        var result: [PlantedCluster] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func field(_ name: String) throws(DetectionError) -> (text: String, column: Int) {
                let index = column[name] ?? 0
                guard index < fields.count else {
                    throw .invalidSyntheticInput(
                        problem: "\(file):\(offset + 1):\(fields.count): the row has \(fields.count) fields",
                        remedy: "give all \(header.count) columns")
                }
                return (fields[index], index + 1)
            }
            func number(_ name: String, _ valid: (Double) -> Bool, _ remedy: String) throws(DetectionError) -> Double {
                let (text, index) = try field(name)
                guard let value = Double(text), valid(value) else {
                    throw .invalidSyntheticInput(problem: "\(file):\(offset + 1):\(index): \(name) is '\(text)'", remedy: remedy)
                }
                return value
            }
            let (codes, codesColumn) = try field("nace")
            let classes = codes.split(separator: " ").map { NaceCode(canonical: String($0)) }
            guard !classes.isEmpty, classes.allSatisfy({ $0.level == .class && $0.code.count == 5 }) else {
                throw .invalidSyntheticInput(
                    problem: "\(file):\(offset + 1):\(codesColumn): nace is '\(codes)'",
                    remedy: "give NACE classes such as 29.10, separated by spaces")
            }
            result.append(PlantedCluster(
                name: try field("name").text, province: try field("province").text,
                centreLongitude: try number("centre_lon", { (-180 ... 180).contains($0) }, "give degrees east, -180 to 180"),
                centreLatitude: try number("centre_lat", { (-90 ... 90).contains($0) }, "give degrees north, -90 to 90"),
                radiusKilometres: try number("radius_km", { $0 > 0 && $0.isFinite }, "give a positive radius in kilometres"),
                naceClasses: classes,
                share: try number("share", { (0 ... 1).contains($0) }, "give a fraction between 0 and 1")))
        }
        return result
    }
}
