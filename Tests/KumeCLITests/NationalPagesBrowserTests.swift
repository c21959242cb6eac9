import Foundation
import HeadlessChromium
import Testing

/// The national pages, written by the command and opened from their file in headless Chromium.
@Suite("kume rank --map FILE.html and kume detect --format html in Chromium", .serialized)
struct NationalPagesBrowserTests {
    static let repository = BoundaryCommandTests.repository
    static var polygons: Bool {
        FileManager.default.fileExists(atPath: repository.appendingPathComponent("boundaries/tur_polbna_adm2.shp").path)
    }

    /// Opens a written page and checks what every page must: nothing fetched, no console error, not blank.
    static func open<T>(_ file: URL, _ body: (BrowserPage) throws -> T) throws -> T {
        try HeadlessChromium.withBrowser { browser in
            let page = try browser.open(file)
            #expect(page.externalRequests.isEmpty, "\(page.externalRequests)")
            #expect(page.errors.isEmpty, "\(page.errors)")
            #expect(!(try page.screenshot()).isBlank)
            return try body(page)
        }
    }

    @Test("rank --map lq.html: 81 provinces in LQ classes, the planted furniture province darkest and first in the table",
          .enabled(if: polygons, "scripts/test fetches the district polygons into boundaries/"))
    func choropleth() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv")
        _ = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "5", "-o", registry.path])
        let map = folder.appendingPathComponent("lq31.html")
        let result = try KumeExecutable.run(
            ["rank", registry.path, "--weight", "firms", "--map", map.path, "--sector", "31", "--top", "1"], in: Self.repository)
        #expect(result.status == 0, "\(result.standardError)")
        try Self.open(map) { page in
            let provinces = try page.evaluate(
                "document.querySelectorAll('svg.kume-map g[data-role=features] path[data-id^=province-]').length")
            #expect(provinces == 81)
            // data/synthetic/planted_clusters.csv plants the furniture cluster (NACE 31) in Kayseri (plate 38).
            #expect(try page.evaluate("document.querySelector('[data-table=provinces] tbody tr').dataset.id") == "38")
            #expect(try page.evaluate(
                "document.querySelector('svg.kume-map g[data-role=features] [data-id=province-38]').closest('[data-layer]').dataset.layer") == "class-4")
            #expect(try page.evaluate("document.querySelectorAll('[data-table=provinces] tbody tr').length") == 81)
            #expect((1...6).contains(try page.printToPDF().pageCount))
        }
    }

    @Test("detect --format html: the planted Kayseri candidate on the map of provinces and in the table",
          .enabled(if: polygons, "scripts/test fetches the district polygons into boundaries/"))
    func candidates() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("registry.csv")
        _ = try KumeExecutable.run(["synth", "--firms", "20000", "--seed", "5", "-o", registry.path])
        let result = try KumeExecutable.run(["detect", registry.path, "--sector", "31", "--format", "html"], in: Self.repository)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("<!DOCTYPE html>"))
        let file = folder.appendingPathComponent("candidates.html")
        try Data(result.standardOutput.utf8).write(to: file)
        try Self.open(file) { page in
            #expect(try page.evaluate("document.querySelectorAll('svg.kume-map g[data-layer=provinces] path').length") == 81)
            #expect(try page.evaluate("document.querySelectorAll('svg.kume-map g[data-layer=candidates] path').length") == 1)
            let row = try page.evaluate("[...document.querySelectorAll('[data-table=candidates] tbody tr td')].map(c => c.textContent)")
            #expect(row[0] == "1")
            #expect(row[1] == "31")
            #expect(row[10] == "Kayseri")
        }
    }
}
