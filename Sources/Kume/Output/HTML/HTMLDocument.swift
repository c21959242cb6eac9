/// A self-contained HTML5 document: one file with its stylesheet inline and its drawings as inline SVG, that
/// fetches nothing (a Content-Security-Policy says so to the browser as well) and prints on A4.
package struct HTMLDocument: Sendable {
    /// The document's language as a BCP 47 tag (`en`, `tr`): the `lang` attribute.
    package var language: String
    /// The `<title>`.
    package var title: String
    /// The `<meta name="description">`, when given.
    package var summary: String?
    /// The CSS of the `<style>` element; `ReportStyleSheet.css` by default.
    package var styleSheet: String
    /// The content of `<body>`.
    package var body: [HTMLNode]

    /// The policy the document states for itself: nothing may be fetched; inline styles and `data:` images only.
    package static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

    /// Creates a document.
    /// - Parameters:
    ///   - language: a BCP 47 tag such as `en` or `tr`.
    ///   - title: the document title.
    ///   - summary: a one-sentence description for `<meta name="description">`.
    ///   - styleSheet: the inline CSS.
    ///   - body: the body's content.
    package init(language: String, title: String, summary: String? = nil,
                styleSheet: String = ReportStyleSheet.css, body: [HTMLNode]) {
        self.language = language
        self.title = title
        self.summary = summary
        self.styleSheet = styleSheet
        self.body = body
    }

    /// The `<html>` element with everything in it.
    var root: HTMLNode {
        var head: [HTMLNode] = [
            .element("meta", ["charset": "utf-8"]),
            .element("meta", ["http-equiv": "Content-Security-Policy", "content": Self.contentSecurityPolicy]),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .element("title", text: title),
        ]
        if let summary { head.append(.element("meta", ["name": "description", "content": summary])) }
        head.append(.element("style", text: styleSheet))
        return .element("html", ["lang": language], [.element("head", head), .element("body", body)])
    }

    /// The number of elements in the document: a browser that parses it finds as many when it is well formed.
    package var elementCount: Int { root.elementCount }

    /// Every URL the document would make a browser fetch; empty for a document kume writes.
    package var fetchedReferences: [String] {
        var found: [String] = []
        root.fetchedReferences(into: &found)
        return found
    }

    /// The document's text: `<!DOCTYPE html>` (standards mode) and the `<html>` element, UTF-8.
    /// - Throws: `HTMLDocumentError` when the language tag is malformed or something in the document would be
    ///   fetched (an image, stylesheet, font or script from a URL), which a self-contained page must not do.
    package func render() throws(HTMLDocumentError) -> String {
        guard Self.isLanguageTag(language) else { throw .badLanguage(language) }
        let references = fetchedReferences
        guard references.isEmpty else { throw .fetchesResources(references) }
        var out = "<!DOCTYPE html>\n"
        root.render(into: &out)
        out += "\n"
        return out
    }

    /// Whether `tag` looks like a BCP 47 language tag: a 2–3 letter language, then `-` subtags of letters and digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

/// Why an HTML document could not be written.
package enum HTMLDocumentError: Error, CustomStringConvertible, Equatable {
    /// The language is not a BCP 47 tag.
    case badLanguage(String)
    /// The document would fetch these URLs.
    case fetchesResources([String])

    package var description: String {
        switch self {
        case .badLanguage(let tag):
            "'\(tag)' is not a language tag: use a BCP 47 tag such as en or tr"
        case .fetchesResources(let references):
            "the page would fetch \(references.joined(separator: ", ")): a self-contained page must carry its "
                + "images, styles and fonts inline (data: URLs, inline CSS and SVG) or use system fonts"
        }
    }
}
