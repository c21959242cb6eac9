import Foundation
import KumeGDAL
import Testing

@Suite("KumeGDAL across tasks")
struct GDALConcurrencyTests {
    @Test("Tasks reading their own workbooks with opposite header settings each see their own, errors included")
    func workbooksInParallel() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let paths = ["xlsx", "ods"].map { folder.path("roster.\($0)") }
        try SpreadsheetTests.writeWorkbook(paths[0], driver: .xlsx)
        try SpreadsheetTests.writeWorkbook(paths[1], driver: .ods)
        // Each task opens its own dataset (datasets are not Sendable) and reads it with no suspension point
        // between GDAL calls, so GDAL's per-thread error state and the thread-local spreadsheet settings hold.
        let results = try await withThrowingTaskGroup(of: (Int, String, Int, String).self) { group in
            for index in 0..<8 {
                group.addTask {
                    let raw = index % 2 == 0
                    let workbook = try VectorDataset.open(
                        paths[index / 2 % 2], drivers: [.xlsx, .ods],  // each format read both ways
                        spreadsheet: SpreadsheetOptions(headers: raw ? .none : .firstRow))
                    var error = ""
                    do {
                        _ = try workbook.layer(named: "Sayfa\(index)")
                    } catch let failure as GDALError {
                        error = failure.description
                    }
                    let sheet = try workbook.layer(at: 0)
                    let name = try sheet.fields().first?.name ?? ""
                    var rows = 0
                    try sheet.forEachFeature { _ in rows += 1 }
                    return (index, name, rows, error)
                }
            }
            var collected: [(Int, String, Int, String)] = []
            for try await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }
        }
        #expect(results.count == 8)
        for (index, name, rows, error) in results {
            #expect(name == (index % 2 == 0 ? "Field1" : "Sıra"), "task \(index)")
            #expect(rows == (index % 2 == 0 ? 3 : 2), "task \(index)")
            #expect(error.contains("no layer or sheet 'Sayfa\(index)'"), "task \(index)")
        }
    }
}
