import Foundation

/// A piece of an HTML document: an element with attributes and children, text, or markup that kume's own SVG
/// writers produced. Text and attribute values are escaped when rendered, so no input can change the structure.
package struct HTMLNode: Sendable {
    enum Content: Sendable {
        case element(name: String, attributes: [(name: String, value: String)], children: [HTMLNode])
        case text(String)
        case markup(SVGMarkup)
    }

    let content: Content

    /// Elements that have no end tag and no content.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// An element. Names are lower-case ASCII letters and digits (`h1`, `td`); attribute names may also hold `-`
    /// (`data-id`, `aria-label`). An attribute whose value is nil is left out.
    /// - Precondition: a valid element name and attribute names; no children for a void element (`meta`, `br`).
    package static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTMLNode] = []
    ) -> HTMLNode {
        precondition(isName(name, allowingHyphen: false), "not an HTML element name: \(name)")
        precondition(!voidElements.contains(name) || children.isEmpty, "<\(name)> cannot have content")
        var kept: [(name: String, value: String)] = []
        for (key, value) in attributes {
            precondition(isName(key, allowingHyphen: true), "not an HTML attribute name: \(key)")
            if let value { kept.append((key, value)) }
        }
        return HTMLNode(content: .element(name: name, attributes: kept, children: children))
    }

    /// An element without attributes.
    package static func element(_ name: String, _ children: [HTMLNode]) -> HTMLNode {
        element(name, [:], children)
    }

    /// An element holding only text.
    package static func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String)
        -> HTMLNode
    {
        element(name, attributes, [.text(text)])
    }

    /// Text, escaped when rendered.
    package static func text(_ text: String) -> HTMLNode {
        HTMLNode(content: .text(text))
    }

    /// An inline SVG drawing made by kume (a map or a chart).
    package static func svg(_ markup: SVGMarkup) -> HTMLNode {
        HTMLNode(content: .markup(markup))
    }

    /// The number of elements in this node and below it, inline SVG included: a browser that parses the rendered
    /// document finds exactly as many if the markup is well formed.
    package var elementCount: Int {
        switch content {
        case .element(_, _, let children): 1 + children.reduce(0) { $0 + $1.elementCount }
        case .text: 0
        case .markup(let markup): markup.elementCount
        }
    }

    /// Appends the node's markup.
    func render(into out: inout String) {
        switch content {
        case .text(let text):
            out += HTMLText.escape(text)
        case .markup(let markup):
            out += markup.text
        case .element(let name, let attributes, let children):
            out += "<\(name)"
            for attribute in attributes {
                out += " \(attribute.name)=\"\(HTMLText.escapeAttribute(attribute.value))\""
            }
            out += ">"
            if HTMLNode.voidElements.contains(name) { return }
            for child in children {
                // The stylesheet is kume's own CSS, written as it is (escaping would break its `>` selectors).
                if name == "style", case .text(let css) = child.content {
                    out += css
                } else {
                    child.render(into: &out)
                }
            }
            out += "</\(name)>"
        }
    }

    /// Every URL that the node would make a browser fetch: `src`, `srcset`, `poster`, `data`, `<link href>`, CSS
    /// `url(…)` and `@import` in `style` elements and attributes, and the same inside inline SVG. Same-document
    /// references (`#id`, `url(#id)`) and `data:` URLs are not fetched and not listed.
    func fetchedReferences(into found: inout [String]) {
        switch content {
        case .text:
            return
        case .markup(let markup):
            found += markup.fetchedReferences
        case .element(let name, let attributes, let children):
            for attribute in attributes {
                let value = attribute.value.trimmingCharacters(in: .whitespacesAndNewlines)
                switch attribute.name {
                case "src", "srcset", "poster", "data", "background", "action", "formaction", "ping", "manifest":
                    if !value.lowercased().hasPrefix("data:") { found.append(value) }
                case "href" where name == "link" || name == "base":
                    found.append(value)
                case "style":
                    found += CSSReferences.fetched(in: value)
                default:
                    break
                }
            }
            if name == "script" || name == "iframe" || name == "object" || name == "embed" {
                found.append("<\(name)>")
            }
            for child in children {
                if name == "style", case .text(let css) = child.content {
                    found += CSSReferences.fetched(in: css)
                } else {
                    child.fetchedReferences(into: &found)
                }
            }
        }
    }

    private static func isName(_ text: String, allowingHyphen: Bool) -> Bool {
        guard let first = text.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (allowingHyphen && byte == UInt8(ascii: "-"))
        }
    }
}

/// Finds the URLs that CSS text would fetch.
enum CSSReferences {
    /// The targets of `url(…)` and `@import` other than `#fragment` and `data:` URLs.
    static func fetched(in css: String) -> [String] {
        var found: [String] = []
        let lowered = css.lowercased()
        if lowered.contains("@import") { found.append("@import") }
        var rest = lowered[...]
        while let range = rest.range(of: "url(") {
            let after = rest[range.upperBound...]
            let end = after.firstIndex(of: ")") ?? after.endIndex
            var target = after[..<end].trimmingCharacters(in: .whitespaces)
            if target.hasPrefix("\"") || target.hasPrefix("'") { target = String(target.dropFirst().dropLast()) }
            if !target.hasPrefix("#") && !target.hasPrefix("data:") { found.append(target) }
            rest = after[end...]
        }
        return found
    }
}
