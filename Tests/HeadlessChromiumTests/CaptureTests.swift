import Foundation
import HeadlessChromium
import Testing

extension BrowserTests {
    @Suite("BrowserPage screenshots and printing")
    struct CaptureTests {
        /// 210 mm and 297 mm in PostScript points (72 per inch, 25.4 mm per inch).
        static let a4WidthPoints = 210 / 25.4 * 72  // 595.28
        static let a4HeightPoints = 297 / 25.4 * 72  // 841.89

        @Test("A blank page's screenshot is blank")
        func blankPage() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("blank", body: "")
            try HeadlessChromium.withBrowser { browser in
                let shot = try browser.open(file).screenshot()
                #expect(shot.isBlank)
                #expect(shot.inkPixels == 0)
                #expect(shot.backgroundRGBA == [255, 255, 255, 255])
                #expect(shot.luminanceStandardDeviation < 1e-9)
                #expect((shot.widthPixels, shot.heightPixels) == (1280, 900))
            }
        }

        @Test("A page in one colour other than white is blank too")
        func oneColourPage() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page("grey", head: "<style>html { background: rgb(200, 200, 200) }</style>", body: "")
            try HeadlessChromium.withBrowser { browser in
                let shot = try browser.open(file).screenshot()
                #expect(shot.isBlank)
                #expect(shot.backgroundRGBA == [200, 200, 200, 255])
            }
        }

        @Test("A black 100 × 100 px square on white is 10,000 ink pixels")
        func blackSquare() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page(
                "square", head: "<style>body { margin: 0 } div { position: absolute; left: 40px; top: 30px; "
                    + "width: 100px; height: 100px; background: #000 }</style>",
                body: "<div></div>")
            try HeadlessChromium.withBrowser { browser in
                let shot = try browser.open(file).screenshot()
                #expect(!shot.isBlank)
                #expect(shot.inkPixels == 100 * 100)
                // Luminance is 255 on 1,142,000 pixels and 0 on 10,000: σ = 255·√(p(1−p)),
                // p = 10,000 / (1280 × 900).
                let p = 10_000.0 / (1280 * 900)
                #expect(abs(shot.luminanceStandardDeviation - 255 * (p * (1 - p)).squareRoot()) < 1e-6)
                #expect(shot.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            }
        }

        @Test("A full-page screenshot covers the whole document, beyond the viewport")
        func fullPage() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page(
                "tall",
                head: "<style>body { margin: 0 } div { height: 2000px; background: linear-gradient(#fff, #000) }</style>",
                body: "<div></div>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let shot = try page.screenshot(fullPage: true)
                #expect((shot.widthPixels, shot.heightPixels) == (1280, 2000))
                #expect(!shot.isBlank)
            }
        }

        @Test("A page broken in two prints as two A4 pages")
        func twoPages() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page(
                "two-pages", head: "<style>section { break-after: page }</style>",
                body: "<section><h1>Verdict</h1></section><section><h1>Members</h1></section>")
            try HeadlessChromium.withBrowser { browser in
                let printed = try browser.open(file).printToPDF()
                #expect(printed.pageCount == 2)
                #expect(abs(printed.pageWidthPoints - Self.a4WidthPoints) < 1)
                #expect(abs(printed.pageHeightPoints - Self.a4HeightPoints) < 1)
                #expect(printed.pdf.starts(with: Array("%PDF-".utf8)))
            }
        }

        @Test("Print media can be emulated, so print-only CSS can be checked in the DOM")
        func printMedia() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page(
                "media", head: "<style>@media print { p { display: none } }</style>", body: "<p>screen only</p>")
            try HeadlessChromium.withBrowser { browser in
                let page = try browser.open(file)
                let display = "getComputedStyle(document.querySelector('p')).display"
                #expect(try page.evaluate(display) == "block")
                try page.emulateMedia("print")
                #expect(try page.evaluate(display) == "none")
                try page.emulateMedia(nil)
                #expect(try page.evaluate(display) == "block")
            }
        }

        @Test("A short page prints as one page, and CSS @page size decides the paper")
        func cssPageSize() throws {
            let pages = try TestPages()
            defer { pages.remove() }
            let file = try pages.page(
                "landscape", head: "<style>@page { size: A4 landscape; margin: 15mm }</style>", body: "<p>One page</p>")
            try HeadlessChromium.withBrowser { browser in
                let printed = try browser.open(file).printToPDF()
                #expect(printed.pageCount == 1)
                #expect(abs(printed.pageWidthPoints - Self.a4HeightPoints) < 1)
                #expect(abs(printed.pageHeightPoints - Self.a4WidthPoints) < 1)
            }
        }
    }
}
