import Foundation
import KumeData

/// Pieces every kume HTML page is built from — tables, status marks, definition lists, notes — so `check`,
/// `batch`, `detect`, `rank` and other pages look and print alike.
package enum ReportParts {
    /// A table column: its heading and whether it holds numbers (right-aligned, tabular figures).
    package struct Column: Sendable {
        package var heading: String
        package var numeric: Bool

        package init(_ heading: String, numeric: Bool = false) {
            self.heading = heading
            self.numeric = numeric
        }
    }

    /// A table with a caption, a header row repeated on each printed page, and rows of cells.
    /// - Parameters:
    ///   - role: written as `data-table`, so tests and stylesheets find the table.
    ///   - rowIDs: written as each row's `data-id` (e.g. a member's id), when given.
    package static func table(role: String, caption: String?, columns: [Column], rows: [[HTMLNode]],
                             rowIDs: [String]? = nil) -> HTMLNode {
        var children: [HTMLNode] = []
        if let caption { children.append(.element("caption", text: caption)) }
        children.append(.element("thead", [.element("tr", columns.map { column in
            .element("th", ["scope": "col", "class": column.numeric ? "number" : nil], text: column.heading)
        })]))
        let body = rows.enumerated().map { index, cells in
            HTMLNode.element("tr", ["data-id": rowIDs?[index]], zip(columns, cells).map { column, cell in
                .element("td", ["class": column.numeric ? "number" : nil], [cell])
            })
        }
        children.append(.element("tbody", body))
        return .element("table", ["data-table": role], children)
    }

    /// A status word with its mark (`✔`, `✘`, `?`, `–` from the stylesheet), so it reads without colour.
    package static func status(_ status: CheckStatus, _ language: VerdictReport.Language) -> HTMLNode {
        .element("span", ["class": "status \(status.rawValue)", "data-status": status.rawValue],
                 text: VerdictReport.statusWord(status, language))
    }

    /// A definition list of terms and their values.
    package static func definitions(role: String, _ items: [(term: String, value: HTMLNode)]) -> HTMLNode {
        .element("dl", ["data-list": role], items.flatMap { item in
            [HTMLNode.element("dt", text: item.term), .element("dd", [item.value])]
        })
    }

    /// A highlighted note.
    package static func note(_ text: String, role: String? = nil) -> HTMLNode {
        .element("p", ["class": "note", "data-note": role], text: text)
    }

    /// Text in a monospace font (ids, file names, PROJ strings, digests).
    package static func code(_ text: String) -> HTMLNode {
        .element("code", text: text)
    }

    /// A section with a heading.
    package static func section(role: String, heading: String, _ content: [HTMLNode]) -> HTMLNode {
        .element("section", ["data-section": role], [.element("h2", text: heading)] + content)
    }

    /// A yes/no word; `–` for unknown.
    package static func yesNo(_ value: Bool?, _ language: VerdictReport.Language) -> String {
        switch value {
        case true?: language == .turkish ? "evet" : "yes"
        case false?: language == .turkish ? "hayır" : "no"
        case nil: "–"
        }
    }

    /// A number with `digits` decimals, Turkish (`1.234,5`) or English (`1,234.5`) separators.
    package static func number(_ value: Double, digits: Int, _ language: VerdictReport.Language) -> String {
        guard value.isFinite else { return "–" }
        return NumberText.decimal(Decimal(value), digits: digits, turkish: language == .turkish, group: true)
    }

    /// A share from 0 to 1 as a percentage with one decimal (`12.5 %`, Turkish `%12,5`).
    package static func percent(_ share: Double?, _ language: VerdictReport.Language) -> String {
        guard let share, share.isFinite else { return "–" }
        let text = NumberText.decimal(Decimal(share * 100), digits: 1, turkish: language == .turkish, group: false)
        return language == .turkish ? "%\(text)" : "\(text) %"
    }

    /// The words of the page in its language.
    static func words(_ language: VerdictReport.Language, _ english: String, _ turkish: String) -> String {
        language == .turkish ? turkish : english
    }
}
