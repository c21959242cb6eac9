import Foundation
import HeadlessChromium
import Kume
import Testing

/// Renders an HTML document to a temporary file, opens it in headless Chromium, and checks what every
/// self-contained page must satisfy before handing the page to the test: no request left it, its console has no
/// error, it is in standards mode and UTF-8, and the browser's parser found exactly the elements kume wrote.
enum BrowserPageFixture {
    static func withPage<T>(_ document: HTMLDocument, _ body: (BrowserPage, String) throws -> T) throws -> T {
        let html = try document.render()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("kume-html-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: file)
        return try HeadlessChromium.withBrowser { browser in
            let page = try browser.open(file)
            #expect(page.externalRequests.isEmpty, "\(page.externalRequests)")
            #expect(page.errors.isEmpty, "\(page.errors)")
            #expect(try page.evaluate("document.compatMode") == "CSS1Compat")
            #expect(try page.evaluate("document.characterSet") == "UTF-8")
            #expect(try page.evaluate("document.documentElement.lang") == .string(document.language))
            let parsed = try page.evaluate("document.getElementsByTagName('*').length").integer
            #expect(parsed == document.elementCount, "the parser found other elements than were written")
            return try body(page, html)
        }
    }
}

/// Suites that open pages in Chromium, one test at a time.
@Suite("HTML in a browser", .serialized)
enum HTMLInBrowserTests {}
