import Foundation
@testable import Kume
import Testing

@Suite("HTMLText")
struct HTMLTextTests {
    @Test("Markup characters are escaped in text and in attributes; Turkish letters stay as they are")
    func escaping() {
        #expect(HTMLText.escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d")
        #expect(HTMLText.escape("\"quoted\" 'single'") == "\"quoted\" 'single'")
        #expect(HTMLText.escapeAttribute("\"x\" & 'y' <z>") == "&quot;x&quot; &amp; &#39;y&#39; &lt;z&gt;")
        #expect(HTMLText.escape("İzmir, Muğla, Eskişehir, Iğdır") == "İzmir, Muğla, Eskişehir, Iğdır")
    }

    @Test("Characters HTML forbids (NUL, other controls, non-characters) become U+FFFD; tab and newline stay")
    func forbiddenCharacters() throws {
        #expect(HTMLText.escape("a\u{0}b\u{1}c\u{7F}d\u{85}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        // U+FFFE and U+FDD0 are non-characters (Swift refuses them in literals).
        let nonCharacters = [try #require(Unicode.Scalar(0xFFFE)), try #require(Unicode.Scalar(0xFDD0))]
        let text = "x" + String(Character(nonCharacters[0])) + "y" + String(Character(nonCharacters[1])) + "z"
        #expect(HTMLText.escape(text) == "x\u{FFFD}y\u{FFFD}z")
        #expect(HTMLText.escape("tab\tnew\nline\r") == "tab\tnew\nline\r")
    }
}

@Suite("HTMLDocument")
struct HTMLDocumentTests {
    @Test("A document starts with the HTML5 doctype and states its language and character set")
    func skeleton() throws {
        let document = HTMLDocument(language: "tr", title: "Küme raporu", body: [.element("p", text: "Merhaba")])
        let html = try document.render()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"tr\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Küme raporu</title>"))
        #expect(html.contains("<body><p>Merhaba</p></body></html>"))
        #expect(html.contains("Content-Security-Policy"))
        // html, head, 3 × meta, title, style, body, p.
        #expect(document.elementCount == 9)
    }

    @Test("A malformed language tag is refused")
    func badLanguage() {
        for tag in ["", "english", "t", "tr_TR", "en-", "en-GB-toolongsubtag"] {
            let document = HTMLDocument(language: tag, title: "x", body: [])
            #expect(throws: HTMLDocumentError.badLanguage(tag)) { try document.render() }
        }
        #expect(HTMLDocument.isLanguageTag("en-GB"))
    }

    /// Each way a page could fetch something, and the reference the writer must find.
    static let fetching: [(node: HTMLNode, reference: String)] = [
        (.element("img", ["src": "http://example.invalid/a.png", "alt": "a"]), "http://example.invalid/a.png"),
        (.element("img", ["srcset": "logo.png 2x", "alt": "a"]), "logo.png 2x"),
        (.element("link", ["rel": "stylesheet", "href": "https://cdn.example.invalid/x.css"]),
         "https://cdn.example.invalid/x.css"),
        (.element("div", ["style": "background: url('tiles/0/0/0.png')"]), "tiles/0/0/0.png"),
        (.element("style", text: "@font-face { font-family: X; src: url(https://fonts.example.invalid/x.woff2) }"),
         "https://fonts.example.invalid/x.woff2"),
        (.element("style", text: "@import 'other.css';"), "@import"),
        (.element("script", text: "1"), "<script>"),
        (.element("iframe", ["title": "x"]), "<iframe>"),
    ]

    @Test("Anything the page would fetch is refused, naming it", arguments: fetching)
    func refusesFetches(node: HTMLNode, reference: String) {
        let document = HTMLDocument(language: "en", title: "x", body: [node])
        let error = #expect(throws: HTMLDocumentError.self) { try document.render() }
        #expect(error?.description.contains(reference) == true, "\(String(describing: error))")
    }

    @Test("data: URLs, same-document references and links are not fetches")
    func allowsSelfContainedReferences() throws {
        let document = HTMLDocument(language: "en", title: "x", body: [
            .element("img", ["src": "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "alt": "dot"]),
            .element("div", ["style": "fill: url(#hatch)"]),
            .element("a", ["href": "https://www.sanayi.gov.tr/"], [.text("Ministry")]),
            .element("a", ["href": "other-report.html"], [.text("the next roster")]),
        ])
        #expect(document.fetchedReferences.isEmpty)
        _ = try document.render()
    }

    @Test("An attribute whose value is nil is left out")
    func nilAttribute() throws {
        let html = try HTMLDocument(language: "en", title: "x", body: [.element("td", ["class": nil], text: "1")])
            .render()
        #expect(html.contains("<td>1</td>"))
    }
}
