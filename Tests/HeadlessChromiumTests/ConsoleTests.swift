import Foundation
import HeadlessChromium
import Testing

extension BrowserTests {
    @Suite("BrowserPage console")
    struct ConsoleTests {
        @Test("console.error is recorded as an error with its text and line")
        func consoleError() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("console-error", body: "<script>\nconsole.error('no geography', 42)\n</script>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let errors = page.errors
                #expect(errors.count == 1, "\(errors)")
                #expect(errors.first?.source == .console)
                #expect(errors.first?.text == "no geography 42")
                #expect(errors.first?.location?.hasSuffix("console-error.html:5") == true, "\(errors)")
            }
        }

        @Test("An uncaught exception is recorded as an error, also one thrown after the load")
        func uncaughtException() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("exception", body: """
                <script>throw new TypeError("map is undefined")</script>
                <script>addEventListener("load", () => { null.legend })</script>
                """)
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let exceptions = page.errors.filter { $0.source == .exception }
                #expect(exceptions.count == 2, "\(page.consoleMessages)")
                #expect(exceptions.contains { $0.text.hasPrefix("TypeError: map is undefined") })
                #expect(exceptions.contains { $0.text.contains("reading 'legend'") })
            }
        }

        @Test("Warnings and logs are kept but are not errors")
        func warningsAreNotErrors() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("warning", body: "<script>console.warn('careful'); console.info('fine')</script>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                #expect(page.errors.isEmpty)
                #expect(page.consoleMessages.map(\.level).contains(.warning))
                #expect(page.consoleMessages.contains { $0.text == "fine" && $0.level == .info })
            }
        }

        @Test("An expression that throws is reported to the caller, not as the page's error")
        func evaluationError() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("evaluate", body: "<p>x</p>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let error = #expect(throws: BrowserError.self) { try page.evaluate("document.querySelector('svg').id") }
                #expect(error?.description.contains("TypeError") == true)
                #expect(page.errors.isEmpty)
            }
        }
    }
}
