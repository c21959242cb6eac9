import Foundation
import KumeData
import KumeGDAL
import Testing
@testable import Kume

/// Rosters of a portfolio in the other formats kume reads: the same counts as the CSV example.
@Suite("Portfolio rosters in workbooks and GIS layers")
struct PortfolioFormatsTests {
    @Test("Two clusters' rosters as .xlsx and .gpkg count as their CSVs did, and every year's indicators are the hand values",
          arguments: [2021, 2023])
    func workbookAndGeoPackage(year: Int) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-portfolio-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = PortfolioExampleTests.folder
        let converted = ["bursa-textile": (VectorDriver.xlsx, "xlsx"), "konya-machinery": (.geoPackage, "gpkg")]
        for name in try FileManager.default.contentsOfDirectory(atPath: example.path) {
            let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            let source = example.appendingPathComponent(name)
            guard let (driver, fileExtension) = converted[stem] else {
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
                continue
            }
            // Every cell as text, as a person types a roster into a spreadsheet (the example has no quoted fields).
            let rows = try String(contentsOf: source, encoding: .utf8).split(separator: "\n")
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let dataset = try VectorDataset.create(folder.appendingPathComponent("\(stem).\(fileExtension)").path, driver: driver)
            let layer = try dataset.createLayer(named: "Üyeler", geometryType: .none, spatialReference: nil)
            for header in rows[0] { try layer.createField(FieldDefinition(name: header, type: .string)) }
            for row in rows.dropFirst() {
                try layer.add(values: row.map { $0.isEmpty ? .null : .string($0) }, geometryWKB: nil)
            }
            try dataset.close()
        }
        let clusters = try await PortfolioFolder.clusters(in: folder.path)
        #expect(clusters.map(\.name) == ["bursa-automotive", "bursa-rail", "bursa-textile", "eskisehir-aviation",
                                         "kayseri-furniture", "konya-machinery"])
        let table = try MonitoringTableReader.read(path: folder.appendingPathComponent("monitoring.csv").path)
        let review = try await PortfolioReview.make(clusters: clusters, monitoring: table, year: year)
        let scopes = [("programme", review.indicators)] + review.clusters.map { ($0.name, $0.indicators) }
        for (scope, indicators) in scopes {
            #expect(PortfolioIndicator.allCases.map { indicators[$0] } == PortfolioExampleTests.expected[scope]?[year], "\(scope)")
        }
    }
}
