import Foundation

/// SVG markup written by kume's map and chart writers, ready to be placed inline in an HTML page or saved as an
/// `.svg` file; it knows how many elements it holds and which URLs it would fetch (none, as kume writes it).
package struct SVGMarkup: Sendable {
    /// The `<svg>` element's markup.
    package let text: String
    /// The number of elements, the `<svg>` element included.
    package let elementCount: Int
    /// URLs that a browser would fetch for it (never `#fragment` or `data:` references).
    let fetchedReferences: [String]

    /// The markup as a standalone SVG file: an XML declaration, then the `<svg>` element.
    package var standaloneFile: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text + "\n"
    }
}

/// Writes SVG elements one by one, escaping text and attribute values, and counting elements.
struct SVGBuilder {
    private(set) var text = ""
    private(set) var elementCount = 0
    private var references: [String] = []
    private var openElements: [String] = []

    /// Opens an element that will hold others.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        start(name, attributes)
        text += ">"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { preconditionFailure("no open SVG element to close") }
        text += "</\(name)>"
    }

    /// An element without content.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        start(name, attributes)
        text += "/>"
    }

    /// An element holding only text (escaped).
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String) {
        start(name, attributes)
        text += ">" + HTMLText.escape(content) + "</\(name)>"
    }

    /// A `<title>` child: the tooltip and accessible name of its parent.
    mutating func title(_ content: String?) {
        guard let content, !content.isEmpty else { return }
        element("title", text: content)
    }

    /// The finished markup.
    func finish() -> SVGMarkup {
        precondition(openElements.isEmpty, "unclosed SVG elements: \(openElements)")
        return SVGMarkup(text: text, elementCount: elementCount, fetchedReferences: references)
    }

    private mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        elementCount += 1
        text += "<\(name)"
        for (key, value) in attributes {
            guard let value else { continue }
            text += " \(key)=\"\(HTMLText.escapeAttribute(value))\""
            if key == "href" || key == "xlink:href", !value.hasPrefix("#"), !value.hasPrefix("data:") {
                references.append(value)
            } else if key == "style" || key == "fill" || key == "stroke" || key == "filter" || key == "clip-path"
                        || key == "mask" {
                references += CSSReferences.fetched(in: value)
            }
        }
    }
}

/// Numbers in SVG coordinates and lengths.
enum SVGNumber {
    /// `value` with at most `decimals` decimals and no trailing zeros ("12.5", "3", "-0.1").
    static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Points as `x,y x,y …` for `points` attributes.
    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(format($0.x)),\(format($0.y))" }.joined(separator: " ")
    }
}
