import Foundation
import HeadlessChromium
import Kume
import Testing

extension HTMLInBrowserTests {
    @Suite("HTMLDocument in Chromium")
    struct HTMLDocumentBrowserTests {
        /// Text that would break a page written without escaping.
        static let hostile = [
            "</td><script>alert(1)</script>",
            "Ali & Veli \"Kardeşler\" 'Ltd.' <b>Şti.</b>",
            "İĞÜŞÖÇ ığüşöç — 29.10 → 29.32",
            "<!-- not a comment -->",
            "]]></style><img src=x onerror=alert(2)>",
        ]

        @Test("Hostile text reaches the DOM exactly as given, in text and in attributes, and runs nothing")
        func hostileText() throws {
            let rows = Self.hostile.enumerated().map { index, text in
                HTMLNode.element("tr", ["data-row": "\(index)", "title": text], [
                    .element("td", text: text), .element("td", ["class": "number"], text: "\(index)"),
                ])
            }
            let document = HTMLDocument(language: "tr", title: Self.hostile[0], body: [
                .element("h1", text: Self.hostile[2]),
                .element("table", [.element("tbody", rows)]),
            ])
            try BrowserPageFixture.withPage(document) { page, _ in
                let cells = try page.evaluate(
                    "[...document.querySelectorAll('tr')].map(r => [r.cells[0].textContent, r.title])")
                let expected = JSONValue.array(Self.hostile.map { .array([.string($0), .string($0)]) })
                #expect(cells == expected)
                #expect(try page.evaluate("document.title") == .string(Self.hostile[0]))
                #expect(try page.evaluate("document.querySelectorAll('script, img').length") == 0)
                #expect(try page.screenshot().isBlank == false)
            }
        }

        @Test("The print stylesheet decides the paper: A4 even when the printer asks for Letter, tables split")
        func printsOnA4() throws {
            let rows = (1...150).map { number in
                HTMLNode.element("tr", [.element("td", text: "F\(number)"), .element("td", text: "Firma \(number) A.Ş.")])
            }
            let document = HTMLDocument(language: "en", title: "Members", body: [
                .element("h1", text: "Members"),
                .element("div", ["class": "no-print"], text: "Shown on screen only"),
                .element("table", [
                    .element("thead", [.element("tr", [.element("th", text: "id"), .element("th", text: "name")])]),
                    .element("tbody", rows),
                ]),
            ])
            try BrowserPageFixture.withPage(document) { page, _ in
                var letter = PrintOptions.a4
                letter.paperWidthInches = 8.5
                letter.paperHeightInches = 11
                let printed = try page.printToPDF(letter)
                // 210 × 297 mm in points (72 per inch): 595.28 × 841.89.
                #expect(abs(printed.pageWidthPoints - 210 / 25.4 * 72) < 1)
                #expect(abs(printed.pageHeightPoints - 297 / 25.4 * 72) < 1)
                #expect(printed.pageCount >= 2)
                // In print, the type is 9.5 pt (12.67 px at 96 px per inch) and screen-only parts are hidden.
                let hidden = "getComputedStyle(document.querySelector('.no-print')).display"
                #expect(try page.evaluate(hidden) == "block")
                try page.emulateMedia("print")
                #expect(try page.evaluate(hidden) == "none")
                let size = try page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)").number
                #expect(abs((size ?? 0) - 9.5 * 96 / 72) < 0.01)
            }
        }
    }
}
