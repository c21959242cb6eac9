import Foundation
import HeadlessChromium
import Testing

extension BrowserTests {
    @Suite("BrowserPage loading and requests")
    struct PageLoadingTests {
        @Test("A self-contained page loads with no outside request, no console error, and its DOM can be queried")
        func selfContainedPage() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let url = try pages.page(
                "self-contained",
                head: "<style>h1 { color: #123456; font-family: sans-serif }</style>",
                body: """
                    <h1 id="verdict">ELIGIBLE · Uygun</h1>
                    <svg width="40" height="40"><circle cx="20" cy="20" r="10"/></svg>
                    <img alt="dot" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
                    <script>document.body.dataset.ready = "yes"; console.log("ready")</script>
                    """)
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(url)
                #expect(page.externalRequests.isEmpty, "\(page.externalRequests)")
                #expect(page.errors.isEmpty, "\(page.errors)")
                #expect(page.requests.first?.resourceType == "Document")
                #expect(try page.evaluate("document.getElementById('verdict').textContent") == "ELIGIBLE · Uygun")
                #expect(try page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(18, 52, 86)")
                #expect(try page.evaluate("document.querySelectorAll('svg circle').length") == 1)
                #expect(try page.evaluate("document.body.dataset.ready") == "yes")
                #expect(try page.evaluate("document.documentElement.lang") == "en")
                #expect(try page.html().contains(#"<body data-ready="yes">"#))
                #expect(page.consoleMessages.contains {
                    $0.source == .console && $0.level == .info && $0.text == "ready"
                })
            }
        }

        /// Each way a page can reach outside its own file, with the URL the browser must report.
        static let outsideRequests: [(name: String, head: String, body: String, url: String, type: String)] = [
            ("an image from the network", "", #"<img src="http://example.invalid/logo.png" alt="logo">"#,
             "http://example.invalid/logo.png", "Image"),
            ("a web font", """
                <style>@font-face { font-family: Remote; src: url(http://example.invalid/font.woff2) format("woff2") }
                p { font-family: Remote, sans-serif }</style>
                """, "<p>Küme</p>", "http://example.invalid/font.woff2", "Font"),
            ("a stylesheet from a CDN", #"<link rel="stylesheet" href="https://cdn.example.invalid/style.css">"#,
             "<p>x</p>", "https://cdn.example.invalid/style.css", "Stylesheet"),
            ("a script from a CDN", "", #"<script src="https://cdn.example.invalid/lib.js"></script>"#,
             "https://cdn.example.invalid/lib.js", "Script"),
            ("a map tile as a CSS background",
             "<style>div { width: 10px; height: 10px; background: url(http://tiles.example.invalid/1/0/0.png) }</style>",
             "<div></div>", "http://tiles.example.invalid/1/0/0.png", "Image"),
            ("a fetch from a script", "", "<script>fetch('http://example.invalid/data.json').catch(() => {})</script>",
             "http://example.invalid/data.json", "Fetch"),
            ("a request to this machine", "", #"<img src="http://127.0.0.1:8/x.png" alt="x">"#,
             "http://127.0.0.1:8/x.png", "Image"),
            ("a frame from the network", "", #"<iframe src="http://example.invalid/frame.html"></iframe>"#,
             "http://example.invalid/frame.html", "Document"),
        ]

        @Test("A request that leaves the page is recorded and fails", arguments: outsideRequests)
        func outsideRequest(name: String, head: String, body: String, url: String, type: String) throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("outside", head: head, body: body)
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let caught = page.externalRequests.first { $0.url == url }
                #expect(caught?.resourceType == type, "\(name): \(page.requests)")
                #expect(caught?.failure != nil, "\(name): the request must not reach anything")
                #expect(page.externalRequests.allSatisfy { $0.failure != nil })
            }
        }

        @Test("A file beside the page is an outside request too: the page must carry everything itself")
        func siblingFile() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            try Data("body { color: red }".utf8).write(to: pages.folder.appendingPathComponent("style.css"))
            let file = try pages.page("sibling", head: #"<link rel="stylesheet" href="style.css">"#, body: "<p>x</p>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let urls = page.externalRequests.map(\.url)
                #expect(urls == [pages.folder.appendingPathComponent("style.css").absoluteString])
            }
        }

        @Test("A missing file is an error that names it")
        func missingFile() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let missing = pages.folder.appendingPathComponent("nothing.html")
            try HeadlessChromium.withBrowser { browser in
                let error = #expect(throws: BrowserError.self) { try browser.open(missing) }
                #expect(error?.description.contains("nothing.html") == true)
            }
        }
    }
}
